import type {
  BudgetReleaseDto,
  BudgetReservationDto,
  BudgetSettlementDto,
  HierarchyNodeDto,
  OrgBudgetsDto,
  ProblemDto,
} from '@slipway/contracts';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { BudgetJobs } from '../src/budgets/budget-jobs';
import { OrgCalendar } from '../src/quota/org-calendar';
import { CostHarness, type Caller, type Reply, type TestOrg } from './harness';
import { HierarchyCaller } from './hierarchy-fixture';

jest.setTimeout(120_000);

/** A call of 1 000 input and at most 500 output tokens at these prices may cost 0.002. */
const PRICE = { provider: 'openai', model: 'gpt-budget', input_per_1m: '1', output_per_1m: '2' };
const CALL = { input_tokens: 1_000, max_output_tokens: 500 };

type Answer = BudgetReservationDto & ProblemDto;

/**
 * Budget reservations through cost-api's routes (in-process, on data-api and Redis): the worst case
 * of each model call held on its node and every ancestor at once, settled, released, lapsed; hard
 * budgets refuse, soft ones notify once per window; spent seeded from the ledger by local day.
 */
describe('budgets: reservations on the hierarchy', () => {
  let cost: CostHarness;

  beforeAll(async () => {
    cost = await CostHarness.start({ ORG_CACHE_TTL_MS: '60000' });
  });
  afterAll(async () => {
    await cost.close();
  });

  /** An organization with the call's price of its own. */
  async function priced(overrides: Record<string, unknown> = {}) {
    const org = await cost.createOrg(overrides);
    await cost.client.post('/api/model_prices', {
      body: { org_id: org.id, ...PRICE, valid_from: '2020-01-01T00:00:00Z', source: 'custom' },
    });
    return { org, h: new HierarchyCaller(cost, org) };
  }

  async function node(
    h: HierarchyCaller,
    code: string,
    budget: { daily?: string; monthly?: string; enforcement?: 'hard' | 'soft' } = {},
    parent?: HierarchyNodeDto,
  ): Promise<HierarchyNodeDto> {
    const created = await h.create(code, parent ? 'team' : 'department', parent);
    if (budget.daily || budget.monthly) {
      const put = await h.call('PUT', `/nodes/${created.id}/budget`, {
        body: {
          daily_budget: budget.daily ?? null,
          monthly_budget: budget.monthly ?? null,
          enforcement: budget.enforcement ?? 'hard',
        },
      });
      expect(put.status).toBe(200);
    }
    return created;
  }

  /** A registry project placed under the node. */
  async function project(org: TestOrg, nodeId: string): Promise<string> {
    const { data } = await cost.client.post('/api/projects', {
      body: { name: `p-${randomUUID().slice(0, 8)}`, modules: [], owner_id: cost.dataApi.users.member.id },
    });
    await cost.client.post('/api/org_projects', {
      body: { project_id: data.id, org_id: org.id, node_id: nodeId },
    });
    return data.id;
  }

  const reserve = (org: TestOrg, body: Record<string, unknown>) =>
    cost.request<Answer>(
      'POST',
      `/api/v1/budgets/reserve/${org.slug}`,
      { service: true },
      {
        body: {
          reservation_id: randomUUID(),
          provider: PRICE.provider,
          model: PRICE.model,
          ...CALL,
          ...body,
        },
      },
    );
  const settle = (org: TestOrg, body: Record<string, unknown>) =>
    cost.request<BudgetSettlementDto & ProblemDto>(
      'POST',
      `/api/v1/budgets/settle/${org.slug}`,
      { service: true },
      { body: { provider: PRICE.provider, model: PRICE.model, ...body } },
    );
  const release = (org: TestOrg, reservationId: string) =>
    cost.request<BudgetReleaseDto>(
      'POST',
      `/api/v1/budgets/release/${org.slug}`,
      { service: true },
      { body: { reservation_id: reservationId } },
    );
  const figures = async (org: TestOrg, nodeId: string) => {
    const reply = await cost.request<OrgBudgetsDto>('GET', `/api/v1/organizations/${org.slug}/budgets`, {
      key: org.key,
    });
    expect(reply.status).toBe(200);
    const found = reply.body.nodes.find((n) => n.node_id === nodeId);
    if (!found) throw new Error(`node ${nodeId} is not in the budgets`);
    return found;
  };
  const burst = (n: number, call: (i: number) => Promise<Reply<Answer>>) =>
    Promise.all(Array.from({ length: n }, (_, i) => call(i)));

  it('holds exactly 37 of 500 concurrent reservations on a hard budget that fits 37, and never spends above it', async () => {
    const { org, h } = await priced();
    const eng = await node(h, 'ENG');
    const team = await node(h, 'ENG.api', { daily: '0.074' }, eng);
    const projectId = await project(org, team.id);
    const answers = await burst(500, () => reserve(org, { project_id: projectId }));
    const held = answers.filter((a) => a.status === 200);
    expect(held).toHaveLength(37);
    expect(
      held.every((a) => a.body.amount === '0.002' && a.body.node_ids.join() === `${eng.id},${team.id}`),
    ).toBe(true);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(463);
    const [first] = refused;
    expect(first.body.code).toBe('budget_exceeded');
    expect(first.body.detail).toMatch(
      /^ENG\.api \(ENG\.api name\) has 0 USD left of its daily budget of 0\.074 USD/,
    );
    expect(first.body.errors?.[0]).toMatchObject({ field: 'daily_budget' });
    expect(first.body.errors?.[0].message).toContain(`node ${team.id}`);
    expect(Number(first.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(first.headers['retry-after'])).toBeLessThanOrEqual(86_400);
    expect(await figures(org, team.id)).toMatchObject({
      enforcement: 'hard',
      daily: { budget: '0.074', spent: '0', reserved: '0.074', remaining: '0' },
    });
    // The ancestor holds what its subtree holds.
    expect((await figures(org, eng.id)).daily).toMatchObject({ budget: null, reserved: '0.074' });

    // Each call cost less than its worst case: settled, the budget has room again, and no more than that.
    for (const a of held)
      expect(
        (
          await settle(org, {
            reservation_id: a.body.reservation_id,
            input_tokens: 1_000,
            output_tokens: 250,
          })
        ).status,
      ).toBe(200);
    expect((await figures(org, team.id)).daily).toMatchObject({
      spent: '0.0555',
      reserved: '0',
      remaining: '0.0185',
    });
    const more = await burst(50, () => reserve(org, { project_id: projectId }));
    expect(more.filter((a) => a.status === 200)).toHaveLength(9);
    const after = (await figures(org, team.id)).daily;
    expect(Number(after.spent) + Number(after.reserved)).toBeLessThanOrEqual(0.074);
  });

  it('holds on every ancestor: a parent budget tighter than its children’s admits 37 across both', async () => {
    const { org, h } = await priced();
    const parent = await node(h, 'OPS', { monthly: '0.074' });
    const left = await node(h, 'OPS.a', { daily: '1' }, parent);
    const right = await node(h, 'OPS.b', { daily: '1' }, parent);
    const projects = [await project(org, left.id), await project(org, right.id)];
    const answers = await burst(500, (i) => reserve(org, { project_id: projects[i % 2] }));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(37);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(463);
    expect(refused.every((a) => a.body.errors?.[0].field === 'monthly_budget')).toBe(true);
    expect(refused[0].body.detail).toMatch(/^OPS \(OPS name\) has 0 USD left of its monthly budget/);
    const [a, b] = [await figures(org, left.id), await figures(org, right.id)];
    expect(Number(a.monthly.reserved) + Number(b.monthly.reserved)).toBeCloseTo(0.074, 10);
    expect((await figures(org, parent.id)).monthly).toMatchObject({ reserved: '0.074', remaining: '0' });
  });

  it('settles to the priced actual, lower or higher, once; a repeated reserve holds nothing again', async () => {
    const { org, h } = await priced();
    const team = await node(h, 'DATA', { daily: '0.01' });
    const [low, high] = [randomUUID(), randomUUID()];
    expect((await reserve(org, { node_id: team.id, reservation_id: low })).body).toMatchObject({
      created: true,
      state: 'open',
    });
    const again = await reserve(org, { node_id: team.id, reservation_id: low });
    expect(again.body).toMatchObject({ created: false, state: 'open', amount: '0.002' });
    await reserve(org, { node_id: team.id, reservation_id: high });
    expect((await figures(org, team.id)).daily).toMatchObject({ spent: '0', reserved: '0.004' });

    // 600 input (200 of them cached, at the input price: the org's price has no cached one) and 100 output.
    const lower = await settle(org, {
      reservation_id: low,
      input_tokens: 600,
      cached_input_tokens: 200,
      output_tokens: 100,
    });
    expect(lower.body).toMatchObject({ amount: '0.0008', reserved_amount: '0.002', was: 'open' });
    // More than held (a longer prompt than estimated): counted as it was.
    const higher = await settle(org, { reservation_id: high, input_tokens: 3_000, output_tokens: 500 });
    expect(higher.body).toMatchObject({ amount: '0.004', was: 'open' });
    const repeated = await settle(org, { reservation_id: high, input_tokens: 3_000, output_tokens: 500 });
    expect(repeated.body).toMatchObject({ amount: '0.004', was: 'settled' });
    expect((await figures(org, team.id)).daily).toMatchObject({
      spent: '0.0048',
      reserved: '0',
      remaining: '0.0052',
    });
  });

  it('gives a released hold back; a released reservation cannot be settled', async () => {
    const { org, h } = await priced();
    const team = await node(h, 'QA', { daily: '0.002' });
    const held = await reserve(org, { node_id: team.id });
    expect((await reserve(org, { node_id: team.id })).status).toBe(429);
    expect((await release(org, held.body.reservation_id)).body).toEqual({
      reservation_id: held.body.reservation_id,
      released: true,
    });
    expect((await release(org, held.body.reservation_id)).body.released).toBe(false);
    expect((await figures(org, team.id)).daily).toMatchObject({ reserved: '0', remaining: '0.002' });
    const late = await settle(org, {
      reservation_id: held.body.reservation_id,
      input_tokens: 10,
      output_tokens: 10,
    });
    expect(late.status).toBe(409);
    expect((await reserve(org, { node_id: team.id })).status).toBe(200);
  });

  it('lapses the hold of an abandoned call (or a lost settle) to spent at its worst case; a rebuild from the ledger has the last word', async () => {
    const { org, h } = await priced();
    const team = await node(h, 'ML', { daily: '0.004' });
    await reserve(org, { node_id: team.id, lease_ms: 1_000 });
    await reserve(org, { node_id: team.id, lease_ms: 1_000 });
    expect((await reserve(org, { node_id: team.id })).status).toBe(429);
    await sleep(1_100);
    const jobs = cost.app.get(BudgetJobs);
    const report = await jobs.expireStale();
    expect(report.expired).toBeGreaterThanOrEqual(2);
    // Their settles never came: the calls may have run, so the budget stays used up.
    expect((await figures(org, team.id)).daily).toMatchObject({
      reserved: '0',
      spent: '0.004',
      remaining: '0',
    });
    expect((await reserve(org, { node_id: team.id })).status).toBe(429);

    // The ledger says what was spent: one of them ran, at 0.001.
    const today = new Date().toISOString().slice(0, 10);
    await cost.client.post('/api/spend_ledger', {
      body: {
        event_id: `test-${randomUUID()}`,
        org_id: org.id,
        occurred_at: new Date().toISOString(),
        local_day: today,
        source: 'run',
        node_id: team.id,
        provider: PRICE.provider,
        model: PRICE.model,
        amount: '0.001',
      },
    });
    const rebuild = (as: Caller) =>
      cost.request<OrgBudgetsDto & ProblemDto>('POST', `/api/v1/admin/budgets/${org.slug}/rebuild`, as);
    expect((await rebuild({ key: org.key })).status).toBe(403);
    const rebuilt = await rebuild({ root: true });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body.nodes.find((n) => n.node_id === team.id)).toMatchObject({
      daily: { spent: '0.001', reserved: '0', remaining: '0.003' },
      monthly: { spent: '0.001' },
    });
    expect((await reserve(org, { node_id: team.id })).status).toBe(200);
    const unknown = await cost.request<ProblemDto>('POST', '/api/v1/admin/budgets/no-such-org/rebuild', {
      root: true,
    });
    expect(unknown.status).toBe(404);
  });

  it('admits calls over a soft budget and notifies once per window on notifications.outbox', async () => {
    const { org, h } = await priced();
    const team = await node(h, 'WEB', { daily: '0.003', enforcement: 'soft' });
    const { data: channel } = await cost.client.post('/api/notification_channels', {
      body: { org_id: org.id, name: 'ops hook', kind: 'webhook', config: {} },
    });
    const { data: rule } = await cost.client.post('/api/notification_rules', {
      body: { org_id: org.id, name: 'budgets', event: 'budget_reached', channel_ids: [channel.id] },
    });
    // A rule for another node's budgets only: its channel is not told.
    const { data: elsewhere } = await cost.client.post('/api/notification_channels', {
      body: { org_id: org.id, name: 'other hook', kind: 'webhook', config: {} },
    });
    await cost.client.post('/api/notification_rules', {
      body: {
        org_id: org.id,
        name: 'other budgets',
        event: 'budget_reached',
        channel_ids: [elsewhere.id],
        filters: { node_ids: [randomUUID()] },
      },
    });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await reserve(org, { node_id: team.id }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.map((a) => a.body.reached.length)).toEqual([0, 1, 0, 0]);
    expect(answers[1].body.reached).toEqual([{ node_id: team.id, period: 'daily', budget: '0.003' }]);
    expect(await figures(org, team.id)).toMatchObject({ enforcement: 'soft', daily: { reserved: '0.008' } });

    const entries = await cost.redis.xrange(`${cost.prefix}notifications.outbox`, '-', '+');
    const mine = entries
      .map(([, fields]) => JSON.parse(fields[1]) as { type: string; payload: Record<string, unknown> })
      .filter((envelope) => envelope.payload.org_id === org.id);
    expect(mine).toHaveLength(1);
    const day = new OrgCalendar('UTC').day(new Date());
    expect(mine[0]).toMatchObject({
      type: 'notifications.outbox',
      payload: {
        channel_id: channel.id,
        rule_id: rule.id,
        event: 'budget_reached',
        event_key: `budget_reached:${team.id}:daily:${day}`,
        data: {
          node_id: team.id,
          period: 'daily',
          window: day,
          budget: '0.003',
          spent: '0',
          reserved: '0.002',
        },
      },
    });
    expect(String(mine[0].payload.title)).toContain('WEB');
  });

  it('seeds spent from the ledger’s rollups by the org’s local day, each node counting its subtree', async () => {
    // UTC+14: the local day is often not UTC's.
    const timezone = 'Pacific/Kiritimati';
    const { org, h } = await priced({ timezone });
    const parent = await node(h, 'FIN', { monthly: '0.1' });
    const team = await node(h, 'FIN.ops', { daily: '0.06' }, parent);
    const calendar = new OrgCalendar(timezone);
    const now = new Date();
    const today = calendar.day(now);
    const yesterday = calendar.day(new Date(calendar.dayStart(now).getTime() - 1));
    const sameMonth = yesterday.slice(0, 7) === today.slice(0, 7);
    const spend = async (localDay: string, amount: string) =>
      cost.client.post('/api/spend_ledger', {
        body: {
          event_id: randomUUID(),
          org_id: org.id,
          occurred_at: new Date().toISOString(),
          local_day: localDay,
          source: 'run',
          node_id: team.id,
          provider: PRICE.provider,
          model: PRICE.model,
          amount,
        },
      });
    await spend(today, '0.05');
    await spend(yesterday, '0.03');
    const monthly = sameMonth ? '0.08' : '0.05';
    expect(await figures(org, team.id)).toMatchObject({
      daily: { budget: '0.06', spent: '0.05', remaining: '0.01' },
      monthly: { budget: null, spent: monthly },
    });
    expect((await figures(org, parent.id)).monthly).toMatchObject({ spent: monthly });
    const answers = await burst(10, () => reserve(org, { node_id: team.id }));
    // 0.01 left today: five calls of 0.002.
    expect(answers.filter((a) => a.status === 200)).toHaveLength(5);
  });

  it('holds a call of a project in no node on nothing, answers 404 for an unknown node, and is for services only', async () => {
    const { org } = await priced();
    const loose = await project(org, (await new HierarchyCaller(cost, org).create('X', 'department')).id);
    const { data: unplaced } = await cost.client.post('/api/projects', {
      body: { name: 'loose', modules: [], owner_id: cost.dataApi.users.member.id },
    });
    expect((await reserve(org, { project_id: unplaced.id })).body).toMatchObject({
      node_ids: [],
      state: 'open',
    });
    expect((await reserve(org, { project_id: loose })).body.node_ids).toHaveLength(1);
    expect((await reserve(org, { node_id: randomUUID() })).status).toBe(404);
    const unpriced = await reserve(org, { project_id: loose, model: 'no-such-model' });
    expect(unpriced.body).toMatchObject({ priced: false, amount: '0' });
    const byKey = await cost.request(
      'POST',
      `/api/v1/budgets/reserve/${org.slug}`,
      { key: org.key },
      { body: { reservation_id: randomUUID(), ...PRICE, ...CALL } },
    );
    expect(byKey.status).toBe(403);
  });
});
