import { Injectable } from '@nestjs/common';
import { MetricsService } from '@slipway/platform';
import { Counter, Histogram } from 'prom-client';

export type SkipReason = 'no_org' | 'no_rate';

/** The cost-worker's series of the spend it writes (stream lag and handler durations are libs/streams'). */
@Injectable()
export class LedgerMetrics {
  readonly ingested: Counter<'source'>;
  readonly duplicates: Counter<'source'>;
  readonly skipped: Counter<'source' | 'reason'>;
  readonly unpriced: Counter<'source'>;
  readonly batchSeconds: Histogram;
  readonly batchRows: Histogram;
  readonly writeErrors: Counter<'kind'>;

  constructor(metrics: MetricsService) {
    const registers = [metrics.registry];
    this.ingested = new Counter({
      name: 'cost_worker_events_ingested_total',
      help: 'Ledger rows written by source (run, planner, ci, saas, adjustment)',
      labelNames: ['source'],
      registers,
    });
    this.duplicates = new Counter({
      name: 'cost_worker_events_duplicate_total',
      help: 'Events already in the ledger (a redelivery, a repeated job), by source: nothing was written',
      labelNames: ['source'],
      registers,
    });
    this.skipped = new Counter({
      name: 'cost_worker_events_skipped_total',
      help: 'Events not charged, by source and reason: no_org (the project belongs to no organization), no_rate (a CI executor class without a rate)',
      labelNames: ['source', 'reason'],
      registers,
    });
    this.unpriced = new Counter({
      name: 'cost_worker_events_unpriced_total',
      help: 'Model calls written at 0 because no price was in force for their model then (a recompute prices them later)',
      labelNames: ['source'],
      registers,
    });
    this.batchSeconds = new Histogram({
      name: 'cost_worker_ledger_batch_duration_seconds',
      help: 'Time to write one batch to the ledger (one bulk write to data-api, then the cache generations)',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.batchRows = new Histogram({
      name: 'cost_worker_ledger_batch_rows',
      help: 'Rows per batch written to the ledger',
      buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000],
      registers,
    });
    this.writeErrors = new Counter({
      name: 'cost_worker_ledger_write_errors_total',
      help: 'Failed ledger writes: unavailable (data-api or Redis did not answer; the events are retried) or rejected (a row data-api refused)',
      labelNames: ['kind'],
      registers,
    });
  }
}
