import type {
  CostCacheInvalidatedDto,
  CostSummaryDto,
  CostTotalDto,
  CostTrendDto,
  ProblemDto,
} from '@slipway/contracts';
import { Money } from '@slipway/pricing';
import { cacheGenerationKey } from '../src/costs/cache-generation';
import { OrgCalendar } from '../src/quota/org-calendar';
import { type Caller, CostHarness, type TestOrg } from './harness';
import {
  buildTree,
  FIRST_DAY,
  generateRows,
  groupBy,
  inDays,
  LAST_DAY,
  type LedgerRow,
  NIGHT_CALL,
  record,
  SUB_CENT,
  sums,
  type Tree,
  ZONE,
} from './spend-fixture';

const RANGE = `start_date=${FIRST_DAY}&end_date=${LAST_DAY}`;
const CACHE_ENTRIES = 4;

describe('cost reads', () => {
  let cost: CostHarness;
  let org: TestOrg;
  let other: TestOrg;
  let tree: Tree;
  let rows: LedgerRow[];

  const get = <T>(path: string, as: Caller = { key: org.key }, of: TestOrg = org) =>
    cost.request<T & ProblemDto>('GET', `/api/v1/costs/${of.slug}${path}`, as);

  beforeAll(async () => {
    cost = await CostHarness.start({ COST_CACHE_ENTRIES: String(CACHE_ENTRIES) });
    org = await cost.createOrg({ timezone: ZONE, currency: 'EUR' });
    other = await cost.createOrg();
    tree = await buildTree(cost, org);
    rows = generateRows(org.id, tree, 1500);
    await record(cost, rows);
  });
  afterAll(async () => {
    await cost.close();
  });

  describe('total and summary', () => {
    it('totals the range exactly, per source too, in the organization’s currency', async () => {
      const reply = await get<CostTotalDto>(`/total?${RANGE}`);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        org: org.slug,
        currency: 'EUR',
        period: { start_date: FIRST_DAY, end_date: LAST_DAY, days: 10, period: null, timezone: ZONE },
        total: sums(rows),
      });
      const expected = [...groupBy(rows, (row) => row.source)].map(([source, of]) => ({
        source,
        ...sums(of),
      }));
      expect(reply.body.by_source).toEqual(expect.arrayContaining(expected));
      expect(reply.body.by_source).toHaveLength(expected.length);
    });

    it('groups by provider and model exactly as the ledger rows add up, largest first', async () => {
      const reply = await get<CostSummaryDto>(`/summary?${RANGE}&group_by=provider,model`);
      expect(reply.status).toBe(200);
      const expected = [...groupBy(rows, (row) => `${row.provider}|${row.model ?? ''}`)].map(([, of]) => ({
        key: { provider: of[0].provider, model: of[0].model ?? null },
        ...sums(of),
      }));
      expect(reply.body.groups).toEqual(expect.arrayContaining(expected));
      expect(reply.body).toMatchObject({ group_count: expected.length, truncated: false, total: sums(rows) });
      const amounts = reply.body.groups.map((group) => new Money(group.amount));
      amounts.slice(1).forEach((amount, i) => expect(amount.lte(amounts[i])).toBe(true));
    });

    it('filters and groups by project and user; limit truncates, the total stays whole', async () => {
      const kept = rows.filter((row) => row.provider === 'openai' && ['run', 'planner'].includes(row.source));
      const reply = await get<CostSummaryDto>(
        `/summary?${RANGE}&provider=openai&source=run,planner&group_by=project,user&limit=2`,
      );
      const groups = groupBy(kept, (row) => `${row.project_id ?? ''}|${row.user_id ?? ''}`);
      expect(reply.body).toMatchObject({ group_count: groups.size, truncated: true, total: sums(kept) });
      expect(reply.body.groups).toHaveLength(2);
      for (const group of reply.body.groups) {
        const of = groups.get(`${group.key.project_id ?? ''}|${group.key.user_id ?? ''}`) ?? [];
        expect(group).toMatchObject(sums(of));
      }
    });

    it('keeps a sub-cent call whole', async () => {
      const reply = await get<CostSummaryDto>(`/summary?${RANGE}&user_id=penny&group_by=user`);
      expect(reply.body.groups).toEqual([
        { key: { user_id: 'penny' }, ...sums(rows.filter((r) => r.user_id === 'penny')) },
      ]);
      expect(reply.body.total.amount).toBe(SUB_CENT);
    });

    it('groups by node, labelled with its code and name', async () => {
      const reply = await get<CostSummaryDto>(`/summary?${RANGE}&group_by=node`);
      const lab = reply.body.groups.find((group) => group.key.node_id === tree.lab.id);
      expect(lab).toMatchObject({
        key: { node_id: tree.lab.id, node_code: 'LAB', node_name: 'LAB name' },
        ...sums(rows.filter((row) => row.node_id === tree.lab.id)),
      });
      expect(reply.body.groups.find((group) => group.key.node_id === null)).toMatchObject(
        sums(rows.filter((row) => row.node_id === undefined)),
      );
    });

    it.each([
      [
        'department',
        (tree: Tree) => ({
          [tree.emea.id]: tree.sales,
          [tree.apac.id]: tree.sales,
          [tree.lab.id]: tree.research,
          [tree.research.id]: tree.research,
        }),
      ],
      [
        'team',
        (tree: Tree) => ({ [tree.emea.id]: tree.emea, [tree.apac.id]: tree.apac, [tree.lab.id]: tree.lab }),
      ],
    ] as const)(
      'groups by hierarchy level %s: each node counted under its ancestor there',
      async (level, ancestors) => {
        const at = ancestors(tree);
        const reply = await get<CostSummaryDto>(`/summary?${RANGE}&group_by=level,source&level=${level}`);
        expect(reply.status).toBe(200);
        const expected = [...groupBy(rows, (row) => `${at[row.node_id ?? '']?.id ?? ''}|${row.source}`)].map(
          ([key, of]) => {
            const node = at[of[0].node_id ?? ''];
            return {
              key: {
                level,
                node_id: node?.id ?? null,
                node_code: node?.code ?? null,
                node_name: node?.name ?? null,
                source: of[0].source,
              },
              ...sums(of),
              key_id: key,
            };
          },
        );
        expect(reply.body.groups).toEqual(
          expect.arrayContaining(expected.map(({ key_id: _id, ...group }) => group)),
        );
        expect(reply.body).toMatchObject({ group_count: expected.length, total: sums(rows) });
      },
    );
  });

  describe('trends', () => {
    it('answers every day of the range, zero-filled, each equal to its rows', async () => {
      const reply = await get<CostTrendDto>(`/trend-granular?start_date=2026-02-27&end_date=2026-03-13`);
      expect(reply.status).toBe(200);
      expect(reply.body.buckets).toHaveLength(15);
      const perDay = groupBy(rows, (row) => row.local_day);
      for (const bucket of reply.body.buckets)
        expect(bucket).toEqual({ start: bucket.start, ...sums(perDay.get(bucket.start) ?? []) });
      expect(reply.body.buckets[0]).toMatchObject({ start: '2026-02-27', amount: '0', events: 0 });
      expect(reply.body.total).toEqual(sums(rows));
    });

    it('buckets weeks from Monday and months from the 1st', async () => {
      const weeks = await get<CostTrendDto>(`/trend-granular?${RANGE}&granularity=week`);
      expect(weeks.body.buckets.map((bucket) => bucket.start)).toEqual(['2026-03-02', '2026-03-09']);
      expect(weeks.body.buckets[0]).toMatchObject(sums(inDays(rows, '2026-03-02', '2026-03-08')));
      const months = await get<CostTrendDto>(
        `/trend-granular?start_date=2026-02-15&end_date=2026-03-31&granularity=month`,
      );
      expect(months.body.buckets).toEqual([
        { start: '2026-02-01', ...sums([]) },
        { start: '2026-03-01', ...sums(rows) },
      ]);
    });

    it('buckets hours of the organization’s zone: 23:30 UTC is the next local day’s first hour', async () => {
      const reply = await get<CostTrendDto>(
        `/trend-granular?start_date=2026-03-05&end_date=2026-03-06&granularity=hour`,
      );
      expect(reply.status).toBe(200);
      expect(reply.body.buckets).toHaveLength(48);
      expect(reply.body.buckets[0].start).toBe('2026-03-05T00:00:00+01:00');
      expect(reply.body.buckets[47].start).toBe('2026-03-06T23:00:00+01:00');
      const localHour = (row: LedgerRow) =>
        `${new Date(Date.parse(row.occurred_at) + 3_600_000).toISOString().slice(0, 13)}:00:00+01:00`;
      const perHour = groupBy(inDays(rows, '2026-03-05', '2026-03-06'), localHour);
      for (const bucket of reply.body.buckets)
        expect(bucket).toEqual({ start: bucket.start, ...sums(perHour.get(bucket.start) ?? []) });
      const night = rows.filter((row) => row.occurred_at === NIGHT_CALL);
      expect(night[0].local_day).toBe('2026-03-06');
      expect(reply.body.buckets[24].amount).toBe(sums(perHour.get('2026-03-06T00:00:00+01:00') ?? []).amount);
      expect(new Money(reply.body.buckets[24].amount).gte('1.25')).toBe(true);
      const byDay = await get<CostSummaryDto>(`/summary?${RANGE}&user_id=night-owl&group_by=day`);
      expect(byDay.body.groups).toEqual([{ key: { day: '2026-03-06' }, ...sums(night) }]);
    });

    it('spans up to 31 days by the hour, chunked, the total equal to the days’', async () => {
      const hours = await get<CostTrendDto>(
        `/trend-granular?start_date=2026-02-20&end_date=2026-03-22&granularity=hour`,
      );
      expect(hours.status).toBe(200);
      expect(hours.body.buckets).toHaveLength(31 * 24);
      expect(hours.body.total).toEqual(sums(rows));
    });
  });

  describe('the cache', () => {
    let cached: TestOrg;
    const SUMMARY = `/summary?${RANGE}&group_by=model`;
    const generationKey = () => cacheGenerationKey(cost.prefix, cached.id);

    beforeAll(async () => {
      cached = await cost.createOrg({ timezone: ZONE });
      await record(cost, generateRows(cached.id, await buildTree(cost, cached), 50, 11));
    });

    const read = (path = SUMMARY) => get<CostSummaryDto>(path, { key: cached.key }, cached);
    /** A row the worker writes after the answer was cached. */
    const late = (n: number): LedgerRow => ({
      event_id: `late-${cached.id}-${n}`,
      org_id: cached.id,
      occurred_at: '2026-03-04T12:00:00.000Z',
      local_day: '2026-03-04',
      source: 'run',
      provider: 'openai',
      model: 'gpt-4o',
      input_tokens: 10,
      output_tokens: 10,
      cached_input_tokens: 0,
      amount: '10',
    });

    it('serves the same answer from the cache until the worker bumps the generation', async () => {
      const first = await read();
      expect(first.headers['x-cache']).toBe('miss');
      const second = await read();
      expect(second.headers['x-cache']).toBe('hit');
      expect(second.body).toEqual(first.body);

      await record(cost, [late(1)]);
      const stale = await read();
      expect(stale.headers['x-cache']).toBe('hit');
      expect(stale.body.total.amount).toBe(first.body.total.amount);

      await cost.redis.incr(generationKey()); // what the cost-worker does after writing the org's rows
      const fresh = await read();
      expect(fresh.headers['x-cache']).toBe('miss');
      expect(fresh.body.total.amount).toBe(new Money(first.body.total.amount).plus(10).toFixed());
      expect((await read()).headers['x-cache']).toBe('hit');
    });

    it('drops everything on POST cache/invalidate (members may; viewers may not)', async () => {
      await read();
      await record(cost, [late(2)]);
      const viewer = await cost.createKey(cached.id, 'viewer');
      const refused = await cost.request('POST', `/api/v1/costs/${cached.slug}/cache/invalidate`, {
        key: viewer,
      });
      expect(refused.status).toBe(403);
      const before = Number(await cost.redis.get(generationKey()));
      const member = await cost.createKey(cached.id, 'member');
      const reply = await cost.request<CostCacheInvalidatedDto>(
        'POST',
        `/api/v1/costs/${cached.slug}/cache/invalidate`,
        { key: member },
      );
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ org: cached.slug, generation: before + 1 });
      const after = await read();
      expect(after.headers['x-cache']).toBe('miss');
      expect(after.body.total.events).toBe(52 + 2);
    });

    it('keeps at most COST_CACHE_ENTRIES answers per org, until its next local midnight', async () => {
      for (const day of ['03', '04', '05', '06', '07', '08'])
        expect((await read(`/total?start_date=2026-03-${day}`)).headers['x-cache']).toBe('miss');
      const answers = `${cost.prefix}cost:cache:{org:${cached.id}}`;
      expect(await cost.redis.zcard(`${answers}:lru`)).toBe(CACHE_ENTRIES);
      expect(await cost.redis.hlen(answers)).toBe(CACHE_ENTRIES + 1);
      // The least recently used went first: the oldest two are computed again.
      expect((await read(`/total?start_date=2026-03-08`)).headers['x-cache']).toBe('hit');
      expect((await read(`/total?start_date=2026-03-03`)).headers['x-cache']).toBe('miss');
      const now = Date.now();
      const untilMidnight = new OrgCalendar(ZONE).nextDayStart(new Date(now)).getTime() - now;
      const ttl = await cost.redis.pttl(answers);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(untilMidnight);
    });

    it('never serves a refused query from the cache, nor keeps it', async () => {
      expect((await read('/summary?group_by=colour')).status).toBe(422);
      expect((await read('/summary?group_by=colour')).status).toBe(422);
    });
  });

  describe('access and validation', () => {
    it('lets viewers read; another organization’s key sees a 404', async () => {
      const viewer = await cost.createKey(org.id, 'viewer');
      expect((await get(`/summary?${RANGE}`, { key: viewer })).status).toBe(200);
      expect((await get(`/trend-granular?${RANGE}`, { key: viewer })).status).toBe(200);
      const foreign = await get<ProblemDto>(`/total?${RANGE}`, { key: other.key });
      expect(foreign.status).toBe(404);
      expect(foreign.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await get(`/total`, { key: other.key }, { ...org, slug: 'no-such-org' })).status).toBe(404);
      expect((await get(`/total`, { anonymous: true })).status).toBe(401);
    });

    it('defaults to this month in the organization’s zone', async () => {
      const reply = await get<CostTotalDto>('/total');
      const today = new OrgCalendar(ZONE).day(new Date());
      expect(reply.body.period).toEqual({
        start_date: `${today.slice(0, 8)}01`,
        end_date: today,
        days: Number(today.slice(8)),
        period: 'this_month',
        timezone: ZONE,
      });
    });

    it.each([
      ['/summary?start_date=2026-03-10&end_date=2026-03-01', 'end_date'],
      ['/summary?start_date=2025-01-01&end_date=2026-03-01', 'end_date'],
      ['/trend-granular?start_date=2026-01-01&end_date=2026-02-15&granularity=hour', 'end_date'],
      ['/total?period=today&start_date=2026-03-01', 'period'],
      ['/total?end_date=2026-03-01', 'start_date'],
      ['/total?start_date=2026-02-30', 'start_date'],
      ['/total?period=fortnight', 'period'],
      ['/total?colour=blue', 'colour'],
      ['/summary?group_by=level', 'level'],
      ['/summary?group_by=level&level=galaxy', 'level'],
      ['/summary?group_by=node,level&level=team', 'group_by'],
      ['/summary?level=team', 'level'],
      ['/trend-granular?granularity=minute', 'granularity'],
      ['/summary?include_descendants=true', 'include_descendants'],
    ])('refuses %s with a 422 naming %s', async (path, field) => {
      const reply = await get<ProblemDto>(path);
      expect(reply.status).toBe(422);
      expect(reply.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(reply.body.errors?.map((error) => error.field)).toContain(field);
    });
  });
});
