import { Injectable } from '@nestjs/common';
import { allPages, DataApiClient, type Schemas } from '@slipway/data-client';

export type PriceRecord = Schemas['ModelPriceRecordDto'];
export type NewPriceRecord = Schemas['CreateModelPriceRecordDto'];
export type PriceRecordChange = Schemas['UpdateModelPriceRecordDto'];

const PAGE = 100;

/** model_prices in data-api (service-only records): global rows and organizations' own. */
@Injectable()
export class ModelPriceRecords {
  constructor(private readonly data: DataApiClient) {}

  /** The global rows of a provider and the organization's own (every period), oldest first. */
  async forProvider(orgId: string, provider: string, model?: string): Promise<PriceRecord[]> {
    const [global, own] = await Promise.all([
      this.list({ global: true, provider, model }),
      this.list({ org_id: orgId, provider, model }),
    ]);
    return [...global, ...own];
  }

  /** The organization's own rows of a model (every period). */
  own(orgId: string, provider: string, model: string): Promise<PriceRecord[]> {
    return this.list({ org_id: orgId, provider, model });
  }

  /** The organization's own rows (every period), of one provider or all, of one model or all. */
  ofOrg(orgId: string, filters: { provider?: string; model?: string } = {}): Promise<PriceRecord[]> {
    return this.list({ org_id: orgId, ...filters });
  }

  /** Every global row (the catalogue's), for bootstrap and sync. */
  globals(): Promise<PriceRecord[]> {
    return this.list({ global: true });
  }

  async get(id: string): Promise<PriceRecord> {
    return (await this.data.get('/api/model_prices/{id}', { params: { path: { id } } })).data;
  }

  async create(body: NewPriceRecord): Promise<PriceRecord> {
    return (await this.data.post('/api/model_prices', { body })).data;
  }

  /** A change of the row at `version` (a concurrent change is a 409 of data-api). */
  async update(row: Pick<PriceRecord, 'id' | 'version'>, body: PriceRecordChange): Promise<PriceRecord> {
    const { data } = await this.data.patch('/api/model_prices/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
      body,
    });
    return data;
  }

  async remove(row: Pick<PriceRecord, 'id' | 'version'>): Promise<void> {
    await this.data.delete('/api/model_prices/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
    });
  }

  private list(query: {
    global?: boolean;
    org_id?: string;
    provider?: string;
    model?: string;
  }): Promise<PriceRecord[]> {
    return allPages((cursor) =>
      this.data.get('/api/model_prices', {
        params: { query: { ...query, limit: PAGE, sort: 'valid_from', ...(cursor ? { cursor } : {}) } },
      }),
    );
  }
}
