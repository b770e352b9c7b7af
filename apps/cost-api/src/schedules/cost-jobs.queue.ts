import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { Queue, type JobsOptions } from 'bullmq';
import type { CostSharedConfig } from '../config';
import { COST_JOBS_QUEUE, costJobsPrefix, type CostJobName, type CostJobs } from './cost-jobs';

/** When a repeatable job runs: every so many ms, or a cron pattern in a time zone (UTC by default). */
export type ScheduleTiming = { everyMs: number } | { cron: string; timezone?: string };

/** Jobs enqueued on demand are retried a few times, then kept a day for inspection. */
const ON_DEMAND: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 86_400, count: 1_000 },
  removeOnFail: { age: 7 * 86_400 },
};
/** A repeated job is not retried (its next run comes anyway) and leaves little behind. */
const REPEATED: JobsOptions = { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } };

/** The cost-worker's BullMQ queue as an adapter: enqueue a job, keep the repeatable schedules. */
@Injectable()
export class CostJobsQueue implements OnApplicationShutdown {
  private readonly queue: Queue;

  constructor(@Inject(APP_CONFIG) config: CostSharedConfig) {
    this.queue = new Queue(COST_JOBS_QUEUE, {
      connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: costJobsPrefix(config.REDIS_PREFIX),
    });
  }

  /** Queues a job for the cost-worker; answers its id. */
  async enqueue<N extends CostJobName>(name: N, data: CostJobs[N]): Promise<string> {
    const job = await this.queue.add(name, data, ON_DEMAND);
    if (job.id === undefined) throw new Error(`BullMQ gave the ${name} job no id`);
    return job.id;
  }

  /** Creates or updates the repeatable schedule `name` (idempotent: every worker replica upserts it). */
  async schedule(name: string, timing: ScheduleTiming): Promise<void> {
    const repeat =
      'everyMs' in timing
        ? { every: timing.everyMs }
        : { pattern: timing.cron, tz: timing.timezone ?? 'UTC' };
    await this.queue.upsertJobScheduler(name, repeat, { name, data: {}, opts: REPEATED });
  }

  /** The names of the schedules stored in Redis. */
  async scheduled(): Promise<string[]> {
    const schedulers = await this.queue.getJobSchedulers();
    return schedulers.map((scheduler) => scheduler.key);
  }

  async unschedule(name: string): Promise<void> {
    await this.queue.removeJobScheduler(name);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
