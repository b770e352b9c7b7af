import type { CiJobFinished, RecomputeQueuedDto } from '@slipway/contracts';
import { waitFor } from '@slipway/devstack';
import { Money, sumMoney } from '@slipway/pricing';
import { randomUUID } from 'node:crypto';
import { cacheGenerationKey } from '../src/costs/cache-generation';
import { CostWorkerHarness, GLOBAL_PRICE, type LedgerRecord } from './cost-worker-harness';

/** An exact amount as one spelling, whatever trailing zeros data-api keeps. */
const exact = (amount: string): string => new Money(amount).toFixed();
const total = (rows: readonly LedgerRecord[]): string => sumMoney(rows.map((row) => row.amount)).toFixed();
const byEvent = (rows: readonly LedgerRecord[]) => new Map(rows.map((row) => [row.event_id, row]));
const isoDay = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('the cost-worker', () => {
  let h: CostWorkerHarness;

  beforeAll(async () => {
    // The schedules run once at start; the tests run them again by hand, undisturbed.
    h = await CostWorkerHarness.start({ QUOTA_RESET_CHECK_MS: '3600000', RESERVATION_SWEEP_MS: '3600000' });
    await h.price();
  });
  afterAll(async () => {
    await h.close();
  });

  it('prices a run’s model calls exactly into the ledger and its rollups, cached input once at its price', async () => {
    const { org, projectId } = await h.orgWithProject();
    const at = '2025-03-04T10:00:00.000Z';
    const calls = [
      h.usage(projectId, {
        input_tokens: 1000,
        cached_input_tokens: 400,
        output_tokens: 200,
        occurred_at: at,
      }),
      h.usage(projectId, {
        input_tokens: 12_345,
        cached_input_tokens: 0,
        output_tokens: 678,
        occurred_at: at,
      }),
      h.usage(projectId, { input_tokens: 7, cached_input_tokens: 7, output_tokens: 1, occurred_at: at }),
    ];
    for (const call of calls) await h.emitUsage(call);

    const rows = byEvent(await h.ledgerOf(org.id, 3));
    // (600 × 2.5 + 400 × 1.25 + 200 × 10) / 1e6; (12345 × 2.5 + 678 × 10) / 1e6; (7 × 1.25 + 10) / 1e6
    const expected = ['0.004', '0.0376425', '0.00001875'];
    calls.forEach((call, i) => {
      const row = rows.get(`run:${call.provider_response_id}`);
      expect(row && exact(row.amount)).toBe(expected[i]);
      expect(row).toMatchObject({
        source: 'run',
        org_id: org.id,
        project_id: projectId,
        run_id: call.run_id,
        user_id: 'user-1',
        provider: GLOBAL_PRICE.provider,
        model: GLOBAL_PRICE.model,
        input_tokens: call.input_tokens - call.cached_input_tokens,
        cached_input_tokens: call.cached_input_tokens,
        output_tokens: call.output_tokens,
        local_day: '2025-03-04',
        currency: 'USD',
      });
      expect(row?.price_id).toEqual(expect.any(String));
      expect(row?.price_snapshot).toMatchObject({
        scope: 'global',
        input_per_1m: '2.5',
        cached_input_per_1m: '1.25',
      });
    });

    const rollups = await h.rollups(org.id, '2025-03-04', '2025-03-04');
    expect(exact(rollups.total.amount)).toBe('0.04166125');
    expect(rollups.total).toMatchObject({
      input_tokens: 600 + 12_345,
      cached_input_tokens: 407,
      output_tokens: 879,
      events: 3,
    });
    // Cached reads of the organization are dropped: its cache generation moved.
    expect(Number(await h.cost.redis.get(cacheGenerationKey(h.cost.prefix, org.id)))).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('counts a redelivered call once, whether the envelope repeats or a new one carries the same call', async () => {
    const { org, projectId } = await h.orgWithProject();
    const call = h.usage(projectId, { occurred_at: '2025-03-05T08:00:00.000Z' });
    const envelope = randomUUID();
    await h.emitUsage(call, envelope);
    await h.emitUsage(call, envelope);
    await h.emitUsage(call);
    await h.emitUsage({ ...call, provider_response_id: call.provider_response_id, cost_usd: '9' });
    await h.drained('cost.usage');

    const rows = await h.ledgerOf(org.id, 1);
    expect(exact(rows[0].amount)).toBe('0.0045');
    const rollups = await h.rollups(org.id, '2025-03-05', '2025-03-05');
    expect(rollups.total).toMatchObject({ events: 1, input_tokens: 1000, output_tokens: 200 });
    expect(exact(rollups.total.amount)).toBe('0.0045');
  });

  it('charges an organization’s override over the global price, and each call the price in force at its time', async () => {
    const model = 'gpt-effective-dates';
    const before = await h.price({ model, valid_to: '2025-06-01T00:00:00.000Z' });
    const after = await h.price({
      model,
      input_per_1m: '5',
      output_per_1m: '20',
      cached_input_per_1m: null,
      valid_from: '2025-06-01T00:00:00.000Z',
    });
    const a = await h.orgWithProject();
    const b = await h.orgWithProject();
    const override = await h.price({
      model,
      org_id: a.org.id,
      input_per_1m: '1',
      output_per_1m: '2',
      cached_input_per_1m: null,
      valid_from: '2025-03-01T00:00:00.000Z',
    });
    const call = (projectId: string, at: string) =>
      h.usage(projectId, { model, input_tokens: 1_000_000, output_tokens: 1_000_000, occurred_at: at });
    const aBefore = call(a.projectId, '2025-02-01T00:00:00.000Z');
    const aAfter = call(a.projectId, '2025-04-01T00:00:00.000Z');
    const bEarly = call(b.projectId, '2025-05-31T23:59:59.999Z');
    const bLate = call(b.projectId, '2025-06-01T00:00:00.000Z');
    for (const usage of [aBefore, aAfter, bEarly, bLate]) await h.emitUsage(usage);

    const aRows = byEvent(await h.ledgerOf(a.org.id, 2));
    const bRows = byEvent(await h.ledgerOf(b.org.id, 2));
    const charged = (rows: Map<string, LedgerRecord>, usage: { provider_response_id: string }) => {
      const row = rows.get(`run:${usage.provider_response_id}`);
      return row && { amount: exact(row.amount), price_id: row.price_id };
    };
    expect(charged(aRows, aBefore)).toEqual({ amount: '12.5', price_id: before.id });
    expect(charged(aRows, aAfter)).toEqual({ amount: '3', price_id: override.id });
    expect(charged(bRows, bEarly)).toEqual({ amount: '12.5', price_id: before.id });
    expect(charged(bRows, bLate)).toEqual({ amount: '25', price_id: after.id });
    expect(aRows.get(`run:${aAfter.provider_response_id}`)?.price_snapshot).toMatchObject({ scope: 'org' });
  });

  it('puts a call at 23:30 UTC on the next local day of an organization at UTC+1', async () => {
    const paris = await h.orgWithProject({ timezone: 'Europe/Paris' });
    const utc = await h.orgWithProject({ timezone: 'UTC' });
    const at = '2025-01-15T23:30:00.000Z';
    await h.emitUsage(h.usage(paris.projectId, { occurred_at: at }));
    await h.emitUsage(h.usage(utc.projectId, { occurred_at: at }));

    expect((await h.ledgerOf(paris.org.id, 1))[0]).toMatchObject({
      local_day: '2025-01-16',
      occurred_at: at,
    });
    expect((await h.ledgerOf(utc.org.id, 1))[0].local_day).toBe('2025-01-15');
    const days = await h.rollups(paris.org.id, '2025-01-15', '2025-01-16', ['local_day']);
    expect(days.groups.map((group) => group.key.local_day)).toEqual(['2025-01-16']);
  });

  it('skips a call of no organization, counted in a metric, and one of no project', async () => {
    const { data: loose } = await h.client.post('/api/projects', {
      body: {
        name: `loose-${randomUUID().slice(0, 8)}`,
        modules: [],
        owner_id: h.cost.dataApi.users.member.id,
      },
    });
    await h.emitUsage(h.usage(loose.id));
    await h.emitUsage({
      ...h.usage(loose.id),
      source: 'planner',
      run_id: undefined,
      phase: undefined,
      project_id: undefined,
    });
    await h.drained('cost.usage');
    const metrics = await h.worker?.inject({ method: 'GET', url: '/metrics' });
    expect(metrics?.body).toMatch(
      /cost_worker_events_skipped_total\{[^}]*source="run"[^}]*reason="no_org"[^}]*\} [1-9]/,
    );
    expect(metrics?.body).toMatch(
      /cost_worker_events_skipped_total\{[^}]*source="planner"[^}]*reason="no_org"[^}]*\} [1-9]/,
    );
    expect(metrics?.body).toMatch(/cost_worker_events_ingested_total\{[^}]*source="run"[^}]*\} [1-9]/);
  });

  it('charges a CI job’s runner time at its executor class’s rate, to the organization of its repository', async () => {
    const repo = `https://git.example.com/acme/app-${randomUUID().slice(0, 8)}.git`;
    const { org, projectId } = await h.orgWithProject({}, { repo_url: repo });
    const job = (overrides: Partial<CiJobFinished>): CiJobFinished => ({
      job_id: randomUUID(),
      status: 'success',
      executor: 'kubernetes',
      clone_url: repo.replace(/\.git$/, ''),
      started_at: '2025-03-06T12:00:00.000Z',
      finished_at: '2025-03-06T12:01:30.500Z',
      duration_ms: 90_500,
      ...overrides,
    });
    const charged = job({});
    await h.emitJob(charged);
    await h.emitJob(charged);
    await h.emitJob(job({ executor: 'docker' }));
    await h.emitJob(job({ clone_url: 'https://git.example.com/nobody/else.git' }));
    await h.drained('ci.job-events');

    const [row] = await h.ledgerOf(org.id, 1);
    // 90.5 s at 0.012 USD per minute.
    expect(exact(row.amount)).toBe('0.0181');
    expect(row).toMatchObject({
      event_id: `ci:${charged.job_id}`,
      source: 'ci',
      project_id: projectId,
      job_id: charged.job_id,
      provider: 'slipway-ci',
      model: 'kubernetes',
      local_day: '2025-03-06',
    });
    expect(exact(row.quantity ?? '')).toBe('90.5');
    const metrics = await h.worker?.inject({ method: 'GET', url: '/metrics' });
    expect(metrics?.body).toMatch(
      /cost_worker_events_skipped_total\{[^}]*source="ci"[^}]*reason="no_rate"[^}]*\} 1/,
    );
    expect(metrics?.body).toMatch(
      /cost_worker_events_skipped_total\{[^}]*source="ci"[^}]*reason="no_org"[^}]*\} 1/,
    );
  });

  it('amortizes each active subscription once per local day, however often it runs', async () => {
    const org = await h.cost.createOrg({ timezone: 'UTC' });
    const subscription = async (body: Record<string, unknown>) =>
      (
        await h.client.post('/api/saas_subscriptions', {
          body: {
            org_id: org.id,
            provider: 'slack',
            plan_name: 'pro',
            pricing_model: 'per_seat',
            unit_price: '8',
            seats: 5,
            currency: 'USD',
            billing_period: 'monthly',
            start_date: isoDay(-60),
            ...body,
          },
        })
      ).data;
    const seats = await subscription({});
    await subscription({ status: 'cancelled' });
    const recent = await subscription({
      pricing_model: 'flat',
      unit_price: '365',
      seats: null,
      billing_period: 'yearly',
      start_date: isoDay(-1),
    });

    await h.schedules().run('saas.amortize');
    const second = (await h.schedules().run('saas.amortize')) as { changed: number };
    expect(second.changed).toBe(0);

    const rows = await h.ledgerOf(org.id, 9);
    const days = Array.from({ length: 7 }, (_, i) => isoDay(i - 6));
    for (const day of days) {
      const row = rows.find((r) => r.event_id === `saas:${seats.id}:${day}`);
      const [year, month] = day.split('-').map(Number);
      const inMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      expect(row && exact(row.amount)).toBe(new Money(40).dividedBy(inMonth).toDecimalPlaces(12).toFixed());
      expect(row).toMatchObject({ source: 'saas', local_day: day, provider: 'slack', model: 'pro' });
    }
    const yearly = rows.filter((row) => row.event_id.startsWith(`saas:${recent.id}:`));
    expect(yearly.map((row) => row.local_day).sort()).toEqual(days.slice(-2));
    const daysInYear = (day: string) => (Number(day.slice(0, 4)) % 4 === 0 ? 366 : 365);
    for (const row of yearly)
      expect(exact(row.amount)).toBe(
        new Money(365).dividedBy(daysInYear(row.local_day)).toDecimalPlaces(12).toFixed(),
      );
  });

  it('recomputes a window after a price change: adjustments correct ledger and rollups, and a second recompute writes nothing', async () => {
    const model = 'gpt-recompute';
    await h.price({ model });
    const { org, projectId } = await h.orgWithProject();
    const calls = ['2025-03-10T09:00:00.000Z', '2025-03-20T09:00:00.000Z', '2025-05-01T09:00:00.000Z'].map(
      (at) => h.usage(projectId, { model, input_tokens: 100_000, output_tokens: 10_000, occurred_at: at }),
    );
    for (const call of calls) await h.emitUsage(call);
    const priced = await h.ledgerOf(org.id, 3);
    expect(total(priced)).toBe('1.05'); // 3 × (100000 × 2.5 + 10000 × 10) / 1e6
    const override = await h.price({
      model,
      org_id: org.id,
      input_per_1m: '1.25',
      output_per_1m: '5',
      cached_input_per_1m: null,
      valid_from: '2025-03-01T00:00:00.000Z',
      valid_to: '2025-04-01T00:00:00.000Z',
    });

    const recompute = () =>
      h.cost.request<RecomputeQueuedDto>(
        'POST',
        '/api/v1/admin/costs/recompute',
        { root: true },
        {
          body: { org: org.slug, from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' },
        },
      );
    const first = await recompute();
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ org: org.slug, status: 'queued', from: '2025-03-01T00:00:00.000Z' });
    expect(await h.jobEnded(first.body.job_id)).toMatchObject({
      state: 'completed',
      result: { adjusted: 2 },
    });

    const rows = await h.ledger(org.id);
    const adjustments = rows.filter((row) => row.source === 'adjustment');
    expect(adjustments).toHaveLength(2);
    for (const adjustment of adjustments) {
      const original = rows.find((row) => row.id === adjustment.adjusts_id);
      expect(exact(adjustment.amount)).toBe('-0.175');
      expect(adjustment).toMatchObject({
        event_id: `recompute:${original?.id}:${override.id}`,
        price_id: override.id,
        local_day: original?.local_day,
        input_tokens: 0,
        output_tokens: 0,
      });
    }
    // Two March calls at (100000 × 1.25 + 10000 × 5) / 1e6 = 0.175 each, the May one as it was.
    expect(total(rows)).toBe('0.7');
    const march = await h.rollups(org.id, '2025-03-01', '2025-03-31');
    expect(exact(march.total.amount)).toBe('0.35');
    expect(march.total.input_tokens).toBe(200_000);
    // The adjustments correct the amounts; the events are still the two model calls.
    expect(march.total.events).toBe(2);
    const bySource = await h.rollups(org.id, '2025-03-01', '2025-03-31', ['source']);
    expect(bySource.groups.find((group) => group.key.source === 'adjustment')?.events).toBe(0);
    const { data: hours } = await h.client.get('/api/spend_ledger/trend', {
      params: { query: { org_id: org.id, from: '2025-03-10T00:00:00Z', to: '2025-03-21T00:00:00Z' } },
    });
    expect([exact(hours.total.amount), hours.total.events]).toEqual(['0.35', 2]);

    const second = await recompute();
    expect(await h.jobEnded(second.body.job_id)).toMatchObject({
      state: 'completed',
      result: { adjusted: 0 },
    });
    expect(await h.ledger(org.id)).toHaveLength(5);
    expect(exact((await h.rollups(org.id, '2025-03-01', '2025-05-31')).total.amount)).toBe('0.7');
  });

  it('refuses a recompute of no window or of an unknown organization', async () => {
    const ask = (body: Record<string, unknown>) =>
      h.cost.request('POST', '/api/v1/admin/costs/recompute', { root: true }, { body });
    expect((await ask({ from: '2025-03-02T00:00:00Z', to: '2025-03-01T00:00:00Z' })).status).toBe(422);
    expect(
      (await ask({ org: 'no-such-org', from: '2025-03-01T00:00:00Z', to: '2025-03-02T00:00:00Z' })).status,
    ).toBe(404);
    expect((await ask({ from: 'yesterday', to: '2025-03-02T00:00:00Z' })).status).toBe(422);
    const org = await h.cost.createOrg();
    const asOrg = await h.cost.request(
      'POST',
      '/api/v1/admin/costs/recompute',
      { key: org.key },
      {
        body: { from: '2025-03-01T00:00:00Z', to: '2025-03-02T00:00:00Z' },
      },
    );
    expect([401, 403]).toContain(asOrg.status);
  });

  it('keeps its schedules in BullMQ and resets each organization’s quotas once per local day', async () => {
    const fresh = await h.cost.createOrg({ timezone: 'Pacific/Kiritimati' });
    const names = h
      .schedules()
      .list()
      .map((schedule) => schedule.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'quota.midnight-resets',
        'quota.expire-reservations',
        'saas.amortize',
        'budgets.expire-reservations',
      ]),
    );
    const stored = await h.cost.redis.keys(`${h.cost.prefix}{cost-jobs}:cost-jobs:repeat:*`);
    expect(stored.length).toBeGreaterThan(0);
    // The run the worker made at start may still be going: a run meeting it is skipped.
    const resets = () =>
      waitFor(async () => {
        const report = (await h.schedules().run('quota.midnight-resets')) as {
          orgs?: string[];
          changed?: number;
        };
        return report.orgs === undefined ? undefined : report;
      }, 'a run of the midnight resets');
    expect((await resets()).orgs).toContain(fresh.slug);
    expect((await resets()).changed).toBe(0);
    const expiry = await waitFor(async () => {
      const report = (await h.schedules().run('budgets.expire-reservations')) as { expired?: number };
      return report.expired === undefined ? undefined : report;
    }, 'a run of the budget reservations’ expiry');
    expect(expiry).toEqual({ organizations: expect.any(Number), expired: expect.any(Number) });
  });
});
