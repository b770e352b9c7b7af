import { Injectable } from '@nestjs/common';
import type { DeliveryStatus } from '@slipway/contracts';
import { DataApiClient, type Schemas } from '@slipway/data-client';

export type DeliveryRecord = Schemas['NotificationDeliveryRecordDto'];
export type NewDelivery = Schemas['CreateNotificationDeliveryRecordDto'];
type DeliveryChange = Schemas['UpdateNotificationDeliveryRecordDto'];

export interface DeliveryPageQuery {
  status?: DeliveryStatus[];
  channel_id?: string;
  rule_id?: string;
  limit?: number;
  cursor?: string;
}

/**
 * notification_deliveries in data-api: one row per (channel, event key), never deleted. Creating
 * it is the claim of a send: a second create of the same pair is a 409 (DataApiConflictError).
 */
@Injectable()
export class DeliveryRecords {
  constructor(private readonly data: DataApiClient) {}

  async create(body: NewDelivery): Promise<DeliveryRecord> {
    return (await this.data.post('/api/notification_deliveries', { body })).data;
  }

  async find(channelId: string, eventKey: string): Promise<DeliveryRecord | null> {
    const { data } = await this.data.get('/api/notification_deliveries', {
      params: { query: { channel_id: channelId, event_key: eventKey, limit: 1 } },
    });
    return data.items[0] ?? null;
  }

  /** With the row’s version as If-Match when `conditional` (a takeover), else unconditionally (its owner’s writes). */
  async update(
    row: Pick<DeliveryRecord, 'id' | 'version'>,
    body: DeliveryChange,
    conditional = false,
  ): Promise<DeliveryRecord> {
    const { data } = await this.data.patch('/api/notification_deliveries/{id}', {
      params: { path: { id: row.id } },
      ...(conditional ? { headers: { 'if-match': DataApiClient.ifMatch(row.version) } } : {}),
      body,
    });
    return data;
  }

  /** The organization's deliveries, newest first, paged as data-api pages them. */
  async page(
    orgId: string,
    query: DeliveryPageQuery,
  ): Promise<{ items: DeliveryRecord[]; next_cursor: string | null }> {
    const { data } = await this.data.get('/api/notification_deliveries', {
      params: { query: { ...query, org_id: orgId, sort: '-created_at' } },
    });
    return data;
  }
}
