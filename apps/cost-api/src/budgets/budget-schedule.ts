import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import type { CostWorkerConfig } from '../config';
import { WorkerSchedules } from '../schedules/worker-schedules';
import { BudgetJobs } from './budget-jobs';

/** Registers the expiry of abandoned budget reservations with the cost-worker's schedules: `budgets.expire-reservations`. */
@Injectable()
export class BudgetSchedule implements OnModuleInit {
  constructor(
    private readonly schedules: WorkerSchedules,
    private readonly jobs: BudgetJobs,
    @Inject(APP_CONFIG) private readonly config: CostWorkerConfig,
  ) {}

  onModuleInit(): void {
    this.schedules.register('budgets.expire-reservations', { everyMs: this.config.BUDGET_SWEEP_MS }, () =>
      this.jobs.expireStale(),
    );
  }
}
