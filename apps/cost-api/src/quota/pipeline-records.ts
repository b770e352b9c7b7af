import { Injectable } from '@nestjs/common';
import type { PipelineKind, PipelineStatus } from '@slipway/contracts';
import { DataApiClient, DataApiConflictError, type Schemas } from '@slipway/data-client';
import { leaseMember } from './admission-keys';
import type { AdmissionSnapshot } from './admission-store';
import type { OrgCalendar } from './org-calendar';

export type PipelineRun = Schemas['PipelineRunRecordDto'];
export type NewPipelineRun = Schemas['CreatePipelineRunRecordDto'];

/** Pages read when listing an org's unfinished pipelines: far above any concurrency limit. */
const MAX_OPEN_PAGES = 50;

/**
 * The durable side of admission: pipeline_runs and their state transitions in data-api. The
 * Redis counters are rebuilt from these (`snapshot`); the records are never rebuilt from Redis.
 */
@Injectable()
export class PipelineRecords {
  constructor(private readonly data: DataApiClient) {}

  /** The admission's record, or the one an earlier validate of the same pipeline made. */
  async createOrFind(run: NewPipelineRun): Promise<{ record: PipelineRun; created: boolean }> {
    try {
      const { data } = await this.data.post('/api/pipeline_runs', { body: run });
      await this.transition(data.id, null, 'admitted', 'admitted by the validator');
      return { record: data, created: true };
    } catch (error) {
      if (!(error instanceof DataApiConflictError)) throw error;
      const existing = await this.find(run.org_id, run.kind, run.pipeline_id);
      if (!existing) throw error;
      return { record: existing, created: false };
    }
  }

  async find(orgId: string, kind: PipelineKind, pipelineId: string): Promise<PipelineRun | null> {
    const { data } = await this.data.get('/api/pipeline_runs', {
      params: { query: { org_id: orgId, kind: [kind], pipeline_id: pipelineId, limit: 1 } },
    });
    return data.items[0] ?? null;
  }

  /** Moves a record to `status`, with its transition row; `changes` are further columns. */
  async finish(
    record: PipelineRun,
    status: PipelineStatus,
    reason: string,
    changes: Schemas['UpdatePipelineRunRecordDto'] = {},
  ): Promise<PipelineRun> {
    const { data } = await this.data.patch('/api/pipeline_runs/{id}', {
      params: { path: { id: record.id } },
      body: { status, completed_at: new Date().toISOString(), ...changes },
    });
    await this.transition(record.id, record.status, status, reason);
    return data;
  }

  /**
   * The recorded lease end moves with the heartbeat, so a rebuild after a Redis restart keeps the
   * slot. Answers the record as it now is.
   */
  async extendLease(record: PipelineRun, until: Date): Promise<PipelineRun> {
    const { data } = await this.data.patch('/api/pipeline_runs/{id}', {
      params: { path: { id: record.id } },
      body: { lease_expires_at: until.toISOString() },
    });
    return data;
  }

  /**
   * What the records say of the org's current day and month (`calendar`, its timezone, at `at`):
   * every admission made since the local day and month began, and the unfinished ones' leases.
   * Counted by when they were made, so a change of timezone counts what was admitted in the new
   * window, not a fresh 0.
   */
  async snapshot(orgId: string, calendar: OrgCalendar, at: Date): Promise<AdmissionSnapshot> {
    const [daily, monthly, open] = await Promise.all([
      this.count({ org_id: orgId, created_after: calendar.dayStart(at).toISOString() }),
      this.count({ org_id: orgId, created_after: calendar.monthStart(at).toISOString() }),
      this.open(orgId),
    ]);
    const day = calendar.day(at);
    const month = calendar.month(at);
    return {
      day,
      month,
      dailyUsed: daily,
      monthlyUsed: monthly,
      leases: open.map((run) => ({
        member: leaseMember(run.kind, run.pipeline_id),
        expiresMs: Date.parse(run.lease_expires_at),
      })),
    };
  }

  /** The org's pipelines still `admitted` (running, or abandoned until cleanup-stale marks them). */
  async open(orgId: string): Promise<PipelineRun[]> {
    const runs: PipelineRun[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_OPEN_PAGES; page += 1) {
      const { data } = await this.data.get('/api/pipeline_runs', {
        params: { query: { org_id: orgId, status: ['admitted'], limit: 100, ...(cursor ? { cursor } : {}) } },
      });
      runs.push(...data.items);
      if (!data.next_cursor) break;
      cursor = data.next_cursor;
    }
    return runs;
  }

  private async count(query: { org_id: string; created_after: string }): Promise<number> {
    const { data } = await this.data.get('/api/pipeline_runs', {
      params: { query: { ...query, limit: 1, count: true } },
    });
    return data.total ?? 0;
  }

  private async transition(
    id: string,
    from: PipelineStatus | null,
    to: PipelineStatus,
    reason: string,
  ): Promise<void> {
    await this.data.post('/api/pipeline_state_transitions', {
      body: { pipeline_run_id: id, ...(from ? { from_status: from } : {}), to_status: to, reason },
    });
  }
}
