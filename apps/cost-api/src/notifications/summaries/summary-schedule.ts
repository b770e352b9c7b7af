import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import { WorkerSchedules } from '../../schedules/worker-schedules';
import { Summaries } from './summaries.service';

/** How often the cost-worker looks for digests that are due (each is queued once). */
export const SUMMARY_CHECK_MS = 15 * 60_000;

/** Registers the digests with the cost-worker's schedules: `notifications.summaries`. */
@Injectable()
export class SummarySchedule implements OnModuleInit {
  constructor(
    private readonly schedules: WorkerSchedules,
    private readonly summaries: Summaries,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.schedules.register('notifications.summaries', { everyMs: SUMMARY_CHECK_MS }, () =>
      this.summaries.sendDue(this.clock.now()),
    );
  }
}
