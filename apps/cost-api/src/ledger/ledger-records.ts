import { Injectable } from '@nestjs/common';
import type { SpendSource } from '@slipway/contracts';
import { DataApiClient, type Schemas } from '@slipway/data-client';

export type LedgerRecord = Schemas['SpendLedgerRecordDto'];

const PAGE = 100;

/** A window of an organization's ledger: occurred in [from, to). */
export interface LedgerWindow {
  readonly orgId: string;
  readonly from: string;
  readonly to: string;
}

/** Reads of data-api's spend ledger, page by page, in the order the rows were written. */
@Injectable()
export class LedgerRecords {
  constructor(private readonly data: DataApiClient) {}

  /** The window's rows of these sources, one page at a time (a window may hold millions). */
  async *pages(window: LedgerWindow, sources: SpendSource[]): AsyncGenerator<LedgerRecord[]> {
    // occurred_after excludes its instant: a millisecond before `from` takes `from` in (instants are ms).
    const after = new Date(Date.parse(window.from) - 1).toISOString();
    let cursor: string | undefined;
    do {
      const { data } = await this.data.get('/api/spend_ledger', {
        params: {
          query: {
            org_id: window.orgId,
            source: sources,
            occurred_after: after,
            occurred_before: window.to,
            sort: 'created_at',
            limit: PAGE,
            ...(cursor ? { cursor } : {}),
          },
        },
      });
      yield data.items;
      cursor = data.next_cursor ?? undefined;
    } while (cursor);
  }
}
