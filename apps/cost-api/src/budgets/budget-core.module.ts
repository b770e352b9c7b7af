import { Module } from '@nestjs/common';
import { BudgetJobs } from './budget-jobs';
import { BudgetStore } from './budget-store';

const CORE = [BudgetStore, BudgetJobs];

/**
 * The budget store and the stale-reservation job, for the API (BudgetsModule) and the cost-worker
 * (which schedules `BudgetJobs.expireStale`). Needs RedisModule and a Clock.
 */
@Module({ providers: CORE, exports: CORE })
export class BudgetCoreModule {}
