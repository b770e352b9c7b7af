import { Inject, Injectable } from '@nestjs/common';
import {
  RUN_PHASE_ORDER,
  type ErrorCode,
  type PhaseResulted,
  type RunPhase,
  type RunStatus,
} from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { AppLogger } from '@slipway/platform';
import { StreamProducer } from '@slipway/streams';
import { OrchestratorConfig } from '../config';
import { RunEventBus } from '../events/run-event-bus';
import { failedChecks, recordedGovernance, type CheckFailure } from '../governance/governance';
import { ProfileCatalog } from '../profiles/profile-catalog';
import { RunRecords, type PhaseRecord, type RunChange, type RunRecord } from '../records/run-records';
import type { RunsProducer } from '../runs-core.module';
import { RunAdmission } from './run-admission';
import { RunMetricsCalculator } from './run-metrics';
import type { ApprovalHoldDto } from '@slipway/contracts/runs';
import { isTerminalRun } from './run-states';

/** The settings the state machine reads (OrchestratorConfig's). */
type OrchestratorSettings = Pick<OrchestratorConfig, 'PHASE_MAX_ATTEMPTS' | 'DISPATCH_TIMEOUT_MS'>;

/** Why a run waits in awaiting_approval; kept in the run's `approval` column. */
export type ApprovalHold = ApprovalHoldDto;

/**
 * A state change refused because the run or phase is not in a state that allows it; `code` says
 * which (`run_ended`, `phase_running`, `outcome_pending`, or `conflict` for another change made first).
 */
export class RunStateError extends Error {
  constructor(
    readonly code: Extract<ErrorCode, 'run_ended' | 'phase_running' | 'outcome_pending' | 'conflict'>,
    message: string,
  ) {
    super(message);
    this.name = 'RunStateError';
  }
}

const CAS_ATTEMPTS = 8;

/**
 * The run state machine, shared by the HTTP routes and the phase-results consumer: dispatching a
 * phase to the workers, applying a phase's outcome (governance gate, advance, approval gates,
 * budget gate, bounded retries, failure, cancellation), completing the run. Every change of a
 * run or phase is a conditional write on the version read, retried on a fresh read, so two
 * replicas (or a route and the consumer) never apply one outcome twice.
 */
@Injectable()
export class RunOrchestrator {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(StreamProducer) private readonly producer: RunsProducer,
    @Inject(ProfileCatalog) private readonly profiles: ProfileCatalog,
    @Inject(RunMetricsCalculator) private readonly metrics: RunMetricsCalculator,
    @Inject(DataApiClient) private readonly dataApi: DataApiClient,
    @Inject(OrchestratorConfig) private readonly settings: OrchestratorSettings,
    @Inject(AppLogger) private readonly logger: AppLogger,
    @Inject(RunAdmission) private readonly admission: RunAdmission,
  ) {}

  /**
   * Sends the run's current phase to the workers: the phase is marked running with a dispatch
   * lease (no owner until a worker takes it; the reaper re-dispatches it if none does in time).
   */
  async dispatch(
    run: RunRecord,
    phase: PhaseRecord,
    skipValidation: boolean,
    fresh: boolean,
  ): Promise<RunRecord> {
    // The run first: a run cancelled or ended meanwhile is not started again. The run also keeps
    // whether this phase may skip validation, so a re-dispatch after a lost worker keeps it too.
    const marker = skipValidation ? phase.phase : null;
    const running = await this.transition(run.id, (current) =>
      isTerminalRun(current.status) || current.status === 'cancelling'
        ? null
        : current.status === 'running' &&
            current.started_at &&
            !holdOf(current) &&
            current.skip_validation_phase === marker
          ? {}
          : {
              status: 'running',
              started_at: current.started_at ?? new Date().toISOString(),
              approval: null,
              skip_validation_phase: marker,
            },
    );
    if (!running) throw new RunStateError('run_ended', `run ${run.id} was cancelled or ended meanwhile`);
    const marked = await this.records.updatePhase(phase.id, phase.version, {
      status: 'running',
      lease_owner: null,
      lease_until: new Date(Date.now() + this.settings.DISPATCH_TIMEOUT_MS).toISOString(),
      completed_at: null,
      error: null,
      // A person asking again starts the count of executions afresh; automatic retries do not.
      ...(fresh ? { attempt: 0 } : {}),
    });
    if (!marked) {
      // Someone dispatched it first (two /next at once), or it changed otherwise.
      const latest = await this.records.phase(run.id, phase.phase);
      if (latest?.status === 'running')
        throw new RunStateError('phase_running', `phase ${phase.phase} is already running`);
      if (latest?.status === 'completed')
        throw new RunStateError('outcome_pending', `phase ${phase.phase} has finished; try again`);
      throw new RunStateError('conflict', `phase ${phase.phase} changed meanwhile; try again`);
    }
    await this.bus.append(run.id, 'phase.dispatched', phase.phase, {
      attempt: marked.attempt + 1,
      skip_validation: skipValidation,
    });
    // Correlated with the request (or message) that dispatched it: the worker's logs and calls carry its id.
    await this.producer.emit('runs.phase-requests', {
      run_id: run.id,
      phase: phase.phase,
      dispatch: marked.attempt + 1,
      skip_validation: skipValidation,
    });
    return running;
  }

  /** Applies a phase's outcome reported by a worker or the reaper; a repeated report changes nothing. */
  async onResult(result: PhaseResulted): Promise<void> {
    const run = await this.records.getRun(result.run_id);
    if (!run || isTerminalRun(run.status) || run.current_phase !== result.phase) return;
    const phase = await this.records.phase(run.id, result.phase);
    if (!phase) return;
    switch (result.outcome) {
      case 'completed':
        return this.onCompleted(run, phase, result);
      case 'failed':
        if (phase.status !== 'failed') return;
        if (run.status === 'cancelling') return this.end(run, 'cancelled', 'cancelled while the phase ran');
        if (result.retryable && phase.attempt < this.settings.PHASE_MAX_ATTEMPTS) {
          await this.bus.append(run.id, 'phase.retrying', phase.phase, {
            attempt: phase.attempt,
            error: result.error ?? null,
          });
          await this.dispatch(run, phase, result.skip_validation ?? false, false).catch((error: unknown) => {
            if (!(error instanceof RunStateError)) throw error;
          });
          return;
        }
        return this.end(run, 'failed', `${phase.phase}: ${result.error ?? 'failed'}`);
      case 'cancelled':
        return this.end(run, 'cancelled', 'cancelled');
      case 'crashed':
        return this.end(run, 'crashed', `${phase.phase}: ${result.error ?? 'worker lost'}`);
    }
  }

  /** Advances past a completed phase: next phase (or the end), approval gates, budget gate, auto mode. */
  async advance(run: RunRecord, completed: RunPhase): Promise<RunRecord> {
    const index = RUN_PHASE_ORDER.indexOf(completed);
    const next = RUN_PHASE_ORDER[index + 1];
    if (!next) {
      const done = await this.transition(run.id, (current) =>
        current.current_phase === completed && !isTerminalRun(current.status)
          ? { status: 'completed', completed_at: new Date().toISOString(), ...NO_HOLD }
          : null,
      );
      if (!done) return run;
      await this.bus.append(run.id, 'run.completed', completed, { status: 'completed' });
      await this.ended(done);
      return done;
    }
    const gate = run.mode === 'auto' && this.profiles.get(run.profile).phases[completed].approval_gate;
    const hold: ApprovalHold | null = gate
      ? { reason: 'approval_gate', phase: next, detail: `${completed} requires approval before ${next}` }
      : null;
    const advanced = await this.transition(run.id, (current) =>
      current.current_phase === completed && !isTerminalRun(current.status) && current.status !== 'cancelling'
        ? {
            current_phase: next,
            status: hold ? 'awaiting_approval' : 'running',
            ...NO_HOLD,
            ...(hold ? { approval: { ...hold } } : {}),
          }
        : null,
    );
    if (!advanced) return this.settleCancel(run.id);
    await this.bus.append(run.id, 'run.advanced', completed, {
      previous_phase: completed,
      current_phase: next,
      status: advanced.status,
    });
    if (hold) {
      await this.bus.append(run.id, 'run.awaiting_approval', next, { ...hold });
      return advanced;
    }
    if (advanced.mode === 'auto') return this.start(advanced, false, false);
    return advanced;
  }

  /**
   * Starts the run's current phase: unless `approved`, a run with a budget first checks that the
   * phase's projected cost fits what is left, else it waits for approval.
   */
  async start(run: RunRecord, skipValidation: boolean, approved: boolean): Promise<RunRecord> {
    const phase = await this.records.phase(run.id, run.current_phase);
    if (!phase) throw new RunStateError('conflict', `run ${run.id} has no ${run.current_phase} phase`);
    if (phase.status === 'running')
      throw new RunStateError('phase_running', `phase ${phase.phase} is already running`);
    if (!approved && run.budget_usd !== null) {
      const [spent, projected] = await Promise.all([
        this.metrics.spent(run.id),
        this.metrics.projectedPhaseCost(run, this.profiles.get(run.profile), phase.phase),
      ]);
      if (spent.plus(projected.cost).greaterThan(run.budget_usd)) {
        const hold: ApprovalHold = {
          reason: 'budget',
          phase: phase.phase,
          detail: `spent ${spent.toFixed()} + projected ${projected.cost.toFixed()} USD for ${phase.phase} exceeds the budget of ${run.budget_usd} USD`,
        };
        const held = await this.transition(run.id, (current) =>
          isTerminalRun(current.status) || current.status === 'cancelling'
            ? null
            : { status: 'awaiting_approval', ...NO_HOLD, approval: { ...hold } },
        );
        await this.bus.append(run.id, 'run.awaiting_approval', phase.phase, { ...hold });
        return held ?? run;
      }
    }
    return this.dispatch(run, phase, skipValidation, true);
  }

  /** A run found cancelling where nothing runs any more ends cancelled; answers the run as it is. */
  async settleCancel(runId: string): Promise<RunRecord> {
    const run = await this.records.getRun(runId);
    if (!run) throw new RunStateError('conflict', `run ${runId} is gone`);
    if (run.status !== 'cancelling') return run;
    const phase = await this.records.phase(run.id, run.current_phase);
    if (phase?.status === 'running') return run;
    await this.end(run, 'cancelled', 'cancelled');
    return (await this.records.getRun(runId)) ?? run;
  }

  /** Ends a run in a terminal state (once), telling listeners and the task it serves. */
  async end(run: RunRecord, status: Extract<RunStatus, 'failed' | 'cancelled' | 'crashed'>, error: string) {
    const ended = await this.transition(run.id, (current) =>
      isTerminalRun(current.status) ? null : { status, error, completed_at: new Date().toISOString() },
    );
    if (!ended) return;
    await this.bus.append(run.id, `run.${status}`, ended.current_phase, { status, error });
    await this.ended(ended);
  }

  /**
   * Reads the run, asks `decide` for a change, writes it if the run is still at the version read;
   * retries on a fresh read. `null` from `decide` means no change applies any more.
   */
  async transition(runId: string, decide: (run: RunRecord) => RunChange | null): Promise<RunRecord | null> {
    for (let tries = 0; tries < CAS_ATTEMPTS; tries++) {
      const run = await this.records.getRun(runId);
      if (!run) return null;
      const change = decide(run);
      if (change === null) return null;
      if (Object.keys(change).length === 0) return run;
      const updated = await this.records.updateRun(run.id, run.version, change);
      if (updated) return updated;
    }
    throw new RunStateError('conflict', `run ${runId} kept changing; try again`);
  }

  private async onCompleted(run: RunRecord, phase: PhaseRecord, result: PhaseResulted): Promise<void> {
    if (phase.status !== 'completed') return;
    if (run.status === 'cancelling') return this.end(run, 'cancelled', 'cancelled while the phase ran');
    if (run.status === 'awaiting_approval') return; // already held for this phase
    const skip = result.skip_validation === true || run.skip_validation_phase === phase.phase;
    if (!result.governance_passed && !skip) {
      const failed = failedChecksOf(phase);
      const hold: ApprovalHold = {
        reason: 'governance',
        phase: phase.phase,
        detail: `${failed.length} governance check(s) failed`,
      };
      const held = await this.transition(run.id, (current) =>
        current.current_phase === phase.phase &&
        !isTerminalRun(current.status) &&
        current.status !== 'awaiting_approval' &&
        current.status !== 'cancelling'
          ? { status: 'awaiting_approval', ...NO_HOLD, approval: { ...hold } }
          : null,
      );
      if (held) await this.bus.append(run.id, 'governance.blocked', phase.phase, { failed_checks: failed });
      return;
    }
    await this.advance(run, phase.phase);
  }

  /** What follows a run's end, whichever it is: its task told, its admission's slot given back. */
  private async ended(run: RunRecord): Promise<void> {
    await Promise.all([this.settleTask(run), this.admission.complete(run)]);
  }

  /** A run started by an engineering task reports its end on the task. */
  private async settleTask(run: RunRecord): Promise<void> {
    const taskId = run.task_id;
    if (!taskId) return;
    const status = run.status === 'completed' ? 'done' : run.status === 'cancelled' ? 'cancelled' : 'failed';
    try {
      await this.dataApi.patch('/api/tasks/{id}', {
        params: { path: { id: taskId } },
        body: { status, result: { run_id: run.id, run_status: run.status, error: run.error } },
      });
    } catch (error) {
      this.logger.warn(
        { err: error, run_id: run.id, task_id: taskId },
        'could not report the run on its task',
      );
    }
  }
}

/** A change that clears the state of the run's current step (an approval hold, a skip-validation mark). */
const NO_HOLD = { approval: null, skip_validation_phase: null } as const;

const HOLD_REASONS: readonly unknown[] = [
  'governance',
  'approval_gate',
  'budget',
] satisfies ApprovalHold['reason'][];
const isHoldReason = (value: unknown): value is ApprovalHold['reason'] => HOLD_REASONS.includes(value);
const isPhase = (value: unknown): value is RunPhase =>
  (RUN_PHASE_ORDER as readonly unknown[]).includes(value);

export function holdOf(run: RunRecord): ApprovalHold | null {
  if (!run.approval) return null;
  const { reason, phase, detail } = run.approval;
  return isHoldReason(reason) && isPhase(phase) && typeof detail === 'string'
    ? { reason, phase, detail }
    : null;
}

/** The governance checks a phase record says failed. */
export function failedChecksOf(phase: PhaseRecord): CheckFailure[] {
  return failedChecks(recordedGovernance(phase.governance)?.checks ?? []);
}
