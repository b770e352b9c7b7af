import { Inject, Injectable } from '@nestjs/common';
import type { RunPhase } from '@slipway/contracts';
import {
  allPages,
  DataApiClient,
  DataApiConflictError,
  DataApiNotFoundError,
  DataApiPreconditionFailedError,
  type Schemas,
} from '@slipway/data-client';

export type RunRecord = Schemas['RunRecordDto'];
export type PhaseRecord = Schemas['RunPhaseDto'];
export type EventRecord = Schemas['RunEventDto'];
export type ArtifactRecord = Schemas['ArtifactRecordDto'];
export type UsageRecord = Schemas['LlmUsageDto'];
export type NewRun = Schemas['CreateRunRecordDto'];
export type RunChange = Schemas['UpdateRunRecordDto'];
export type NewPhase = Schemas['CreateRunPhaseDto'];
export type PhaseChange = Schemas['UpdateRunPhaseDto'];
export type NewArtifact = Schemas['CreateArtifactDto'];
export type NewUsage = Schemas['CreateLlmUsageDto'];

/** data-api pages hold at most this many rows. */
const PAGE = 100;

/** A versioned record and the If-Match that changes it. */
export interface Versioned<T> {
  record: T;
  version: number;
}

/**
 * Every read and write of run records, through data-api. Changes to runs and phases are
 * conditional (If-Match on the version read): `null` from an update means someone changed the
 * record first and the caller must read it again and decide anew.
 */
@Injectable()
export class RunRecords {
  constructor(@Inject(DataApiClient) readonly dataApi: DataApiClient) {}

  async createRun(body: NewRun): Promise<RunRecord> {
    return (await this.dataApi.post('/api/runs', { body })).data;
  }

  async getRun(id: string): Promise<RunRecord | null> {
    try {
      return (await this.dataApi.get('/api/runs/{id}', { params: { path: { id } } })).data;
    } catch (error) {
      if (error instanceof DataApiNotFoundError) return null;
      throw error;
    }
  }

  /** The latest run an engineering task started (runs.task_id, the typed link); null before it has one. */
  async runOfTask(taskId: string): Promise<RunRecord | null> {
    const { data } = await this.dataApi.get('/api/runs', {
      params: { query: { task_id: taskId, limit: 1, sort: '-created_at' } },
    });
    return data.items[0] ?? null;
  }

  /** Who owns a registry project; null when there is none. */
  async projectOwner(id: string): Promise<string | null> {
    try {
      return (await this.dataApi.get('/api/projects/{id}', { params: { path: { id } } })).data.owner_id;
    } catch (error) {
      if (error instanceof DataApiNotFoundError) return null;
      throw error;
    }
  }

  async listRuns(
    query: RunListQuery,
  ): Promise<{ items: RunRecord[]; next_cursor: string | null; total?: number }> {
    const { data } = await this.dataApi.get('/api/runs', { params: { query } });
    return data;
  }

  /** Changes a run if it is still at `version`; null when it moved on. */
  async updateRun(id: string, version: number, change: RunChange): Promise<RunRecord | null> {
    return this.conditional(() =>
      this.dataApi.patch('/api/runs/{id}', {
        params: { path: { id }, header: { 'if-match': DataApiClient.ifMatch(version) } },
        body: change,
      }),
    );
  }

  /** All of a run's phase records, in one transaction. */
  async createPhases(phases: NewPhase[]): Promise<PhaseRecord[]> {
    return (await this.dataApi.post('/api/run_phases/bulk', { body: phases })).data;
  }

  async phases(runId: string): Promise<PhaseRecord[]> {
    const { data } = await this.dataApi.get('/api/run_phases', {
      params: { query: { run_id: runId, limit: PAGE, sort: 'created_at' } },
    });
    return data.items;
  }

  async phase(runId: string, phase: RunPhase): Promise<PhaseRecord | null> {
    const { data } = await this.dataApi.get('/api/run_phases', {
      params: { query: { run_id: runId, phase: [phase], limit: 1 } },
    });
    return data.items[0] ?? null;
  }

  async updatePhase(id: string, version: number, change: PhaseChange): Promise<PhaseRecord | null> {
    return this.conditional(() =>
      this.dataApi.patch('/api/run_phases/{id}', {
        params: { path: { id }, header: { 'if-match': DataApiClient.ifMatch(version) } },
        body: change,
      }),
    );
  }

  /** Phases marked running whose lease lapsed before `now` (their worker died or never came). */
  async lapsedPhases(now: Date): Promise<PhaseRecord[]> {
    const { data } = await this.dataApi.get('/api/run_phases', {
      params: {
        query: {
          status: ['running'],
          lease_until_before: now.toISOString(),
          limit: PAGE,
          sort: 'created_at',
        },
      },
    });
    return data.items;
  }

  async appendEvent(
    runId: string,
    type: string,
    phase: RunPhase | undefined,
    payload: Record<string, unknown>,
  ): Promise<EventRecord> {
    const body = { run_id: runId, type, payload, ...(phase ? { phase } : {}) };
    return (await this.dataApi.post('/api/run_events', { body })).data;
  }

  /** Events after `afterSeq`, oldest first, at most `limit`. */
  async events(runId: string, afterSeq: number, limit = PAGE): Promise<EventRecord[]> {
    const { data } = await this.dataApi.get('/api/run_events', {
      params: { query: { run_id: runId, seq_after: afterSeq, sort: 'seq', limit: Math.min(limit, PAGE) } },
    });
    return data.items;
  }

  async artifacts(runId: string, phase?: RunPhase): Promise<ArtifactRecord[]> {
    return allPages((cursor) =>
      this.dataApi.get('/api/artifacts', {
        params: {
          query: {
            run_id: runId,
            limit: PAGE,
            sort: 'created_at',
            ...(phase ? { phase: [phase] } : {}),
            cursor,
          },
        },
      }),
    );
  }

  /** Page `page` (from 1) of `limit` artifacts of the run, oldest first, and how many it has in all. */
  async artifactsPage(
    runId: string,
    page: number,
    limit: number,
  ): Promise<{ items: ArtifactRecord[]; total: number }> {
    const { data } = await this.dataApi.get('/api/artifacts', {
      params: { query: { run_id: runId, page, limit, count: true, sort: 'created_at' } },
    });
    return { items: data.items, total: data.total ?? data.items.length };
  }

  async artifact(id: string): Promise<ArtifactRecord | null> {
    try {
      return (await this.dataApi.get('/api/artifacts/{id}', { params: { path: { id } } })).data;
    } catch (error) {
      if (error instanceof DataApiNotFoundError) return null;
      throw error;
    }
  }

  /** Records a file, or updates the record of a file written again (a retried phase). */
  async putArtifact(body: NewArtifact): Promise<ArtifactRecord> {
    try {
      return (await this.dataApi.post('/api/artifacts', { body })).data;
    } catch (error) {
      if (!(error instanceof DataApiConflictError)) throw error;
    }
    const { data } = await this.dataApi.get('/api/artifacts', {
      params: { query: { run_id: body.run_id, phase: [body.phase], name: body.name, limit: 1 } },
    });
    const existing = data.items[0];
    if (!existing) throw new Error(`artifact ${body.name} conflicted but cannot be found`);
    const { run_id: _run, phase: _phase, name: _name, ...change } = body;
    return (
      await this.dataApi.patch('/api/artifacts/{id}', { params: { path: { id: existing.id } }, body: change })
    ).data;
  }

  async removeArtifact(id: string): Promise<void> {
    try {
      await this.dataApi.delete('/api/artifacts/{id}', { params: { path: { id } } });
    } catch (error) {
      if (!(error instanceof DataApiNotFoundError)) throw error;
    }
  }

  /** Adds a model call to the ledger; `created: false` when this response was recorded before. */
  async recordUsage(body: NewUsage): Promise<{ record: UsageRecord | null; created: boolean }> {
    try {
      return { record: (await this.dataApi.post('/api/llm_usage', { body })).data, created: true };
    } catch (error) {
      if (error instanceof DataApiConflictError) return { record: null, created: false };
      throw error;
    }
  }

  async usage(runId: string): Promise<UsageRecord[]> {
    return allPages((cursor) =>
      this.dataApi.get('/api/llm_usage', {
        params: { query: { run_id: runId, limit: PAGE, sort: 'created_at', cursor } },
      }),
    );
  }

  /** The active agent configuration named like a profile's agent, if the registry holds one. */
  async agentConfig(name: string): Promise<Schemas['AgentConfigDto'] | null> {
    const { data } = await this.dataApi.get('/api/agent_configs', {
      params: { query: { name, is_active: true, limit: 1 } },
    });
    return data.items[0] ?? null;
  }

  private async conditional<T>(write: () => Promise<{ data: T }>): Promise<T | null> {
    try {
      return (await write()).data;
    } catch (error) {
      if (error instanceof DataApiPreconditionFailedError) return null;
      throw error;
    }
  }
}

export type RunListQuery = {
  profile?: string;
  status?: RunRecord['status'][];
  owner_id?: string;
  created_after?: string;
  created_before?: string;
  limit?: number;
  cursor?: string;
  count?: boolean;
  sort?: string;
};
