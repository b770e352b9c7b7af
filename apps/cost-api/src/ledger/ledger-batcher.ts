import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import type { CostWorkerConfig } from '../config';
import type { LedgerRow } from './ledger-rows';
import { LedgerWriter } from './ledger-writer';

interface Waiting {
  row: LedgerRow;
  settle: (error?: Error) => void;
}

/** Batches written at once: one fills while the other is on the wire. */
const MAX_IN_FLIGHT = 2;

/**
 * Group commit of ledger rows: each stream handler adds its event's row and waits; the rows
 * gathered go to data-api in one bulk write when INGEST_BATCH_SIZE are waiting or INGEST_LINGER_MS
 * after the first, and every handler's promise settles when its own row is written (or refused).
 * A handler acks its stream entry only then, so an event is acknowledged after its row is in the
 * ledger, never before: a worker killed mid-batch leaves its entries pending for another, whose
 * rewrite the ledger's event ids make harmless.
 */
@Injectable()
export class LedgerBatcher implements OnApplicationShutdown {
  private waiting: Waiting[] = [];
  private timer?: NodeJS.Timeout;
  private inFlight = 0;
  private readonly batchSize: number;
  private readonly lingerMs: number;
  private readonly writes = new Set<Promise<void>>();

  constructor(
    private readonly writer: LedgerWriter,
    @Inject(APP_CONFIG) config: CostWorkerConfig,
  ) {
    this.batchSize = config.INGEST_BATCH_SIZE;
    this.lingerMs = config.INGEST_LINGER_MS;
  }

  /** Resolves once the row is in the ledger (or was already); rejects when it could not be written. */
  add(row: LedgerRow): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ row, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      this.schedule();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    while (this.waiting.length > 0 || this.writes.size > 0) {
      if (this.waiting.length > 0 && this.inFlight < MAX_IN_FLIGHT) this.flush();
      await Promise.race(this.writes);
    }
  }

  private schedule(): void {
    if (this.inFlight >= MAX_IN_FLIGHT) return;
    if (this.waiting.length >= this.batchSize) {
      this.flush();
      return;
    }
    if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), this.lingerMs);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.waiting.length === 0) return;
    const batch = this.waiting.splice(0, this.batchSize);
    this.inFlight += 1;
    const write = this.write(batch).finally(() => {
      this.inFlight -= 1;
      this.writes.delete(write);
      if (this.waiting.length > 0) this.schedule();
    });
    this.writes.add(write);
  }

  private async write(batch: Waiting[]): Promise<void> {
    // Two deliveries of one event in a batch (a redelivery racing the first) are one row.
    const rows = [...new Map(batch.map(({ row }) => [row.event_id, row])).values()];
    try {
      const { rejected } = await this.writer.write(rows);
      for (const { row, settle } of batch) settle(rejected.get(row.event_id));
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      for (const { settle } of batch) settle(failure);
    }
  }
}
