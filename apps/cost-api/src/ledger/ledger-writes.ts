import { Injectable } from '@nestjs/common';
import { AppLogger } from '@slipway/platform';

type Listener = (orgIds: ReadonlySet<string>) => void;

/**
 * Who hears that ledger rows landed: LedgerWriter tells it the organizations of each write once
 * the rows are in, and listeners (the alerts' evaluation on new data) subscribe. Listeners are
 * called synchronously and must not block: ingestion does not wait for what they start.
 */
@Injectable()
export class LedgerWrites {
  private readonly listeners: Listener[] = [];

  constructor(private readonly logger: AppLogger) {}

  onWritten(listener: Listener): void {
    this.listeners.push(listener);
  }

  written(orgIds: ReadonlySet<string>): void {
    if (orgIds.size === 0) return;
    for (const listener of this.listeners) {
      try {
        listener(orgIds);
      } catch (error) {
        this.logger.error({ err: error }, 'a listener of ledger writes failed');
      }
    }
  }
}
