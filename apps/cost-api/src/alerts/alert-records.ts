import { Injectable } from '@nestjs/common';
import type { CostAlertKind, CostAlertState } from '@slipway/contracts';
import { allPages, DataApiClient, DataApiNotFoundError, type Schemas } from '@slipway/data-client';

export type AlertRecord = Schemas['CostAlertRecordDto'];
export type NewAlert = Schemas['CreateCostAlertRecordDto'];
export type AlertChange = Schemas['UpdateCostAlertRecordDto'];
export type AlertEventRecord = Schemas['CostAlertEventRecordDto'];
export type NewAlertEvent = Schemas['CreateCostAlertEventRecordDto'];
export type PresetRecord = Schemas['AlertPresetRecordDto'];
type BatchOperation = Schemas['BatchOperationDto'];
export type BatchAnswer = Schemas['BatchResponseDto'];

const PAGE = 100;

export interface AlertPageQuery {
  state?: CostAlertState[];
  kind?: CostAlertKind[];
  enabled?: boolean;
  limit?: number;
  cursor?: string;
}

/**
 * cost_alerts, cost_alert_events and alert_presets in data-api (service-only), and the batch that
 * writes many alert rows in one transaction, all or none.
 */
@Injectable()
export class AlertRecords {
  constructor(private readonly data: DataApiClient) {}

  async page(
    orgId: string,
    query: AlertPageQuery,
  ): Promise<{ items: AlertRecord[]; next_cursor: string | null }> {
    const { data } = await this.data.get('/api/cost_alerts', {
      params: { query: { ...query, org_id: orgId, sort: 'name' } },
    });
    return data;
  }

  /** The organization's enabled alerts (what an evaluation looks at). */
  enabled(orgId: string): Promise<AlertRecord[]> {
    return allPages((cursor) =>
      this.data.get('/api/cost_alerts', {
        params: { query: { org_id: orgId, enabled: true, limit: PAGE, ...(cursor ? { cursor } : {}) } },
      }),
    );
  }

  async find(id: string): Promise<AlertRecord | null> {
    try {
      return (await this.data.get('/api/cost_alerts/{id}', { params: { path: { id } } })).data;
    } catch (error) {
      if (error instanceof DataApiNotFoundError) return null;
      throw error;
    }
  }

  async create(body: NewAlert): Promise<AlertRecord> {
    return (await this.data.post('/api/cost_alerts', { body })).data;
  }

  async update(row: Pick<AlertRecord, 'id' | 'version'>, body: AlertChange): Promise<AlertRecord> {
    const { data } = await this.data.patch('/api/cost_alerts/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
      body,
    });
    return data;
  }

  async remove(row: Pick<AlertRecord, 'id' | 'version'>): Promise<void> {
    await this.data.delete('/api/cost_alerts/{id}', {
      params: { path: { id: row.id } },
      headers: { 'if-match': DataApiClient.ifMatch(row.version) },
    });
  }

  /** Many writes in one transaction: every one applies, or none (a stale if_match is a 412). */
  async batch(operations: BatchOperation[]): Promise<BatchAnswer> {
    return (await this.data.post('/api/batch', { body: { operations } })).data;
  }

  /** An alert's history (or the organization's), newest first. */
  async events(
    orgId: string,
    alertId: string | undefined,
    query: { limit?: number; cursor?: string },
  ): Promise<{ items: AlertEventRecord[]; next_cursor: string | null }> {
    const { data } = await this.data.get('/api/cost_alert_events', {
      params: {
        query: { ...query, org_id: orgId, ...(alertId ? { alert_id: alertId } : {}), sort: '-created_at' },
      },
    });
    return data;
  }

  presets(): Promise<PresetRecord[]> {
    return allPages((cursor) =>
      this.data.get('/api/alert_presets', {
        params: { query: { sort: 'name', limit: PAGE, ...(cursor ? { cursor } : {}) } },
      }),
    );
  }
}
