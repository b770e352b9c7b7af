import type {
  OnboardedOrganizationDto,
  OrgBudgetsDto,
  PlannerResponse,
  ProblemDto,
} from '@slipway/contracts';
import type { RunDetail, RunSummary } from '@slipway/contracts/runs';
import { freePort, waitFor } from '@slipway/devstack';
import { Money, sumMoney } from '@slipway/pricing';
import { BUILT, startServiceProcess, type ServiceProcess } from '@slipway/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { RunsHarness, SERVICE_TOKEN, TEMPLATE_PRICE } from './harness';

jest.setTimeout(120_000);

const ROOT_KEY = `budgets-root-${randomBytes(16).toString('hex')}`;
const TEMPLATE = { provider: 'template', model: 'slipway-template-1' };
const per1m = (per1k: string) => new Money(per1k).times(1000).toFixed();

/**
 * Model calls within their organization’s budgets, end to end — a run’s phases and the planner’s
 * requests: orchestrator-runs and an agent worker in-process, cost-api the built process on the
 * same data-api and Redis. The template provider's model is priced in cost-api as the registry
 * prices it, so what a phase spends in its node's budget is what its usage ledger says it cost.
 */
describe('agent-worker and planner: model calls within the budgets of the organization’s hierarchy', () => {
  let h: RunsHarness;
  let cost: ServiceProcess;
  let slug: string;
  let orgKey: string;
  let orgId: string;
  let member: { id: string; email: string };

  const call = async <T>(path: string, method: string, headers: Record<string, string>, body?: unknown) => {
    const response = await fetch(`${cost.url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
  const asRoot = { 'x-api-key': ROOT_KEY };
  const asService = { 'x-service-token': SERVICE_TOKEN };

  beforeAll(async () => {
    const port = await freePort();
    h = await RunsHarness.start({ shared: { COST_API_URL: `http://127.0.0.1:${port}` } });
    cost = await startServiceProcess(
      BUILT.costApi,
      {
        SERVICE_TOKEN,
        DATA_API_URL: h.dataApiUrl,
        REDIS_URL: h.redisUrl,
        REDIS_PREFIX: h.prefix,
        COST_ROOT_API_KEY: ROOT_KEY,
        ORG_CACHE_TTL_MS: '0',
        LOG_LEVEL: 'warn',
        SHUTDOWN_DRAIN_MS: '0',
      },
      { port, readyTimeoutMs: 45_000 },
    );
    member = { id: h.dataApi.users.member.id, email: 'member@example.com' };
    expect((await call('/api/v1/admin/bootstrap', 'POST', asRoot)).status).toBe(200);
    slug = `budgets-${randomBytes(3).toString('hex')}`;
    const onboarded = await call<OnboardedOrganizationDto>('/api/v1/organizations/onboard', 'POST', asRoot, {
      slug,
      name: 'Budgeted',
      currency: 'USD',
      timezone: 'Europe/Paris',
      country: 'FR',
    });
    expect(onboarded.status).toBe(201);
    orgKey = onboarded.body.api_key.key;
    orgId = onboarded.body.organization.id;
    await h.client.post('/api/model_prices', {
      body: {
        org_id: orgId,
        ...TEMPLATE,
        input_per_1m: per1m(TEMPLATE_PRICE.input),
        output_per_1m: per1m(TEMPLATE_PRICE.output),
        cached_input_per_1m: per1m(TEMPLATE_PRICE.cached),
        valid_from: '2020-01-01T00:00:00Z',
        source: 'custom',
      },
    });
  });
  afterAll(async () => {
    await h?.close();
    await cost?.stop();
  });

  /** A node with a hard daily budget, and a project of the member's under it. */
  async function budgeted(code: string, daily: string): Promise<{ nodeId: string; projectId: string }> {
    const asOrg = { 'x-api-key': orgKey };
    const node = await call<{ id: string }>(`/api/v1/hierarchy/${slug}/nodes`, 'POST', asOrg, {
      code,
      name: `${code} team`,
      level: 'department',
    });
    expect(node.status).toBe(201);
    const budget = await call(`/api/v1/hierarchy/${slug}/nodes/${node.body.id}/budget`, 'PUT', asOrg, {
      daily_budget: daily,
      monthly_budget: null,
      enforcement: 'hard',
    });
    expect(budget.status).toBe(200);
    const { data: project } = await h.client.post('/api/projects', {
      body: { name: `${code} project`, modules: [], owner_id: member.id },
    });
    const attached = await call(`/api/v1/hierarchy/${slug}/nodes/${node.body.id}/projects`, 'POST', asRoot, {
      project_id: project.id,
    });
    expect(attached.status).toBe(200);
    return { nodeId: node.body.id, projectId: project.id };
  }

  /** Creates a manual run of the project and runs its first phase to its end. */
  async function firstPhase(projectId: string): Promise<RunDetail> {
    const created = await h.request<RunSummary>('POST', '/runs', {
      as: member,
      body: { profile: 'analytics_forecast_app', intake: 'Forecast demand per store', project_id: projectId },
    });
    expect(created.status).toBe(201);
    const id = created.body.run_id;
    await h.request('POST', `/runs/${id}/next`, { as: member });
    return waitFor(async () => {
      const { body } = await h.request<RunDetail>('GET', `/runs/${id}`, { as: member });
      const planning = body.phases.find((p) => p.phase === 'planning');
      return planning?.status === 'completed' || planning?.status === 'failed' ? body : undefined;
    }, `run ${id}’s first phase to end`);
  }

  /** Another call of the node spends 0.015 (5 000 input tokens of the template model), past a budget of 0.01. */
  async function spendAll(nodeId: string): Promise<void> {
    const reservation = randomUUID();
    const held = await call(`/api/v1/budgets/reserve/${slug}`, 'POST', asService, {
      reservation_id: reservation,
      node_id: nodeId,
      ...TEMPLATE,
      input_tokens: 100,
      max_output_tokens: 100,
    });
    expect(held.status).toBe(200);
    const settled = await call(`/api/v1/budgets/settle/${slug}`, 'POST', asService, {
      reservation_id: reservation,
      input_tokens: 5_000,
      output_tokens: 0,
    });
    expect(settled.status).toBe(200);
  }

  const dailyOf = async (nodeId: string) => {
    const reply = await call<OrgBudgetsDto>(`/api/v1/organizations/${slug}/budgets`, 'GET', {
      'x-api-key': orgKey,
    });
    expect(reply.status).toBe(200);
    const node = reply.body.nodes.find((n) => n.node_id === nodeId);
    if (!node) throw new Error(`no budgets of node ${nodeId}`);
    return node.daily;
  };

  it('reserves each model call of a phase on its node and settles it to what the call cost', async () => {
    const { nodeId, projectId } = await budgeted('DATA', '10');
    const run = await firstPhase(projectId);
    expect(run.phases.find((p) => p.phase === 'planning')?.status).toBe('completed');
    const usage = (await h.client.get('/api/llm_usage', { params: { query: { run_id: run.run_id } } })).data
      .items;
    expect(usage.length).toBeGreaterThan(0);
    const ledger = sumMoney(usage.map((row) => row.cost_usd));
    const daily = await dailyOf(nodeId);
    expect(daily.reserved).toBe('0');
    // Each call is counted in whole micro-dollars, rounded up.
    const spent = new Money(daily.spent);
    expect(spent.greaterThanOrEqualTo(ledger)).toBe(true);
    expect(spent.minus(ledger).lessThan(new Money(usage.length).times('0.000001'))).toBe(true);
  });

  it('fails the phase with budget_exceeded when the node’s hard budget is spent, in the phase, the run and its events', async () => {
    const { nodeId, projectId } = await budgeted('ML', '0.01');
    await spendAll(nodeId);
    expect(await dailyOf(nodeId)).toMatchObject({ spent: '0.015', remaining: '0' });

    const run = await firstPhase(projectId);
    const planning = run.phases.find((p) => p.phase === 'planning');
    expect(planning?.status).toBe('failed');
    expect(planning?.error).toMatch(
      /^budget_exceeded: ML \(ML team\) has 0 USD left of its daily budget of 0\.01 USD/,
    );
    const ended = await waitFor(async () => {
      const { body } = await h.request<RunDetail>('GET', `/runs/${run.run_id}`, { as: member });
      return body.status === 'failed' ? body : undefined;
    }, 'the run to fail');
    expect(ended.error).toMatch(/^planning: budget_exceeded: /);
    const { data: events } = await h.client.get('/api/run_events', {
      params: { query: { run_id: run.run_id, limit: 100 } },
    });
    const failed = events.items.find((event) => event.type === 'phase.failed');
    expect(failed?.payload).toMatchObject({ retryable: false, error: planning?.error });
    expect(events.items.some((event) => event.type === 'phase.retrying')).toBe(false);
    // Nothing was called, nothing was held.
    expect(
      (await h.client.get('/api/llm_usage', { params: { query: { run_id: run.run_id } } })).data.items,
    ).toEqual([]);
    expect((await dailyOf(nodeId)).reserved).toBe('0');
  });

  it('answers a planner request over a hard budget 429 budget_exceeded with Retry-After; one within it is charged', async () => {
    // The offline planner's calls, priced at 1 per million tokens either way.
    await h.client.post('/api/model_prices', {
      body: {
        org_id: orgId,
        provider: 'offline',
        model: 'slipway-planner-1',
        input_per_1m: '1',
        output_per_1m: '1',
        valid_from: '2020-01-01T00:00:00Z',
        source: 'custom',
      },
    });
    const roomy = await budgeted('PLAN', '10');
    const refine = (projectId: string) =>
      h.request<PlannerResponse & ProblemDto>('POST', '/api/planner/refine', {
        as: member,
        body: { project_id: projectId, feedback: 'add Payments' },
      });
    const charged = await refine(roomy.projectId);
    expect(charged.status).toBe(200);
    const tokens = charged.body.usage.input_tokens + charged.body.usage.output_tokens;
    expect(tokens).toBeGreaterThan(0);
    expect(await dailyOf(roomy.nodeId)).toMatchObject({
      spent: new Money(tokens).dividedBy(1_000_000).toFixed(),
      reserved: '0',
    });

    const spent = await budgeted('PLANX', '0.01');
    await spendAll(spent.nodeId);
    const refused = await refine(spent.projectId);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('budget_exceeded');
    expect(refused.body.detail).toMatch(/^PLANX \(PLANX team\) has 0 USD left of its daily budget/);
    const retryAfter = Number(refused.headers['retry-after']);
    // Until the next midnight in Paris.
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(25 * 3_600);
    expect((await dailyOf(spent.nodeId)).reserved).toBe('0');
  });
});
