import { Module } from '@nestjs/common';
import { CostJobsQueue } from './cost-jobs.queue';

/** The cost-worker's queue, for whoever enqueues its jobs (admin's recompute) and for the worker's schedules. */
@Module({ providers: [CostJobsQueue], exports: [CostJobsQueue] })
export class CostJobsModule {}
