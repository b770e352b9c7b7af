import type { Page } from '@slipway/contracts';
import type { ProblemDto } from '@slipway/contracts';
import type { AdvanceRunResponse, RunDetail, RunMetricsDto, RunSummary } from '@slipway/contracts/runs';
import type { UsageRecord } from '../src/records/run-records';
import { RunsHarness, TEST_PROFILES_DIR } from './harness';

describe('governance gates the advance', () => {
  let h: RunsHarness;

  beforeAll(async () => {
    // A 16-token output limit cuts every JSON plan short: each phase fails its "valid" check.
    h = await RunsHarness.start({
      shared: { PROFILES_DIR: TEST_PROFILES_DIR },
      api: { RATE_LIMIT_ADVANCE_PER_MINUTE: '5' },
      worker: { LLM_MAX_OUTPUT_TOKENS: '16' },
    });
  });
  afterAll(async () => {
    await h.close();
  });

  async function ledger(runId: string): Promise<UsageRecord[]> {
    const { data } = await h.client.get('/api/llm_usage', {
      params: { query: { run_id: runId, limit: 100 } },
    });
    return (data as Page<UsageRecord>).items;
  }

  it('blocks with 422 naming the failed checks, re-executes without counting usage twice, and advances with skip_validation', async () => {
    const created = await h.request<RunSummary>('POST', '/runs', {
      body: { profile: 'tiny_json', intake: 'A plan for a plan' },
    });
    expect(created.status).toBe(201);
    const id = created.body.run_id;

    const blocked = await h.request<ProblemDto>('POST', `/runs/${id}/next`);
    expect(blocked.status).toBe(422);
    expect(blocked.body.code).toBe('governance_failed');
    expect(blocked.body.detail).toMatch(/^1 governance check\(s\) of planning failed/);
    expect(blocked.body.errors).toEqual([
      { field: 'planning.json', message: expect.stringMatching(/^valid: .*skip_validation/) },
    ]);
    const held = await h.request<RunDetail>('GET', `/runs/${id}`);
    expect(held.body).toMatchObject({ status: 'awaiting_approval', current_phase: 'planning' });
    expect(held.body.awaiting_approval).toMatchObject({ reason: 'governance', phase: 'planning' });
    expect(held.body.metadata).toEqual({});
    const heldMetrics = await h.request<RunMetricsDto>('GET', `/runs/${id}/metrics`);
    expect(heldMetrics.body.phases_metrics[0]).toMatchObject({
      phase: 'planning',
      governance_passed: false,
      governance_failed_checks: [{ artifact: 'planning.json', check: 'valid', message: expect.any(String) }],
    });
    const usageBefore = await ledger(id);
    expect(usageBefore).toHaveLength(1);

    // Again without skipping: the phase runs again; the offline provider answers the same request
    // with the same response id, so the ledger still holds one row.
    const again = await h.request<ProblemDto>('POST', `/runs/${id}/next`, {
      body: { skip_validation: false },
    });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('governance_failed');
    const detail = await h.request<RunDetail>('GET', `/runs/${id}`);
    expect(detail.body.phases[0]).toMatchObject({ phase: 'planning', status: 'completed', attempt: 1 });
    expect(await ledger(id)).toHaveLength(1);

    const skipped = await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`, {
      body: { skip_validation: true },
    });
    expect(skipped.status).toBe(200);
    expect(skipped.body).toMatchObject({
      previous_phase: 'planning',
      current_phase: 'architecture',
      status: 'running',
    });

    // skip_validation on a phase not yet executed: executes it and advances despite failing checks.
    const through = await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`, {
      body: { skip_validation: true },
    });
    expect(through.status).toBe(200);
    expect(through.body).toMatchObject({ previous_phase: 'architecture', current_phase: 'data' });

    const metrics = await h.request<{ governance_score: number; errors_count: number }>(
      'GET',
      `/runs/${id}/metrics`,
    );
    expect(metrics.body.governance_score).toBeLessThan(1);
    expect(metrics.body.errors_count).toBeGreaterThan(0);
  });

  it('limits how often one user advances runs (429 with Retry-After), per user', async () => {
    const bob = { id: 'bob', email: 'bob@example.com' };
    const created = await h.request<RunSummary>('POST', '/runs', { as: bob, body: { profile: 'tiny_json' } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const reply = await h.request('POST', `/runs/${created.body.run_id}/next`, { as: bob });
      statuses.push(reply.status);
      if (reply.status === 429) expect(Number(reply.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(statuses[5]).toBe(429);
  });

  it('refuses an unknown profile with 422 and creates nothing', async () => {
    const before = await h.request<{ items: unknown[] }>('GET', '/runs');
    const reply = await h.request<ProblemDto>('POST', '/runs', { body: { profile: 'no_such_profile' } });
    expect(reply.status).toBe(422);
    expect(reply.body.errors?.[0]?.field).toBe('profile');
    const after = await h.request<{ items: unknown[] }>('GET', '/runs');
    expect(after.body.items).toHaveLength(before.body.items.length);
  });
});
