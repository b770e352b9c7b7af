import { Inject, Injectable } from '@nestjs/common';
import type { BatchOperationDto, BatchResponseDto } from '@slipway/contracts';
import { DataApiClient, DataApiNotFoundError, type Schemas } from '@slipway/data-client';
import type { Principal } from '@slipway/identity';
import { actingFor } from './acting-for';

export type PatchSetRecord = Schemas['PatchSetRecordDto'];
export type NewPatchSetRecord = Schemas['CreatePatchSetRecordDto'];
export type PatchSetChange = Schemas['UpdatePatchSetRecordDto'];
export type ApplicationRecord = Schemas['PatchSetApplicationDto'];
export type NewApplicationRecord = Schemas['CreatePatchSetApplicationDto'];

/**
 * PatchSets and their applications in data-api (the service writes them; reads are narrowed to the
 * caller's own), and the caller's writes of projects and tasks through one /api/batch.
 */
@Injectable()
export class PatchSetRecords {
  constructor(@Inject(DataApiClient) private readonly dataApi: DataApiClient) {}

  async create(body: NewPatchSetRecord): Promise<PatchSetRecord> {
    return (await this.dataApi.post('/api/patch_sets', { body })).data;
  }

  /** The caller's PatchSet; null when there is none they may see. */
  async find(principal: Principal, id: string): Promise<PatchSetRecord | null> {
    try {
      return (
        await this.dataApi.get('/api/patch_sets/{id}', { params: { path: { id } }, ...actingFor(principal) })
      ).data;
    } catch (error) {
      if (error instanceof DataApiNotFoundError) return null;
      throw error;
    }
  }

  async get(id: string): Promise<PatchSetRecord> {
    return (await this.dataApi.get('/api/patch_sets/{id}', { params: { path: { id } } })).data;
  }

  /** Any PatchSet by id, whoever owns it (an id taken by someone else must not be reused). */
  async exists(id: string): Promise<boolean> {
    try {
      await this.dataApi.get('/api/patch_sets/{id}', { params: { path: { id } } });
      return true;
    } catch (error) {
      if (error instanceof DataApiNotFoundError) return false;
      throw error;
    }
  }

  async update(id: string, version: number, body: PatchSetChange): Promise<PatchSetRecord> {
    return (
      await this.dataApi.patch('/api/patch_sets/{id}', {
        params: { path: { id } },
        headers: { 'if-match': DataApiClient.ifMatch(version) },
        body,
      })
    ).data;
  }

  async list(principal: Principal, query: Record<string, unknown>) {
    return (await this.dataApi.get('/api/patch_sets', { params: { query }, ...actingFor(principal) })).data;
  }

  /** The PatchSets of a chat session still waiting for a decision. */
  async pendingOfSession(sessionId: string): Promise<PatchSetRecord[]> {
    const { data } = await this.dataApi.get('/api/patch_sets', {
      params: { query: { chat_session_id: sessionId, status: ['proposed', 'validated'], limit: 100 } },
    });
    return data.items;
  }

  async recordApplication(body: NewApplicationRecord): Promise<ApplicationRecord> {
    return (await this.dataApi.post('/api/patch_set_applications', { body })).data;
  }

  /** The latest application of a kind (apply or undo) of a PatchSet. */
  async lastApplication(patchSetId: string, kind: 'apply' | 'undo'): Promise<ApplicationRecord | null> {
    const { data } = await this.dataApi.get('/api/patch_set_applications', {
      params: { query: { patch_set_id: patchSetId, kind: [kind], sort: '-created_at', limit: 1 } },
    });
    return data.items[0] ?? null;
  }

  /** The caller's writes, all in one transaction, run once per key however often they are sent. */
  async batch(principal: Principal, operations: BatchOperationDto[], key: string): Promise<BatchResponseDto> {
    const { headers } = actingFor(principal);
    return (
      await this.dataApi.post('/api/batch', {
        body: { operations },
        headers: { ...headers, 'idempotency-key': key },
      })
    ).data;
  }
}
