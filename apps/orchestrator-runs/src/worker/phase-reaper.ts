import { Inject, Injectable } from '@nestjs/common';
import type { PhaseRequested } from '@slipway/contracts';
import { AppLogger, withRequestId } from '@slipway/platform';
import { StreamProducer } from '@slipway/streams';
import { randomUUID } from 'node:crypto';
import { AgentWorkerConfig } from '../config';
import { RunEventBus } from '../events/run-event-bus';
import { RunRecords, type PhaseRecord } from '../records/run-records';
import type { RunsProducer } from '../runs-core.module';
import { isTerminalRun } from '../runs/run-states';
import { WorkerIdentity } from './worker-identity';

/** The settings the reaper reads (AgentWorkerConfig's); DISPATCH_TIMEOUT_MS is how long a re-dispatched phase may wait for a worker. */
type ReaperSettings = Pick<AgentWorkerConfig, 'PHASE_MAX_ATTEMPTS' | 'DISPATCH_TIMEOUT_MS'>;

/**
 * Finds phases marked running whose lease lapsed — their worker died, or no worker took the
 * request — and settles each: dispatched again while attempts remain, else failed with the run
 * reported crashed; a phase of a run being cancelled ends cancelled. Each settlement is a
 * conditional write, so several reapers (one per worker) never settle a phase twice. Runs at
 * start (recovering what a crash left) and then every interval.
 */
@Injectable()
export class PhaseReaper {
  private readonly logger: AppLogger;

  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(StreamProducer) private readonly producer: RunsProducer,
    @Inject(AgentWorkerConfig) private readonly settings: ReaperSettings,
    @Inject(WorkerIdentity) worker: WorkerIdentity,
    @Inject(AppLogger) logger: AppLogger,
  ) {
    this.logger = logger.child({ worker: worker.id });
  }

  /**
   * One sweep, as one unit of work: its data-api calls, log lines and re-dispatched requests carry one
   * request id of their own. Answers how many phases it settled; a poll that finds nothing logs at debug.
   */
  sweep(now = new Date()): Promise<number> {
    return withRequestId(randomUUID(), async () => {
      const lapsed = await this.records.lapsedPhases(now);
      let settled = 0;
      for (const phase of lapsed) {
        if (await this.settle(phase, now).catch((error: unknown) => this.failed(phase, error))) settled++;
      }
      this.logger.debug({ lapsed: lapsed.length, settled }, 'reaper swept lapsed leases');
      return settled;
    });
  }

  private async settle(phase: PhaseRecord, now: Date): Promise<boolean> {
    const run = await this.records.getRun(phase.run_id);
    if (!run || isTerminalRun(run.status)) {
      return (await this.end(phase, 'run ended')) !== null;
    }
    const request: PhaseRequested = { run_id: run.id, phase: phase.phase, dispatch: phase.attempt + 1 };
    if (run.status === 'cancelling') {
      if (!(await this.end(phase, 'cancelled'))) return false;
      await this.emitResult(request, 'cancelled');
      return true;
    }
    if (phase.attempt >= this.settings.PHASE_MAX_ATTEMPTS) {
      const error = `lost: the worker of attempt ${phase.attempt} stopped renewing its lease`;
      if (!(await this.end(phase, error))) return false;
      await this.bus.append(run.id, 'phase.lost', phase.phase, { attempt: phase.attempt, retried: false });
      await this.emitResult(request, 'crashed', error);
      return true;
    }
    const redispatched = await this.records.updatePhase(phase.id, phase.version, {
      lease_owner: null,
      lease_until: new Date(now.getTime() + this.settings.DISPATCH_TIMEOUT_MS).toISOString(),
    });
    if (!redispatched) return false;
    await this.bus.append(run.id, 'phase.lost', phase.phase, {
      attempt: phase.attempt,
      retried: true,
      previous_worker: phase.lease_owner,
    });
    await this.producer.emit('runs.phase-requests', request);
    this.logger.warn(
      { run_id: run.id, phase: phase.phase, attempt: phase.attempt },
      'lapsed phase dispatched again',
    );
    return true;
  }

  private end(phase: PhaseRecord, error: string): Promise<PhaseRecord | null> {
    return this.records.updatePhase(phase.id, phase.version, {
      status: 'failed',
      error,
      completed_at: new Date().toISOString(),
      lease_owner: null,
      lease_until: null,
    });
  }

  private async emitResult(request: PhaseRequested, outcome: 'cancelled' | 'crashed', error?: string) {
    await this.producer.emit('runs.phase-results', {
      ...request,
      outcome,
      ...(error ? { error, retryable: false } : {}),
    });
  }

  private failed(phase: PhaseRecord, error: unknown): false {
    this.logger.error({ err: error, run_id: phase.run_id, phase: phase.phase }, 'reaping a phase failed');
    return false;
  }
}
