import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { AppLogger } from '@slipway/platform';
import { JobStore } from './job-store';

export const SWEEP_INTERVAL_MS = 60_000;

/** Every minute, removes the index entries of jobs whose 24 h retention ended (their hash and log expire by TTL). */
@Injectable()
export class RetentionSweeper implements OnModuleInit, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger: AppLogger;

  constructor(
    private readonly store: JobStore,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ context: 'retention' });
  }

  onModuleInit(): void {
    this.timer = setInterval(() => {
      this.store.sweepExpired().then(
        (swept) => {
          if (swept.length) this.logger.info({ swept: swept.length }, 'removed expired jobs');
        },
        (error: unknown) => this.logger.warn({ err: error }, 'sweep failed'),
      );
    }, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
