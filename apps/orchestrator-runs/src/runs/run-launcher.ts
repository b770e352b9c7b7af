import { Inject, Injectable } from '@nestjs/common';
import { RUN_PHASE_ORDER, type RunPhase } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { randomUUID } from 'node:crypto';
import { RunEventBus } from '../events/run-event-bus';
import { ProfileCatalog } from '../profiles/profile-catalog';
import { RunRecords, type NewRun, type PhaseRecord, type RunRecord } from '../records/run-records';
import { RunWorkspace } from '../workspace/run-workspace';
import { RunAdmission } from './run-admission';
import { RunOrchestrator } from './run-orchestrator';

/**
 * The status a run is created in: running at its first phase (seed RunSummary: `status: "running"`,
 * `current_phase: "planning"`), whether or not that phase was asked for yet — a manual run waits for /next.
 */
export const CREATED_STATUS = 'running';

/** What every new run goes through, whoever starts it (a person, a clone, an engineering task). */
@Injectable()
export class RunLauncher {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunOrchestrator) private readonly orchestrator: RunOrchestrator,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(ProfileCatalog) private readonly profiles: ProfileCatalog,
    @Inject(RunWorkspace) private readonly workspace: RunWorkspace,
    @Inject(RunAdmission) private readonly admission: RunAdmission,
  ) {}

  /** A 422 naming the known profiles for a profile this service does not offer. */
  assertProfile(profile: string): void {
    if (!this.profiles.has(profile))
      throw ProblemException.validation([
        { field: 'profile', message: `unknown profile; known: ${this.profiles.names().join(', ')}` },
      ]);
  }

  /**
   * Records a new run under an id chosen here, so that cost-api admits it first (RunAdmission):
   * a run it refuses, or cannot be asked about, is never recorded.
   */
  async record(run: Omit<NewRun, 'id'>): Promise<RunRecord> {
    const admitted = {
      id: randomUUID(),
      profile: run.profile,
      ...(run.project_id ? { project_id: run.project_id } : {}),
      ...(run.owner_id ? { owner_id: run.owner_id } : {}),
    };
    await this.admission.admit(admitted);
    try {
      return await this.records.createRun({ ...run, id: admitted.id });
    } catch (error) {
      await this.admission.abandon(admitted, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  /**
   * The run's phase records (those `reused` from its source marked skipped) and its first event; an
   * auto run starts its first phase at once.
   */
  async launch(run: RunRecord, reused: readonly PhaseRecord[]): Promise<RunRecord> {
    await this.records.createPhases(
      RUN_PHASE_ORDER.map((phase) => {
        const source = reused.find((p) => p.phase === phase);
        return source
          ? {
              run_id: run.id,
              phase,
              status: 'skipped' as const,
              agent_ids: source.agent_ids,
              governance: { ...(source.governance ?? {}), reused_from: source.run_id },
            }
          : { run_id: run.id, phase, status: 'pending' as const };
      }),
    );
    await this.bus.append(run.id, 'run.created', run.current_phase, {
      profile: run.profile,
      mode: run.mode,
      ...(run.parent_run_id ? { cloned_from: run.parent_run_id } : {}),
    });
    return run.mode === 'auto' ? this.orchestrator.start(run, false, false) : run;
  }

  /** Gives a clone the files and artifact records of the source's `phases`. */
  async copyPhases(source: RunRecord, run: RunRecord, phases: readonly RunPhase[]): Promise<void> {
    const artifacts = await this.records.artifacts(source.id);
    for (const name of phases) {
      await this.workspace.copyPhase(source.id, run.id, name);
      for (const artifact of artifacts.filter((a) => a.phase === name)) {
        await this.records.putArtifact({
          run_id: run.id,
          phase: name,
          name: artifact.name,
          path: artifact.path,
          sha256: artifact.sha256,
          size_bytes: artifact.size_bytes,
          artifact_type: artifact.artifact_type,
          ...(artifact.description !== null ? { description: artifact.description } : {}),
          ...(artifact.agent_id !== null ? { agent_id: artifact.agent_id } : {}),
        });
      }
    }
  }
}
