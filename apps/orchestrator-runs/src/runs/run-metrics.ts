/**
 * What a run used and what the rest of it will cost: the metrics of GET /runs/{run_id}/metrics, and the
 * projection the budget gate asks before each phase. Money is exact throughout (libs/pricing).
 */
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import { RUN_PHASE_ORDER, type RunPhase } from '@slipway/contracts';
import { Money, usdNumber } from '@slipway/pricing';
import type { ArtifactFile } from '../governance/artifact-syntax';
import { governanceScore, recordedGovernance } from '../governance/governance';
import { hygieneScore } from '../governance/hygiene';
import { isInternalArtifact } from '../profiles/artifact-name';
import type { RunProfile } from '../profiles/profile';
import { RunRecords, type PhaseRecord, type RunRecord } from '../records/run-records';
import { RunWorkspace } from '../workspace/run-workspace';
import { CompletionEstimator } from './metrics/completion-estimate';
import { PhaseCostProjector, type RunState } from './metrics/cost-projection';
import { hasStarted, phaseMetrics, projectionDto, seconds, span } from './metrics/metrics.mapper';
import { tally } from './metrics/usage-tally';
import type { ProjectionBasis, RunMetricsDto } from '@slipway/contracts/runs';

const DONE_STATUSES: ReadonlySet<PhaseRecord['status']> = new Set(['completed', 'skipped']);

const remainingPhases = (phases: readonly PhaseRecord[]): RunPhase[] =>
  RUN_PHASE_ORDER.filter((phase) => {
    const record = phases.find((candidate) => candidate.phase === phase);
    return record === undefined || !DONE_STATUSES.has(record.status);
  });

/** Metrics of a run, from its data-api records and its workspace on disk (hygiene is measured on its files). */
@Injectable()
export class RunMetricsCalculator {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunWorkspace) private readonly workspace: RunWorkspace,
    @Inject(PhaseCostProjector) private readonly projector: PhaseCostProjector,
    @Inject(CompletionEstimator) private readonly completion: CompletionEstimator,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async metrics(run: RunRecord, profile: RunProfile): Promise<RunMetricsDto> {
    const [state, artifacts, files] = await Promise.all([
      this.state(run.id),
      this.records.artifacts(run.id),
      this.runFiles(run.id),
    ]);
    const prices = this.projector.priceBook();
    const remaining = remainingPhases(state.phases);
    const now = this.clock.now();
    const [projections, estimatedCompletion] = await Promise.all([
      Promise.all(remaining.map((phase) => this.projector.project(run, profile, state, phase, prices))),
      this.completion.estimate(run, state, remaining, now),
    ]);
    const recordOf = new Map(state.phases.map((record) => [record.phase, record]));
    const shown = RUN_PHASE_ORDER.filter(
      (phase) => hasStarted(recordOf.get(phase)) || state.usage.some((row) => row.phase === phase),
    );
    const produced = artifacts.filter((artifact) => !isInternalArtifact(artifact.name));
    const phasesMetrics = shown.map((phase) =>
      phaseMetrics(
        phase,
        recordOf.get(phase),
        state.usage.filter((row) => row.phase === phase),
        produced.filter((artifact) => artifact.phase === phase).length,
        now,
      ),
    );
    const checks = state.phases.flatMap((record) => recordedGovernance(record.governance)?.checks ?? []);
    const spans = shown.flatMap((phase) => span(recordOf.get(phase), now) ?? []);
    const hygiene = hygieneScore(files);
    const total = tally(state.usage);
    return {
      run_id: run.id,
      total_duration_seconds:
        spans.length === 0
          ? 0
          : seconds(Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start))),
      total_token_usage: total.tokens,
      total_cost_usd: usdNumber(total.cost),
      total_cost_usd_exact: total.cost.toFixed(),
      phases_metrics: phasesMetrics,
      governance_score: governanceScore(checks),
      hygiene_score: hygiene.score,
      hygiene: { files_checked: hygiene.files_checked, issues: [...hygiene.issues] },
      artifacts_total: produced.length,
      errors_count:
        state.phases.filter((record) => record.status === 'failed').length +
        checks.filter((check) => !check.passed).length,
      projection: projectionDto(projections),
      estimated_completion: estimatedCompletion,
      budget_usd: run.budget_usd,
      spent_usd_exact: total.cost.toFixed(),
      budget_remaining_usd:
        run.budget_usd === null ? null : new Money(run.budget_usd).minus(total.cost).toFixed(),
    };
  }

  /** What `phase` is expected to cost, for the budget gate before it starts. */
  async projectedPhaseCost(
    run: RunRecord,
    profile: RunProfile,
    phase: RunPhase,
  ): Promise<{ cost: Money; basis: ProjectionBasis }> {
    const state = await this.state(run.id);
    const projection = await this.projector.project(run, profile, state, phase, this.projector.priceBook());
    return { cost: projection.cost, basis: projection.estimate.basis };
  }

  /** What the run's model calls cost so far, by the ledger. */
  async spent(runId: string): Promise<Money> {
    return tally(await this.records.usage(runId)).cost;
  }

  /** Every file the run's agents wrote, named `{phase}/{name}`. */
  private async runFiles(runId: string): Promise<ArtifactFile[]> {
    const perPhase = await Promise.all(
      RUN_PHASE_ORDER.map(async (phase) =>
        (await this.workspace.phaseFiles(runId, phase)).map((file) => ({
          ...file,
          name: `${phase}/${file.name}`,
        })),
      ),
    );
    return perPhase.flat();
  }

  private async state(runId: string): Promise<RunState> {
    const [phases, usage] = await Promise.all([this.records.phases(runId), this.records.usage(runId)]);
    return { phases, usage };
  }
}
