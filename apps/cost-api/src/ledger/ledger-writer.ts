import { Inject, Injectable } from '@nestjs/common';
import { MAX_LEDGER_BULK } from '@slipway/contracts';
import { DataApiClient, DataApiValidationError } from '@slipway/data-client';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import { cacheGenerationKey } from '../costs/cache-generation';
import { LedgerMetrics } from './ledger-metrics';
import { LedgerWrites } from './ledger-writes';
import type { LedgerRow } from './ledger-rows';

/** What a write did: rows new to the ledger, event ids already there, and rows data-api refused. */
export interface LedgerWritten {
  inserted: number;
  duplicates: ReadonlySet<string>;
  rejected: ReadonlyMap<string, Error>;
}

/**
 * Writes rows to data-api's spend ledger, MAX_LEDGER_BULK per bulk call (idempotent on event_id,
 * the daily rollups in the same transaction), then bumps the cost-cache generation of every
 * organization written so its cached reads are dropped, and tells LedgerWrites who was written (the
 * alerts evaluate on it). A batch data-api refuses (422) is split
 * until the refused rows are alone, so one bad row never holds back the others; any other failure
 * throws and the whole write is retried.
 */
@Injectable()
export class LedgerWriter {
  constructor(
    private readonly data: DataApiClient,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
    private readonly metrics: LedgerMetrics,
    private readonly writes: LedgerWrites,
  ) {}

  async write(rows: readonly LedgerRow[]): Promise<LedgerWritten> {
    const written = { inserted: 0, duplicates: new Set<string>(), rejected: new Map<string, Error>() };
    for (let start = 0; start < rows.length; start += MAX_LEDGER_BULK) {
      const chunk = rows.slice(start, start + MAX_LEDGER_BULK);
      const stop = this.metrics.batchSeconds.startTimer();
      await this.writeChunk(chunk, written);
      this.writes.written(await this.bumpCacheGenerations(chunk, written.rejected));
      stop();
      this.metrics.batchRows.observe(chunk.length);
    }
    this.count(rows, written);
    return written;
  }

  private async writeChunk(
    chunk: readonly LedgerRow[],
    written: { inserted: number; duplicates: Set<string>; rejected: Map<string, Error> },
  ): Promise<void> {
    try {
      const { data } = await this.data.post('/api/spend_ledger/bulk', { body: [...chunk] });
      written.inserted += data.inserted;
      for (const id of data.duplicates) written.duplicates.add(id);
    } catch (error) {
      if (!(error instanceof DataApiValidationError)) {
        this.metrics.writeErrors.inc({ kind: 'unavailable' });
        throw error;
      }
      if (chunk.length === 1) {
        this.metrics.writeErrors.inc({ kind: 'rejected' });
        written.rejected.set(chunk[0].event_id, error);
        return;
      }
      const half = Math.ceil(chunk.length / 2);
      await this.writeChunk(chunk.slice(0, half), written);
      await this.writeChunk(chunk.slice(half), written);
    }
  }

  /** One INCR per organization written (a pipeline): the cost reads' cache contract. Answers those organizations. */
  private async bumpCacheGenerations(
    chunk: readonly LedgerRow[],
    rejected: ReadonlyMap<string, Error>,
  ): Promise<ReadonlySet<string>> {
    const orgs = new Set(chunk.filter((row) => !rejected.has(row.event_id)).map((row) => row.org_id));
    if (orgs.size === 0) return orgs;
    const pipeline = this.redis.pipeline();
    for (const orgId of orgs) pipeline.incr(cacheGenerationKey(this.prefix, orgId));
    const answers = await pipeline.exec();
    const failed = (answers ?? []).find(([error]) => error !== null);
    if (answers === null || failed) {
      this.metrics.writeErrors.inc({ kind: 'unavailable' });
      throw failed?.[0] ?? new Error('the cost-cache generations were not bumped');
    }
    return orgs;
  }

  private count(rows: readonly LedgerRow[], written: LedgerWritten): void {
    const ingested = new Map<string, number>();
    const duplicates = new Map<string, number>();
    for (const row of rows) {
      if (written.rejected.has(row.event_id)) continue;
      const tally = written.duplicates.has(row.event_id) ? duplicates : ingested;
      tally.set(row.source, (tally.get(row.source) ?? 0) + 1);
    }
    for (const [source, count] of ingested) this.metrics.ingested.inc({ source }, count);
    for (const [source, count] of duplicates) this.metrics.duplicates.inc({ source }, count);
  }
}
