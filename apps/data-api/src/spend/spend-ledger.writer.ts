import { Injectable } from '@nestjs/common';
import type { CreateSpendLedgerRecordDto, SpendLedgerBulkResultDto } from '@slipway/contracts';
import { Db } from '../database/db';
import type { SpendLedgerRow } from '../database/entities';
import { columnArrays, INSERT_RETURNING_EVENT_IDS, INSERT_RETURNING_ROWS } from './spend-ingest.sql';

/** A single create's outcome: the row, and whether this call inserted it or it was there already. */
export interface Recorded {
  row: SpendLedgerRow;
  inserted: boolean;
}

/**
 * Writes the spend ledger: each event once (by event_id), and its daily rollups in the same
 * statement, so a summary never disagrees with the ledger and a redelivered event changes nothing.
 */
@Injectable()
export class SpendLedgerWriter {
  constructor(private readonly db: Db) {}

  async record(event: CreateSpendLedgerRecordDto): Promise<Recorded> {
    const [row] = await this.db.query<SpendLedgerRow>(INSERT_RETURNING_ROWS, columnArrays([event]));
    if (row) return { row, inserted: true };
    const [existing] = await this.db.query<SpendLedgerRow>('SELECT * FROM spend_ledger WHERE event_id = $1', [
      event.event_id,
    ]);
    return { row: existing, inserted: false };
  }

  /** Inserts the events not yet counted; every other item of `events` (repeats among them too) is a duplicate. */
  async recordMany(events: readonly CreateSpendLedgerRecordDto[]): Promise<SpendLedgerBulkResultDto> {
    const seen = new Set<string>();
    const firsts = events.filter((event) => !seen.has(event.event_id) && seen.add(event.event_id));
    const rows = await this.db.query<{ event_id: string }>(INSERT_RETURNING_EVENT_IDS, columnArrays(firsts));
    // Each inserted event id is claimed by its first item; every item left unclaimed is a duplicate.
    const unclaimed = new Set(rows.map((row) => row.event_id));
    const duplicates = events
      .filter((event) => !unclaimed.delete(event.event_id))
      .map((event) => event.event_id);
    return { inserted: events.length - duplicates.length, duplicates };
  }
}
