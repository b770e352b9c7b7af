import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { JobStore } from './job-store';

export const SWEEP_INTERVAL_MS = 60_000;

/** Every minute, removes the index entries of jobs whose 24 h retention ended (their hash and log expire by TTL). */
@Injectable()
export class RetentionSweeper implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('retention');

  constructor(@Inject(JobStore) private readonly store: JobStore) {}

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.store.sweepExpired().then(
        (swept) => swept.length && this.logger.log(`removed ${swept.length} expired job(s)`),
        (error: unknown) =>
          this.logger.warn(`sweep failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
