import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import type { CostWorkerConfig } from '../config';
import { WorkerSchedules } from '../schedules/worker-schedules';
import { SpendRecompute } from './spend-recompute';
import { SubscriptionAmortizer } from './subscription-amortizer';

/** The ledger's jobs on the cost-worker's queue: the SaaS amortization, and the recompute cost-api enqueues. */
@Injectable()
export class LedgerSchedules {
  constructor(
    schedules: WorkerSchedules,
    amortizer: SubscriptionAmortizer,
    recompute: SpendRecompute,
    @Inject(APP_CONFIG) config: CostWorkerConfig,
  ) {
    schedules.register('saas.amortize', { everyMs: config.AMORTIZATION_INTERVAL_MS }, () =>
      amortizer.amortize(),
    );
    schedules.handle('costs.recompute', (job) => recompute.recompute(job));
  }
}
