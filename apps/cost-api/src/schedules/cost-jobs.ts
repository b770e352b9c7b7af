/** The cost-worker's BullMQ queue: repeatable schedules, and the jobs cost-api enqueues for it. */
export const COST_JOBS_QUEUE = 'cost-jobs';

/** A re-pricing of a window of model calls (POST /api/v1/admin/costs/recompute). */
export interface RecomputeJob {
  /** One organization, or null for every one. */
  readonly org_id: string | null;
  readonly from: string;
  readonly to: string;
}

/** The jobs enqueued on demand, by name, and their data: the API and the worker derive their types from it. */
export interface CostJobs {
  'costs.recompute': RecomputeJob;
}
export type CostJobName = keyof CostJobs;

/** The queue's Redis keys share one hash tag, as its scripts touch several at once (DESIGN §4). */
export const costJobsPrefix = (redisPrefix: string): string => `${redisPrefix}{cost-jobs}`;
