import Decimal from 'decimal.js';
import type { Page, ProblemDto } from '@slipway/contracts';
import type { AdvanceRunResponse, RunDetail, RunSummary } from '@slipway/contracts/runs';
import type { UsageRecord } from '../src/records/run-records';
import { waitFor } from '@slipway/devstack';
import { RunsHarness } from './harness';
import { startOpenAiStandIn, STAND_IN_API_KEY, type OpenAiStandIn } from './support/openai-stand-in';

const PRICE = { input: '0.0025', output: '0.01', cached: '0.00125' };
const USAGE = { prompt_tokens: 1234, completion_tokens: 567, cached_tokens: 200, reasoning_tokens: 64 };

describe('runs against an OpenAI-compatible provider (local stand-in)', () => {
  let standIn: OpenAiStandIn;
  let h: RunsHarness;

  beforeAll(async () => {
    standIn = await startOpenAiStandIn({ apiKey: STAND_IN_API_KEY, usage: USAGE });
    h = await RunsHarness.start({
      shared: { LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-stand-in' },
      api: { NEXT_WAIT_MS: '400' },
      worker: { LLM_BASE_URL: `${standIn.url}/v1`, LLM_API_KEY: STAND_IN_API_KEY },
    });
    await h.client.post('/api/available_models', {
      body: {
        provider: 'openai',
        model_name: 'gpt-stand-in',
        input_price_per_1k: PRICE.input,
        output_price_per_1k: PRICE.output,
        cached_input_price_per_1k: PRICE.cached,
      },
    });
  });
  afterAll(async () => {
    await h.close();
    await standIn.close();
  });

  const waitForStatus = (id: string, status: string): Promise<RunDetail> =>
    waitFor(async () => {
      const detail = await h.request<RunDetail>('GET', `/runs/${id}`);
      return detail.body.status === status ? detail.body : undefined;
    }, `run ${id} to become ${status}`);

  const waitForPhase = (id: string, phase: string): Promise<RunDetail> =>
    waitFor(async () => {
      const detail = await h.request<RunDetail>('GET', `/runs/${id}`);
      return detail.body.current_phase === phase ? detail.body : undefined;
    }, `run ${id} to reach ${phase}`);

  const waitForLease = (id: string): Promise<string> =>
    waitFor(async () => {
      const { data } = await h.client.get('/api/run_phases', {
        params: { query: { run_id: id, phase: ['planning'], limit: 1 } },
      });
      return data.items[0]?.lease_owner ?? undefined;
    }, 'a worker to take the phase');

  it('records each call’s reported tokens and prices it exactly from available_models', async () => {
    const created = await h.request<RunSummary>('POST', '/runs', {
      body: { profile: 'analytics_forecast_app', intake: 'Forecast bakery demand' },
    });
    const id = created.body.run_id;
    const next = await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`);
    const settled = next.status === 202 ? await waitForStatus(id, 'running') : null;
    expect(next.status === 200 || settled !== null).toBe(true);
    await waitForPhase(id, 'architecture');

    const { data } = await h.client.get('/api/llm_usage', { params: { query: { run_id: id, limit: 100 } } });
    const ledger = (data as Page<UsageRecord>).items;
    expect(ledger.length).toBeGreaterThan(0);
    expect(ledger.length).toBe(standIn.requests.filter((r) => r.body !== null).length);
    const perCall = new Decimal(USAGE.prompt_tokens - USAGE.cached_tokens)
      .times(PRICE.input)
      .plus(new Decimal(USAGE.cached_tokens).times(PRICE.cached))
      .plus(new Decimal(USAGE.completion_tokens).times(PRICE.output))
      .dividedBy(1000);
    expect(perCall.toFixed()).toBe('0.008505');
    for (const row of ledger) {
      expect(row).toMatchObject({
        provider: 'openai',
        model: 'gpt-stand-in',
        input_tokens: 1234,
        output_tokens: 567,
        cached_input_tokens: 200,
        reasoning_tokens: 64,
        cost_usd: perCall.toFixed(),
        estimated: false,
      });
      expect(row.provider_response_id).toMatch(/^chatcmpl-/);
    }
    const metrics = await h.request<{ total_cost_usd_exact: string; total_cost_usd: number }>(
      'GET',
      `/runs/${id}/metrics`,
    );
    const total = perCall.times(ledger.length);
    expect(metrics.body.total_cost_usd_exact).toBe(total.toFixed());
    expect(metrics.body.total_cost_usd).toBe(total.toNumber());
    expect(standIn.requests.every((r) => r.headers.authorization === `Bearer ${STAND_IN_API_KEY}`)).toBe(
      true,
    );
    // Every ledger row also went to the cost service's stream, priced the same.
    const announced = await h.redis.xrange(`${h.prefix}cost.usage`, '-', '+');
    const usage = announced.map(([, fields]) => JSON.parse(fields[1]) as { payload: UsageRecord });
    const mine = usage.filter((u) => u.payload.run_id === id);
    expect(new Set(mine.map((u) => u.payload.provider_response_id))).toEqual(
      new Set(ledger.map((row) => row.provider_response_id)),
    );
    expect(mine.every((u) => u.payload.cost_usd === perCall.toFixed())).toBe(true);
  });

  it('lets a registry agent config of the same name choose the model, temperature and output limit', async () => {
    await h.client.post('/api/agent_configs', {
      body: {
        name: 'qa_engineer',
        provider: 'openai',
        model: 'gpt-stand-in-qa',
        temperature: 0.2,
        max_tokens: 321,
      },
    });
    const created = await h.request<RunSummary>('POST', '/runs', {
      body: { profile: 'analytics_forecast_app' },
    });
    const id = created.body.run_id;
    const seen = standIn.requests.length;
    for (let i = 0; i < 5; i++) {
      await h.request('POST', `/runs/${id}/next`, { body: { skip_validation: true } });
      await waitForPhase(id, ['architecture', 'data', 'development', 'qa', 'documentation'][i]);
    }
    await waitForPhase(id, 'documentation');
    const bodies = standIn.requests.slice(seen).flatMap((r) => (r.body ? [r.body] : []));
    const qa = bodies.filter((b) => b.model === 'gpt-stand-in-qa');
    expect(qa.length).toBeGreaterThan(0);
    expect(qa.every((b) => b.temperature === 0.2 && b.max_tokens === 321)).toBe(true);
    expect(bodies.some((b) => b.model === 'gpt-stand-in')).toBe(true);
  });

  it('answers 202 while a slow phase runs, and a cancel stops it promptly', async () => {
    const created = await h.request<RunSummary>('POST', '/runs', {
      body: { profile: 'analytics_forecast_app' },
    });
    const id = created.body.run_id;
    standIn.script({ kind: 'slow', delayMs: 20_000 }, 3);
    const next = await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`);
    expect(next.status).toBe(202);
    expect(next.body).toMatchObject({
      status: 'running',
      previous_phase: 'planning',
      current_phase: 'planning',
    });
    const busy = await h.request<ProblemDto>('POST', `/runs/${id}/next`);
    expect([busy.status, busy.body.code]).toEqual([409, 'phase_running']);
    await waitForLease(id);
    const started = Date.now();
    const cancel = await h.request<{ status: string }>('POST', `/runs/${id}/cancel`);
    // 202 while the worker stops the phase; 200 when it stopped before the answer was made.
    expect([cancel.status, cancel.body.status]).toEqual(
      cancel.status === 202 ? [202, 'cancelling'] : [200, 'cancelled'],
    );
    expect([200, 202]).toContain(cancel.status);
    // Meanwhile the run advances no more: it is being cancelled, or already is.
    const stopped = await h.request<ProblemDto>('POST', `/runs/${id}/next`);
    expect(stopped.status).toBe(409);
    expect(['run_cancelling', 'run_ended']).toContain(stopped.body.code);
    const cancelled = await waitForStatus(id, 'cancelled');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(cancelled.phases[0]).toMatchObject({ status: 'failed', error: 'cancelled' });
  });
});
