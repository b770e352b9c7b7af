import { Injectable } from '@nestjs/common';
import type { NotificationEvent } from '@slipway/contracts';
import { allPages, DataApiClient, DataApiNotFoundError, type Schemas } from '@slipway/data-client';

export type RuleRecord = Schemas['NotificationRuleRecordDto'];
type NewRule = Schemas['CreateNotificationRuleRecordDto'];
type RuleChange = Schemas['UpdateNotificationRuleRecordDto'];

const PAGE = 100;

/** notification_rules in data-api (service-only, soft-deleted). */
@Injectable()
export class RuleRecords {
  constructor(private readonly data: DataApiClient) {}

  /** The organization's live rules (of these events, enabled only when asked), by name. */
  list(orgId: string, events?: NotificationEvent[], enabledOnly = false): Promise<RuleRecord[]> {
    return allPages((cursor) =>
      this.data.get('/api/notification_rules', {
        params: {
          query: {
            org_id: orgId,
            ...(events ? { event: events } : {}),
            ...(enabledOnly ? { enabled: true } : {}),
            sort: 'name',
            limit: PAGE,
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    );
  }

  /** Every enabled rule of these events across organizations, a page at a time (the digests). */
  async page(
    events: NotificationEvent[],
    cursor: string | null,
  ): Promise<{ items: RuleRecord[]; next_cursor: string | null }> {
    const { data } = await this.data.get('/api/notification_rules', {
      params: { query: { event: events, enabled: true, limit: PAGE, ...(cursor ? { cursor } : {}) } },
    });
    return data;
  }

  async find(id: string): Promise<RuleRecord | null> {
    try {
      return (await this.data.get('/api/notification_rules/{id}', { params: { path: { id } } })).data;
    } catch (error) {
      if (error instanceof DataApiNotFoundError) return null;
      throw error;
    }
  }

  async create(body: NewRule): Promise<RuleRecord> {
    return (await this.data.post('/api/notification_rules', { body })).data;
  }

  async update(row: Pick<RuleRecord, 'id' | 'version'>, body: RuleChange): Promise<RuleRecord> {
    const { data } = await this.data.patch('/api/notification_rules/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
      body,
    });
    return data;
  }

  async remove(row: Pick<RuleRecord, 'id' | 'version'>): Promise<void> {
    await this.data.delete('/api/notification_rules/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
    });
  }
}
