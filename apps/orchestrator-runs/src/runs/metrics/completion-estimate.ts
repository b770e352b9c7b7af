import { Inject, Injectable } from '@nestjs/common';
import type { RunPhase } from '@slipway/contracts';
import type { CompletionEstimateDto, PhaseDurationDto } from '@slipway/contracts/runs';
import type { RunRecord } from '../../records/run-records';
import { isTerminalRun } from '../run-states';
import type { RunState } from './cost-projection';
import { weakestBasis } from './metrics.mapper';
import { estimatePhaseSeconds } from './phase-estimate';
import { phaseSeconds, ProfileHistory } from './profile-history';

/**
 * Estimated time to completion: each remaining phase's duration is the median of the phase in earlier
 * runs of the profile, else the mean of this run's completed phases (its pace); a running phase is
 * credited with the time it has run.
 */
@Injectable()
export class CompletionEstimator {
  constructor(@Inject(ProfileHistory) private readonly history: ProfileHistory) {}

  async estimate(
    run: RunRecord,
    state: RunState,
    remaining: readonly RunPhase[],
    now: Date,
  ): Promise<CompletionEstimateDto> {
    if (isTerminalRun(run.status)) {
      return {
        remaining_seconds: 0,
        estimated_completion_at: run.completed_at,
        basis: 'none',
        remaining_phases: [],
      };
    }
    const completedHere = state.phases.flatMap((record) =>
      record.status === 'completed' ? (phaseSeconds(record) ?? []) : [],
    );
    const phases = await Promise.all(
      remaining.map(async (phase): Promise<PhaseDurationDto> => {
        const history = (await this.history.phase(run.profile, phase, run.id)).flatMap(
          (sample) => sample.seconds ?? [],
        );
        const estimate = estimatePhaseSeconds(history, completedHere);
        const record = state.phases.find((candidate) => candidate.phase === phase);
        const elapsed =
          record?.status === 'running' && record.started_at !== null
            ? (now.getTime() - Date.parse(record.started_at)) / 1000
            : 0;
        return {
          phase,
          projected_seconds: Math.max(0, Math.round(estimate.seconds - elapsed)),
          basis: estimate.basis,
          basis_runs: estimate.basisRuns,
        };
      }),
    );
    const known = phases.every((phase) => phase.basis !== 'none');
    const seconds = phases.reduce((sum, phase) => sum + phase.projected_seconds, 0);
    return {
      remaining_seconds: known ? seconds : null,
      estimated_completion_at: known ? new Date(now.getTime() + seconds * 1000).toISOString() : null,
      basis: weakestBasis(phases.map((phase) => phase.basis)),
      remaining_phases: phases,
    };
  }
}
