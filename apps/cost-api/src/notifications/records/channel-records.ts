import { Injectable } from '@nestjs/common';
import { allPages, DataApiClient, DataApiNotFoundError, type Schemas } from '@slipway/data-client';

export type ChannelRecord = Schemas['NotificationChannelRecordDto'];
type NewChannel = Schemas['CreateNotificationChannelRecordDto'];
type ChannelChange = Schemas['UpdateNotificationChannelRecordDto'];

const PAGE = 100;

/** notification_channels in data-api (service-only, soft-deleted): the secret arrives sealed. */
@Injectable()
export class ChannelRecords {
  constructor(private readonly data: DataApiClient) {}

  /** The organization's live channels (and deleted ones when asked), by name. */
  ofOrg(orgId: string, includeDeleted = false): Promise<ChannelRecord[]> {
    return allPages((cursor) =>
      this.data.get('/api/notification_channels', {
        params: {
          query: {
            org_id: orgId,
            include_deleted: includeDeleted,
            sort: 'name',
            limit: PAGE,
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    );
  }

  /** Every organization's live channels, a page at a time (the key rotation). */
  async page(cursor: string | null): Promise<{ items: ChannelRecord[]; next_cursor: string | null }> {
    const { data } = await this.data.get('/api/notification_channels', {
      params: { query: { limit: PAGE, ...(cursor ? { cursor } : {}) } },
    });
    return data;
  }

  /** A channel by id, deleted ones included; null when there is none. */
  async find(id: string): Promise<ChannelRecord | null> {
    try {
      const { data } = await this.data.get('/api/notification_channels/{id}', {
        params: { path: { id }, query: { include_deleted: true } },
      });
      return data;
    } catch (error) {
      if (error instanceof DataApiNotFoundError) return null;
      throw error;
    }
  }

  async create(body: NewChannel): Promise<ChannelRecord> {
    return (await this.data.post('/api/notification_channels', { body })).data;
  }

  /** Changes the row as it was read: a concurrent change in between is a 412. */
  async update(row: Pick<ChannelRecord, 'id' | 'version'>, body: ChannelChange): Promise<ChannelRecord> {
    const { data } = await this.data.patch('/api/notification_channels/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
      body,
    });
    return data;
  }

  /** Soft delete: deliveries keep naming it. */
  async remove(row: Pick<ChannelRecord, 'id' | 'version'>): Promise<void> {
    await this.data.delete('/api/notification_channels/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
    });
  }
}
