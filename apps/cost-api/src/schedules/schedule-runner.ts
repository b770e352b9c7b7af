import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppLogger } from '@slipway/platform';
import { Worker, type Job } from 'bullmq';
import type { CostSharedConfig } from '../config';
import { COST_JOBS_QUEUE, costJobsPrefix } from './cost-jobs';
import { CostJobsQueue } from './cost-jobs.queue';
import { ScheduleMetrics } from './schedule-metrics';
import { WorkerSchedules } from './worker-schedules';

/** Jobs one worker process runs at once (a long recompute leaves room for the schedules). */
const CONCURRENCY = 4;

/**
 * The cost-worker's one BullMQ Worker: at start, every registered schedule is upserted as a job
 * scheduler (and schedules no longer registered are removed), then each job the queue hands out
 * is run through WorkerSchedules, timed and counted. A job of a crashed worker is stalled and
 * run again elsewhere: every job is idempotent.
 */
@Injectable()
export class ScheduleRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker?: Worker;
  private starting?: Promise<void>;
  private readonly log: AppLogger;

  constructor(
    private readonly schedules: WorkerSchedules,
    private readonly queue: CostJobsQueue,
    private readonly metrics: ScheduleMetrics,
    @Inject(APP_CONFIG) private readonly config: CostSharedConfig,
    logger: AppLogger,
  ) {
    this.log = logger.child({ component: 'schedules' });
  }

  /** Once per process (a hybrid app calls bootstrap hooks twice). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.starting) return this.starting;
    this.starting = this.start();
    return this.starting;
  }

  private async start(): Promise<void> {
    const wanted = this.schedules.list();
    for (const schedule of wanted) await this.queue.schedule(schedule.name, schedule.timing);
    const names = new Set(wanted.map((schedule) => schedule.name));
    for (const stale of (await this.queue.scheduled()).filter((name) => !names.has(name)))
      await this.queue.unschedule(stale);
    this.worker = new Worker(COST_JOBS_QUEUE, (job: Job) => this.process(job), {
      connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: costJobsPrefix(this.config.REDIS_PREFIX),
      concurrency: CONCURRENCY,
    });
    this.worker.on('failed', (job, error) =>
      this.log.error({ job: job?.name, job_id: job?.id, err: error }, 'cost job failed'),
    );
    this.worker.on('error', (error) => this.log.error({ err: error }, 'cost job queue error'));
    this.log.info({ schedules: [...names] }, 'schedules registered');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  private async process(job: Job): Promise<unknown> {
    const stop = this.metrics.duration.startTimer({ job: job.name });
    try {
      const result = await this.schedules.run(job.name, job.data);
      this.metrics.runs.inc({ job: job.name, outcome: 'success' });
      return result;
    } catch (error) {
      this.metrics.runs.inc({ job: job.name, outcome: 'failure' });
      throw error;
    } finally {
      stop();
    }
  }
}
