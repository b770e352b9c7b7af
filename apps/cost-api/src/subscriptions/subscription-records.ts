import { Injectable } from '@nestjs/common';
import { allPages, DataApiClient, type Schemas } from '@slipway/data-client';

export type SubscriptionRecord = Schemas['SaasSubscriptionRecordDto'];
export type NewSubscriptionRecord = Schemas['CreateSaasSubscriptionRecordDto'];
export type SubscriptionRecordChange = Schemas['UpdateSaasSubscriptionRecordDto'];

const PAGE = 100;

/** saas_subscriptions in data-api (service-only, soft-deleted). */
@Injectable()
export class SubscriptionRecords {
  constructor(private readonly data: DataApiClient) {}

  /** The organization's plans (of one provider, when named), oldest start first. */
  list(orgId: string, provider?: string, includeDeleted = false): Promise<SubscriptionRecord[]> {
    return allPages((cursor) =>
      this.data.get('/api/saas_subscriptions', {
        params: {
          query: {
            org_id: orgId,
            provider,
            include_deleted: includeDeleted,
            limit: PAGE,
            sort: 'start_date',
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
    );
  }

  async get(id: string): Promise<SubscriptionRecord> {
    return (await this.data.get('/api/saas_subscriptions/{id}', { params: { path: { id } } })).data;
  }

  async create(body: NewSubscriptionRecord): Promise<SubscriptionRecord> {
    return (await this.data.post('/api/saas_subscriptions', { body })).data;
  }

  async update(
    row: Pick<SubscriptionRecord, 'id' | 'version'>,
    body: SubscriptionRecordChange,
  ): Promise<SubscriptionRecord> {
    const { data } = await this.data.patch('/api/saas_subscriptions/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
      body,
    });
    return data;
  }

  /** Soft delete: the row stays, with deleted_at. */
  async remove(row: Pick<SubscriptionRecord, 'id' | 'version'>): Promise<void> {
    await this.data.delete('/api/saas_subscriptions/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
    });
  }
}
