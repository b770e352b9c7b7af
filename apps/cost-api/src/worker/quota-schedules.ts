import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { QuotaJobs } from '../admin/quota-jobs';
import type { CostWorkerConfig } from '../config';
import { WorkerSchedules } from '../schedules/worker-schedules';

/**
 * The quota jobs the cost-worker runs on schedule (the admin routes run the same ones by hand):
 * each organization's reset at its own midnight and month start, and the expiry of abandoned
 * reservations (no heartbeat within their lease).
 */
@Injectable()
export class QuotaSchedules {
  constructor(schedules: WorkerSchedules, quota: QuotaJobs, @Inject(APP_CONFIG) config: CostWorkerConfig) {
    schedules.register('quota.midnight-resets', { everyMs: config.QUOTA_RESET_CHECK_MS }, () =>
      quota.resetAtMidnight(),
    );
    schedules.register('quota.expire-reservations', { everyMs: config.RESERVATION_SWEEP_MS }, () =>
      quota.cleanupStale(),
    );
  }
}
