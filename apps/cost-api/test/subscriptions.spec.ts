import type {
  AuditLogEntryDto,
  Page,
  ProblemDto,
  SubscriptionPlanDto,
  SubscriptionPlanPageDto,
  SubscriptionProviderListDto,
} from '@slipway/contracts';
import { CostHarness, type TestOrg } from './harness';

const seatPlan = {
  plan_name: 'Team',
  pricing_model: 'per_seat',
  unit_price: '19.99',
  seats: 3,
  billing_period: 'monthly',
  start_date: '2026-01-01',
};

describe('SaaS subscriptions', () => {
  let cost: CostHarness;
  let a: TestOrg;
  let b: TestOrg;
  const plans = (org: TestOrg, provider = 'openai') =>
    `/api/v1/subscriptions/${org.slug}/providers/${provider}/plans`;
  const post = <T = SubscriptionPlanDto>(org: TestOrg, body: object, provider = 'openai') =>
    cost.request<T>('POST', plans(org, provider), { key: org.key }, { body });

  beforeAll(async () => {
    cost = await CostHarness.start();
    a = await cost.createOrg({ currency: 'EUR', timezone: 'Europe/Paris' });
    b = await cost.createOrg();
  });
  afterAll(async () => {
    await cost.close();
  });

  it('creates a per-seat plan in the organization’s currency, its costs exact', async () => {
    const made = await post(a, seatPlan);
    expect(made.status).toBe(201);
    expect(made.headers.etag).toBe(`"${made.body.version}"`);
    expect(made.body).toMatchObject({
      provider: 'openai',
      currency: 'EUR',
      unit_price: '19.99',
      seats: 3,
      status: 'active',
      end_date: null,
      period_cost: '59.97',
      monthly_cost: '59.97',
    });
    const read = await cost.request<SubscriptionPlanDto>('GET', `${plans(a)}/${made.body.id}`, {
      key: a.key,
    });
    expect(read.body).toEqual(made.body);
  });

  it('answers a repeated Idempotency-Key with the first plan', async () => {
    const send = () =>
      cost.request<SubscriptionPlanDto>(
        'POST',
        plans(a, 'slack'),
        { key: a.key },
        {
          body: seatPlan,
          headers: { 'idempotency-key': 'plan-once' },
        },
      );
    const [first, again] = [await send(), await send()];
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('keeps the smallest amount digit for digit and refuses more digits than the column holds', async () => {
    const tiny = await post(a, {
      ...seatPlan,
      pricing_model: 'flat',
      unit_price: '0.000001',
      seats: undefined,
    });
    expect(tiny.status).toBe(201);
    expect(tiny.body).toMatchObject({ unit_price: '0.000001', period_cost: '0.000001', seats: null });
    expect((await post(a, { ...seatPlan, unit_price: '0.0000001' })).status).toBe(422);
  });

  it('refuses incoherent plans with the field named', async () => {
    const noSeats = await post<ProblemDto>(a, { ...seatPlan, seats: undefined });
    expect(noSeats.status).toBe(422);
    expect(noSeats.body.errors).toEqual([
      { field: 'seats', message: 'seats is required for a per_seat plan' },
    ]);
    const backwards = await post<ProblemDto>(a, { ...seatPlan, end_date: '2025-12-31' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors?.map((e) => e.field)).toEqual(['end_date']);
    for (const bad of [
      { ...seatPlan, pricing_model: 'per_token' },
      { ...seatPlan, billing_period: 'weekly' },
      { ...seatPlan, start_date: '2026-02-30' },
      { ...seatPlan, currency: 'euro' },
    ]) {
      expect((await post(a, bad)).status).toBe(422);
    }
  });

  it('lists by status: an ended plan is expired, a cancelled one cancelled', async () => {
    const ended = await post(a, {
      ...seatPlan,
      plan_name: 'Old',
      start_date: '2024-01-01',
      end_date: '2024-12-31',
    });
    expect(ended.body.status).toBe('expired');
    const cancel = await post(a, { ...seatPlan, plan_name: 'Dropped' });
    const cancelled = await cost.request<SubscriptionPlanDto>(
      'PATCH',
      `${plans(a)}/${cancel.body.id}`,
      { key: a.key },
      {
        body: { status: 'cancelled' },
        headers: { 'if-match': cancel.headers.etag as string },
      },
    );
    expect(cancelled.body.status).toBe('cancelled');
    const names = async (status: string) =>
      (
        await cost.request<SubscriptionPlanPageDto>('GET', `${plans(a)}?status=${status}`, { key: a.key })
      ).body.items.map((plan) => plan.plan_name);
    expect(await names('expired')).toEqual(['Old']);
    expect(await names('cancelled')).toEqual(['Dropped']);
    expect(await names('active')).not.toContain('Old');
  });

  it('changes a plan under If-Match (412 when stale) and deletes it softly', async () => {
    const made = await post(a, { ...seatPlan, plan_name: 'Changing' });
    const url = `${plans(a)}/${made.body.id}`;
    const stale = await cost.request(
      'PATCH',
      url,
      { key: a.key },
      { body: { seats: 4 }, headers: { 'if-match': '"42"' } },
    );
    expect(stale.status).toBe(412);
    const changed = await cost.request<SubscriptionPlanDto>(
      'PATCH',
      url,
      { key: a.key },
      {
        body: { seats: 10, unit_price: '20' },
        headers: { 'if-match': made.headers.etag as string },
      },
    );
    expect(changed.body).toMatchObject({ seats: 10, period_cost: '200', version: made.body.version + 1 });
    expect(
      (await cost.request('PATCH', url, { key: a.key }, { body: { end_date: '2025-01-01' } })).status,
    ).toBe(422);
    expect(
      (await cost.request('DELETE', url, { key: a.key }, { headers: { 'if-match': '"1"' } })).status,
    ).toBe(412);
    expect((await cost.request('DELETE', url, { key: a.key })).status).toBe(204);
    expect((await cost.request('GET', url, { key: a.key })).status).toBe(404);
    const all = await cost.request<SubscriptionPlanPageDto>(
      'GET',
      `${plans(a)}?include_deleted=true&limit=100`,
      {
        key: a.key,
      },
    );
    expect(all.body.items.find((plan) => plan.id === made.body.id)?.deleted_at).toEqual(expect.any(String));
  });

  it('sums each provider’s active plans per month exactly, rounding once', async () => {
    for (const [unit_price, billing_period] of [
      ['100', 'yearly'],
      ['100', 'yearly'],
      ['100', 'yearly'],
      ['300', 'quarterly'],
    ]) {
      await post(
        b,
        { plan_name: 'Tool', pricing_model: 'flat', unit_price, billing_period, start_date: '2026-01-01' },
        'github',
      );
    }
    await post(b, { ...seatPlan, unit_price: '20', seats: 5, currency: 'EUR' }, 'github');
    await post(b, { ...seatPlan, plan_name: 'Ended', end_date: '2026-01-31' }, 'github');
    const listed = await cost.request<SubscriptionProviderListDto>(
      'GET',
      `/api/v1/subscriptions/${b.slug}/providers`,
      {
        key: b.key,
      },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      {
        provider: 'github',
        subscriptions: 6,
        active_subscriptions: 5,
        monthly_cost: [
          { currency: 'EUR', amount: '100' },
          { currency: 'USD', amount: '125' },
        ],
      },
    ]);
  });

  it('shows org B nothing of org A, and checks roles', async () => {
    const mine = await post(a, { ...seatPlan, plan_name: 'Private' });
    expect((await cost.request('GET', `${plans(b)}/${mine.body.id}`, { key: b.key })).status).toBe(404);
    expect((await cost.request('GET', plans(a), { key: b.key })).status).toBe(404);
    expect((await cost.request('GET', `${plans(a)}/not-a-uuid`, { key: a.key })).status).toBe(404);
    expect(
      (await cost.request('PATCH', `${plans(b)}/${mine.body.id}`, { key: b.key }, { body: { seats: 1 } }))
        .status,
    ).toBe(404);
    expect((await cost.request('GET', plans(a), { anonymous: true })).status).toBe(401);
    const viewer = await cost.createKey(a.id, 'viewer');
    expect((await cost.request('GET', plans(a), { key: viewer })).status).toBe(200);
    expect((await cost.request('POST', plans(a), { key: viewer }, { body: seatPlan })).status).toBe(403);
    expect((await cost.request('DELETE', `${plans(a)}/${mine.body.id}`, { key: viewer })).status).toBe(403);
  });

  it('writes every change to the audit log', async () => {
    const audit = await cost.request<Page<AuditLogEntryDto>>(
      'GET',
      `/api/v1/organizations/${a.slug}/audit-logs?target_type=saas_subscription&limit=100`,
      { key: a.key },
    );
    const actions = new Set(audit.body.items.map((entry) => entry.action));
    expect(actions).toEqual(
      new Set(['subscription_plan.create', 'subscription_plan.update', 'subscription_plan.delete']),
    );
  });
});
