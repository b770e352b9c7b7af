import { Injectable } from '@nestjs/common';
import { DataApiClient, type Schemas } from '@slipway/data-client';

export type IntegrationRecord = Schemas['OrgIntegrationRecordDto'];
type Create = Schemas['CreateOrgIntegrationRecordDto'];
type Update = Schemas['UpdateOrgIntegrationRecordDto'];

/** org_integrations in data-api: one row per organization and provider, written only by cost-api. */
@Injectable()
export class IntegrationRecords {
  constructor(private readonly data: DataApiClient) {}

  /** An organization's integrations, by provider (there are at most a dozen or so). */
  async ofOrg(orgId: string): Promise<IntegrationRecord[]> {
    const { data } = await this.data.get('/api/org_integrations', {
      params: { query: { org_id: orgId, sort: 'provider', limit: 100 } },
    });
    return data.items;
  }

  async count(orgId: string): Promise<number> {
    const { data } = await this.data.get('/api/org_integrations', {
      params: { query: { org_id: orgId, limit: 1, count: true } },
    });
    return data.total ?? data.items.length;
  }

  async find(orgId: string, provider: string): Promise<IntegrationRecord | null> {
    const { data } = await this.data.get('/api/org_integrations', {
      params: { query: { org_id: orgId, provider, limit: 1 } },
    });
    return data.items[0] ?? null;
  }

  /** Every integration of every organization, a page at a time (the key rotation). */
  async page(cursor: string | null): Promise<{ items: IntegrationRecord[]; next_cursor: string | null }> {
    const { data } = await this.data.get('/api/org_integrations', {
      params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } },
    });
    return data;
  }

  async create(body: Create): Promise<IntegrationRecord> {
    const { data } = await this.data.post('/api/org_integrations', { body });
    return data;
  }

  /** Changes the row as it was read: a concurrent change in between is a 412 (DataApiPreconditionFailedError). */
  async update(record: IntegrationRecord, body: Update): Promise<IntegrationRecord> {
    const { data } = await this.data.patch('/api/org_integrations/{id}', {
      params: { path: { id: record.id }, header: { 'if-match': DataApiClient.ifMatch(record.version) } },
      body,
    });
    return data;
  }

  async remove(record: IntegrationRecord): Promise<void> {
    await this.data.delete('/api/org_integrations/{id}', {
      params: { path: { id: record.id }, header: { 'if-match': DataApiClient.ifMatch(record.version) } },
    });
  }
}
