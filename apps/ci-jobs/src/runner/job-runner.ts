import { Inject, Injectable } from '@nestjs/common';
import type { CiJobRequested } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { AppLogger } from '@slipway/platform';
import { COMMIT_STATE, CommitStatusReporter } from '../forge-status/commit-status';
import { TERMINAL, type JobStatus } from '../jobs/job-states';
import { JobStore, type JobRecord } from '../jobs/job-store';
import { LogStore } from '../logs/log-store';
import { RunnerMetrics } from '../metrics';
import { EXECUTOR, type ExecutionResult, type Executor } from './executor';
import { JobAdmission } from './job-admission';
import { JobEvents } from './job-events';
import type { LogLine } from './log-batcher';

export const RUNNER_SETTINGS = Symbol('RUNNER_SETTINGS');

export interface RunnerSettings {
  runnerId: string;
  maxAttempts: number;
  heartbeatMs: number;
}

const EXECUTION_STATUS: Record<ExecutionResult['status'], 'success' | 'failure' | 'error'> = {
  success: 'success',
  failed: 'failure',
  cancelled: 'error',
  error: 'error',
};

/**
 * Runs one delivery of a `ci.jobs` message: claims the job with the delivery's attempt number
 * (a fencing token), has it admitted by cost-api when its project belongs to an organization (a
 * refusal ends it in error with the reason), executes it while watching for a cancel request,
 * writes the log and the final status — refused if another runner has claimed the job since —
 * then reports to the forge, records the execution in data-api, completes its admission and tells
 * the cost service its runner time (`ci.job-events`). A redelivered message of a finished job does
 * nothing.
 */
@Injectable()
export class JobRunner {
  private readonly log: AppLogger;

  constructor(
    private readonly store: JobStore,
    private readonly logs: LogStore,
    @Inject(EXECUTOR) private readonly executor: Executor,
    private readonly statuses: CommitStatusReporter,
    private readonly dataApi: DataApiClient,
    @Inject(RUNNER_SETTINGS) private readonly settings: RunnerSettings,
    logger: AppLogger,
    private readonly metrics: RunnerMetrics,
    private readonly admission: JobAdmission,
    private readonly events: JobEvents,
  ) {
    this.log = logger.child({ runner: settings.runnerId });
  }

  async run(message: CiJobRequested, attempt: number): Promise<void> {
    const job = await this.store.get(message.job_id);
    if (!job || TERMINAL.has(job.status)) return;
    if (attempt > this.settings.maxAttempts) {
      await this.finish(job, attempt, { status: 'error', exit_code: null, reason: 'lost', steps: [] }, true);
      return;
    }
    const claimed = await this.store.transition(job.id, {
      to: 'running',
      attempt,
      runner: this.settings.runnerId,
    });
    if (!claimed.ok) return;
    const claimedAt = Date.now();
    if (attempt === 1) this.metrics.enqueueToClaim.observe((claimedAt - Date.parse(job.created_at)) / 1000);
    await this.logs.status(job.id, 'running');
    void this.report(claimed.job, 'running');
    const admitted = await this.admission.admit(claimed.job);
    if (!admitted.admitted) {
      await this.logs.append(job.id, [
        { stream: 'system', text: `✗ ${admitted.reason}`, at: new Date().toISOString() },
      ]);
      const refused: ExecutionResult = {
        status: 'error',
        exit_code: null,
        reason: admitted.reason,
        steps: [],
      };
      await this.finish(claimed.job, attempt, refused, false, false);
      return;
    }

    const cancel = new AbortController();
    const heartbeat = setInterval(() => {
      void this.store.cancelRequested(job.id).then(
        (requested) => requested && cancel.abort(),
        () => undefined,
      );
    }, this.settings.heartbeatMs);
    let result: ExecutionResult;
    try {
      let firstLine = true;
      const sink = {
        write: (lines: LogLine[]) => {
          if (firstLine && lines.length)
            this.metrics.claimToFirstLine.observe((Date.now() - claimedAt) / 1000);
          firstLine = false;
          return this.logs.append(job.id, lines);
        },
      };
      result = await this.executor.run(claimed.job, sink, cancel.signal);
    } catch (error) {
      result = {
        status: 'error',
        exit_code: null,
        reason: error instanceof Error ? error.message : String(error),
        steps: [],
      };
    } finally {
      clearInterval(heartbeat);
    }
    this.metrics.duration.observe({ status: result.status }, (Date.now() - claimedAt) / 1000);
    await this.finish(claimed.job, attempt, result, false);
  }

  /** `admitted`: the job may hold an admission (cost-api's slot) to complete. */
  private async finish(
    job: JobRecord,
    attempt: number,
    result: ExecutionResult,
    unclaimed: boolean,
    admitted = true,
  ): Promise<void> {
    const to: JobStatus = result.status;
    const outcome = await this.store.transition(job.id, {
      to,
      ...(unclaimed ? {} : { attempt }),
      ...(result.exit_code === null ? {} : { exit_code: result.exit_code }),
      ...(result.reason ? { reason: result.reason } : {}),
    });
    if (!outcome.ok) {
      this.log.warn(
        { job_id: job.id, attempt, refused: outcome.reason },
        'final status refused: the job moved on without this runner',
      );
      return;
    }
    await this.logs.end(job.id, to);
    await Promise.all([
      this.report(outcome.job, to),
      this.record(outcome.job, result),
      admitted ? this.admission.complete(outcome.job, result) : undefined,
      admitted && !unclaimed ? this.charge(outcome.job, result) : undefined,
    ]);
  }

  /** Runner time is charged for jobs that ran; a failed report is logged (the job's end stands). */
  private async charge(job: JobRecord, result: ExecutionResult): Promise<void> {
    await this.events
      .finished(job, result.status)
      .catch((error: unknown) =>
        this.log.error({ job_id: job.id, err: error }, 'the job’s runner time was not reported'),
      );
  }

  private async report(job: JobRecord, status: JobStatus): Promise<void> {
    if (!job.sha || !this.statuses.enabledFor(job.forge)) return;
    await this.statuses
      .report(
        { forge: job.forge, repository: job.repository, sha: job.sha },
        {
          state: COMMIT_STATE[status],
          description: `${status}${job.reason ? `: ${job.reason}` : ''}`,
          context: 'slipway/ci',
        },
      )
      .catch((error: unknown) =>
        this.log.warn({ job_id: job.id, err: error }, 'commit status not delivered'),
      );
  }

  /** The execution record in data-api, upserted under the job id: a repeated report leaves one row. */
  private async record(job: JobRecord, result: ExecutionResult): Promise<void> {
    const started = job.started_at ?? job.created_at;
    const finished = job.finished_at ?? new Date().toISOString();
    await this.dataApi
      .putTaskExecution(job.id, {
        worker_id: job.runner ?? this.settings.runnerId,
        started_at: started,
        finished_at: finished,
        duration_ms: Math.max(0, Date.parse(finished) - Date.parse(started)),
        exit_code: result.exit_code ?? -1,
        status: EXECUTION_STATUS[result.status],
        result_data: {
          kind: 'ci_job',
          repository: job.repository,
          ref: job.ref,
          sha: job.sha ?? null,
          attempt: job.attempt,
          reason: result.reason ?? null,
          steps: result.steps,
        },
      })
      .catch((error: unknown) =>
        this.log.error({ job_id: job.id, err: error }, 'execution not recorded in data-api'),
      );
  }
}
