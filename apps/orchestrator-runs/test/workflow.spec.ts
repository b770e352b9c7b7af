import { RUN_PHASE_ORDER } from '@slipway/contracts';
import type {
  AdvanceRunResponse,
  ArtifactsResponse,
  RunDetail,
  RunMetricsDto,
  RunSummary,
} from '@slipway/contracts/runs';
import { ALICE, BOB, RunsHarness } from './harness';

describe('the seed workflow with the offline template provider', () => {
  let h: RunsHarness;

  beforeAll(async () => {
    h = await RunsHarness.start();
  });
  afterAll(async () => {
    await h.close();
  });

  it('creates, advances through all six phases, lists artifacts and reports metrics', async () => {
    const created = await h.request<RunSummary>('POST', '/runs', {
      body: {
        profile: 'analytics_forecast_app',
        intake: 'Build a demand forecasting app for a chain of bakeries',
        project_name: 'Forecast Project Q4',
        metadata: { client: 'Acme Corp' },
      },
    });
    expect(created.status).toBe(201);
    // Seed RunSummary: a created run is reported running at planning.
    expect(created.body).toMatchObject({
      profile: 'analytics_forecast_app',
      current_phase: 'planning',
      status: 'running',
      mode: 'manual',
    });
    const id = created.body.run_id;

    const detail = await h.request<RunDetail>('GET', `/runs/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.phases.map((p) => p.phase)).toEqual(RUN_PHASE_ORDER);
    expect(detail.body).toMatchObject({ status: 'running', current_phase: 'planning' });
    expect(detail.body.phases.every((p) => p.status === 'pending')).toBe(true);

    for (const [i, phase] of RUN_PHASE_ORDER.entries()) {
      const next = await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`, { body: {} });
      expect({ phase, status: next.status, text: next.status === 200 ? '' : next.text }).toEqual({
        phase,
        status: 200,
        text: '',
      });
      expect(next.body.previous_phase).toBe(phase);
      if (i < RUN_PHASE_ORDER.length - 1) {
        expect(next.body).toMatchObject({ current_phase: RUN_PHASE_ORDER[i + 1], status: 'running' });
      } else {
        expect(next.body).toMatchObject({ current_phase: 'documentation', status: 'completed' });
      }
    }
    const done = await h.request<RunDetail>('GET', `/runs/${id}`);
    expect(done.body.status).toBe('completed');
    expect(done.body.phases.every((p) => p.status === 'completed')).toBe(true);

    const artifacts = await h.request<ArtifactsResponse>('GET', `/runs/${id}/artifacts`);
    expect(artifacts.status).toBe(200);
    expect(Object.keys(artifacts.body.artifacts_by_phase).sort()).toEqual([...RUN_PHASE_ORDER].sort());
    expect(artifacts.body.artifacts_by_phase.planning.map((a) => a.name)).toContain('PRD.md');
    const prd = artifacts.body.artifacts_by_phase.planning.find((a) => a.name === 'PRD.md');
    if (!prd) throw new Error('PRD.md was not recorded');
    const file = await h.request<string>('GET', prd.download_url);
    expect(file.status).toBe(200);
    expect(file.text).toMatch(/^# /m);
    expect(Buffer.byteLength(file.text)).toBe(prd.size_bytes);

    // The seed's pagination: ?page=&limit=, oldest first, total_count of the whole run on every page.
    const all = Object.values(artifacts.body.artifacts_by_phase).flat();
    const pageIds = async (page: number) => {
      const reply = await h.request<ArtifactsResponse>('GET', `/runs/${id}/artifacts?page=${page}&limit=5`);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ total_count: all.length, page, limit: 5 });
      return { ids: Object.values(reply.body.artifacts_by_phase).flat(), next: reply.body.next_page };
    };
    const first = await pageIds(1);
    expect(first.ids).toHaveLength(5);
    expect(first.next).toBe(2);
    const pages = [first];
    while (pages[pages.length - 1].next !== null) pages.push(await pageIds(pages.length + 1));
    const paged = pages.flatMap((p) => p.ids.map((a) => a.artifact_id));
    expect(paged).toHaveLength(all.length);
    expect(new Set(paged)).toEqual(new Set(all.map((a) => a.artifact_id)));
    const defaults = await h.request<ArtifactsResponse>('GET', `/runs/${id}/artifacts?page=1`);
    expect(defaults.body).toMatchObject({ page: 1, limit: 20 });
    for (const bad of ['limit=101', 'page=0', 'limit=x', 'colour=red']) {
      expect((await h.request('GET', `/runs/${id}/artifacts?${bad}`)).status).toBe(422);
    }

    const metrics = await h.request<RunMetricsDto>('GET', `/runs/${id}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.body.phases_metrics).toHaveLength(6);
    expect(metrics.body.total_token_usage.input).toBeGreaterThan(0);
    expect(metrics.body.governance_score).toBe(1);
    expect(metrics.body.total_cost_usd).toBeGreaterThan(0);
    expect(metrics.body.estimated_completion).toMatchObject({ remaining_seconds: 0, remaining_phases: [] });

    expect((await h.request('GET', `/runs/${id}`, { as: BOB })).status).toBe(404);
    expect((await h.request('GET', `/runs/${id}`, { as: null })).status).toBe(401);
    expect(ALICE.id).toBe('alice');
  });
});
