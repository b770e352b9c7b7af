import { testRedis } from '@slipway/devstack';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { OrgCalendar } from '../quota/org-calendar';
import { BudgetStore } from './budget-store';
import type { BudgetNode, ReservationRecord, ReserveRequest } from './budget.types';

const DAY = '2026-05-04';
const MONTH = '2026-05';
const PRICE = { provider: 'openai', model: 'gpt-test', price: null };

/** The budget store on real Redis, five connections as five replicas of cost-api would hold. */
describe('BudgetStore (real Redis)', () => {
  const { url, prefix } = testRedis();
  const connections = Array.from({ length: 5 }, () => new Redis(url, { enableAutoPipelining: true }));
  const stores = connections.map((redis) => new BudgetStore(redis, prefix));
  const store = stores[0];

  afterAll(async () => {
    const keys = await connections[0].keys(`${prefix}*`);
    if (keys.length) await connections[0].del(...keys);
    await Promise.all(connections.map((redis) => redis.quit()));
  });

  const node = (overrides: Partial<BudgetNode> = {}): BudgetNode => ({
    id: randomUUID(),
    daily: null,
    monthly: null,
    hard: true,
    ...overrides,
  });

  /** A new org whose day and month windows are seeded with nothing spent. */
  const seededOrg = async (day = DAY, month = MONTH) => {
    const orgId = randomUUID();
    await store.seed(orgId, 'daily', day, new Map());
    await store.seed(orgId, 'monthly', month, new Map());
    return orgId;
  };

  const reserve = (
    orgId: string,
    path: BudgetNode[],
    amount: number,
    overrides: Partial<ReserveRequest> = {},
    on = store,
  ) =>
    on.reserve({
      orgId,
      reservationId: randomUUID(),
      day: DAY,
      month: MONTH,
      nowMs: Date.now(),
      leaseMs: 60_000,
      amount,
      path,
      record: PRICE,
      ...overrides,
    });

  const settle = (orgId: string, reservationId: string, actual: number, fallback: string[] = []) => {
    const record: ReservationRecord = { s: 'settled', a: '0', n: fallback, e: '0', ...PRICE };
    return store.settle({
      orgId,
      reservationId,
      day: DAY,
      month: MONTH,
      nowMs: Date.now(),
      actual,
      fallback: record,
    });
  };

  const spentOf = async (orgId: string, nodeId: string, day = DAY, month = MONTH) => {
    const figures = await store.figures(orgId, day, month, Date.now());
    return {
      daily: figures.daily.spent.get(nodeId) ?? 0,
      monthly: figures.monthly.spent.get(nodeId) ?? 0,
      reserved: figures.reserved.get(nodeId) ?? 0,
    };
  };

  it('holds exactly 37 of 500 concurrent reservations on a daily budget that fits 37, over five connections', async () => {
    const orgId = await seededOrg();
    const root = node();
    const team = node({ daily: 37 * 2_000 });
    const outcomes = await Promise.all(
      Array.from({ length: 500 }, (_, i) => reserve(orgId, [root, team], 2_000, {}, stores[i % 5])),
    );
    expect(outcomes.filter((o) => o.outcome === 'held')).toHaveLength(37);
    expect(outcomes.filter((o) => o.outcome === 'refused' && o.nodeId === team.id)).toHaveLength(463);
    await expect(spentOf(orgId, team.id)).resolves.toEqual({ daily: 0, monthly: 0, reserved: 74_000 });
    // Held on the ancestor too, though it has no budget of its own.
    await expect(spentOf(orgId, root.id)).resolves.toMatchObject({ reserved: 74_000 });
  });

  it('refuses by the tightest budget on the path, all or nothing: a refused call holds on no node', async () => {
    const orgId = await seededOrg();
    const parent = node({ monthly: 5_000 });
    const [a, b] = [node({ daily: 1_000_000 }), node({ daily: 1_000_000 })];
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => reserve(orgId, [parent, i % 2 ? a : b], 1_000)),
    );
    expect(outcomes.filter((o) => o.outcome === 'held')).toHaveLength(5);
    expect(outcomes).toContainEqual(
      expect.objectContaining({ outcome: 'refused', nodeId: parent.id, period: 'monthly', budget: 5_000 }),
    );
    const [left, right] = await Promise.all([spentOf(orgId, a.id), spentOf(orgId, b.id)]);
    expect(left.reserved + right.reserved).toBe(5_000);
  });

  it('refuses any call, even one priced at 0, once a hard budget is used up', async () => {
    const orgId = await seededOrg();
    const team = node({ daily: 1_000 });
    await expect(reserve(orgId, [team], 1_000)).resolves.toMatchObject({ outcome: 'held' });
    await expect(reserve(orgId, [team], 0)).resolves.toMatchObject({ outcome: 'refused', reserved: 1_000 });
    await expect(reserve(orgId, [node({ daily: 0 })], 0)).resolves.toMatchObject({ outcome: 'refused' });
  });

  it('settles a hold to the actual, lower or higher, once; a repeated reserve holds nothing again', async () => {
    const orgId = await seededOrg();
    const team = node({ daily: 10_000 });
    const [low, high] = [randomUUID(), randomUUID()];
    await reserve(orgId, [team], 3_000, { reservationId: low });
    await expect(reserve(orgId, [team], 3_000, { reservationId: low })).resolves.toEqual({
      outcome: 'known',
      state: 'open',
    });
    await reserve(orgId, [team], 3_000, { reservationId: high });
    await expect(spentOf(orgId, team.id)).resolves.toEqual({ daily: 0, monthly: 0, reserved: 6_000 });
    await expect(settle(orgId, low, 1_200)).resolves.toEqual({
      outcome: 'settled',
      was: 'open',
      held: 3_000,
    });
    await expect(settle(orgId, high, 3_500)).resolves.toMatchObject({ outcome: 'settled', was: 'open' });
    await expect(settle(orgId, high, 3_500)).resolves.toEqual({ outcome: 'repeated', actual: 3_500 });
    await expect(spentOf(orgId, team.id)).resolves.toEqual({ daily: 4_700, monthly: 4_700, reserved: 0 });
    await expect(reserve(orgId, [team], 5_300)).resolves.toMatchObject({ outcome: 'held' });
    await expect(reserve(orgId, [team], 1)).resolves.toMatchObject({ outcome: 'refused', spent: 4_700 });
  });

  it('gives a released hold back; a released reservation cannot be settled; an unknown one is charged on the nodes given', async () => {
    const orgId = await seededOrg();
    const team = node({ daily: 2_000 });
    const id = randomUUID();
    await reserve(orgId, [team], 2_000, { reservationId: id });
    await expect(reserve(orgId, [team], 1)).resolves.toMatchObject({ outcome: 'refused' });
    await expect(store.release(orgId, id, Date.now())).resolves.toBe(true);
    await expect(store.release(orgId, id, Date.now())).resolves.toBe(false);
    await expect(settle(orgId, id, 500)).resolves.toEqual({ outcome: 'released' });
    await expect(spentOf(orgId, team.id)).resolves.toEqual({ daily: 0, monthly: 0, reserved: 0 });
    await expect(settle(orgId, randomUUID(), 700, [team.id])).resolves.toMatchObject({ was: 'unknown' });
    await expect(spentOf(orgId, team.id)).resolves.toMatchObject({ daily: 700, reserved: 0 });
  });

  it('lapses an abandoned hold to spent at its worst case; a late settle replaces it by what the call cost', async () => {
    const orgId = await seededOrg();
    const parent = node({ monthly: 10_000 });
    const team = node({ daily: 1_000 });
    const id = randomUUID();
    await reserve(orgId, [parent, team], 1_000, { reservationId: id, leaseMs: 200 });
    await expect(reserve(orgId, [team], 1)).resolves.toMatchObject({ outcome: 'refused' });
    await sleep(250);
    await expect(store.pruneStale(orgId, Date.now())).resolves.toBe(1);
    // The settle may have been lost with the call run: the hold counts as spent, on every node.
    await expect(spentOf(orgId, team.id)).resolves.toEqual({ daily: 1_000, monthly: 1_000, reserved: 0 });
    await expect(spentOf(orgId, parent.id)).resolves.toEqual({ daily: 1_000, monthly: 1_000, reserved: 0 });
    await expect(reserve(orgId, [team], 1)).resolves.toMatchObject({ outcome: 'refused' });
    await expect(store.record(orgId, id)).resolves.toMatchObject({ s: 'expired', n: [parent.id, team.id] });
    await expect(settle(orgId, id, 400)).resolves.toEqual({ outcome: 'settled', was: 'expired', held: null });
    await expect(spentOf(orgId, team.id)).resolves.toEqual({ daily: 400, monthly: 400, reserved: 0 });
    await expect(spentOf(orgId, parent.id)).resolves.toEqual({ daily: 400, monthly: 400, reserved: 0 });
    await expect(settle(orgId, id, 400)).resolves.toMatchObject({ outcome: 'repeated' });
    await expect(spentOf(orgId, team.id)).resolves.toMatchObject({ daily: 400 });
  });

  it('lets a rebuild from the ledger have the last word over a lapse, and a late settle after it take back nothing', async () => {
    const orgId = await seededOrg();
    const team = node({ daily: 1_000 });
    const id = randomUUID();
    await reserve(orgId, [team], 1_000, { reservationId: id, leaseMs: 100 });
    await sleep(150);
    await store.pruneStale(orgId, Date.now());
    await expect(spentOf(orgId, team.id)).resolves.toMatchObject({ daily: 1_000 });
    // The ledger knows of no such call: it never ran.
    await store.rebuild(orgId, 'daily', DAY, new Map(), Date.now());
    await expect(spentOf(orgId, team.id)).resolves.toMatchObject({ daily: 0, monthly: 1_000 });
    await expect(store.figures(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({
      daily: { seeded: true, spent: new Map() },
    });
    // It did run after all, and its settle arrives: charged, with no worst case left to take back by day.
    await settle(orgId, id, 300);
    await expect(spentOf(orgId, team.id)).resolves.toMatchObject({ daily: 300, monthly: 300 });
  });

  it('prunes lapsed holds on the way of the next reserve, without any job', async () => {
    const orgId = await seededOrg();
    const team = node({ daily: 2_000 });
    const id = randomUUID();
    await reserve(orgId, [team], 1_000, { reservationId: id, leaseMs: 100 });
    await sleep(150);
    await expect(reserve(orgId, [team], 1_000)).resolves.toMatchObject({ outcome: 'held' });
    await expect(store.record(orgId, id)).resolves.toMatchObject({ s: 'expired' });
    await expect(spentOf(orgId, team.id)).resolves.toMatchObject({ daily: 1_000, reserved: 1_000 });
    await expect(store.orgsWithLeasesUntil(Date.now() + 120_000)).resolves.toContain(orgId);
  });

  it('marks a soft budget reached once per window, still holding every call', async () => {
    const orgId = await seededOrg();
    const team = node({ daily: 1_500, hard: false });
    const first = await reserve(orgId, [team], 1_000);
    const second = await reserve(orgId, [team], 1_000);
    const third = await reserve(orgId, [team], 1_000);
    expect(first).toEqual({ outcome: 'held', reached: [] });
    expect(second).toEqual({
      outcome: 'held',
      reached: [{ nodeId: team.id, period: 'daily', spent: 0, reserved: 1_000 }],
    });
    expect(third).toEqual({ outcome: 'held', reached: [] });
    const tomorrow = await reserve(orgId, [team], 2_000, { day: '2026-05-05' });
    expect(tomorrow).toEqual({ outcome: 'needs_seed', period: 'daily' });
    await store.seed(orgId, 'daily', '2026-05-05', new Map());
    await expect(reserve(orgId, [team], 2_000, { day: '2026-05-05' })).resolves.toMatchObject({
      reached: [{ nodeId: team.id, period: 'daily' }],
    });
  });

  it('rolls the daily window at the org’s local midnight, not UTC’s; the month goes on counting', async () => {
    const calendar = new OrgCalendar('Pacific/Auckland');
    const before = new Date('2026-05-04T11:59:00Z'); // 23:59 on 4 May in Auckland (UTC+12)
    const after = new Date('2026-05-04T12:01:00Z'); // 00:01 on 5 May there, still 4 May in UTC
    const [day1, day2, month] = [calendar.day(before), calendar.day(after), calendar.month(after)];
    expect([day1, day2, month]).toEqual(['2026-05-04', '2026-05-05', '2026-05']);
    const orgId = await seededOrg(day1, month);
    const team = node({ daily: 1_000, monthly: 1_800 });
    const at = (when: Date, day: string) => ({ day, month, nowMs: when.getTime(), leaseMs: 3_600_000 });
    const held = randomUUID();
    await reserve(orgId, [team], 1_000, { ...at(before, day1), reservationId: held });
    await store.settle({
      ...at(before, day1),
      orgId,
      reservationId: held,
      actual: 1_000,
      fallback: { s: 'settled', a: '0', n: [], e: '0', ...PRICE },
    });
    await expect(reserve(orgId, [team], 500, at(before, day1))).resolves.toMatchObject({
      outcome: 'refused',
      period: 'daily',
    });
    await expect(reserve(orgId, [team], 500, at(after, day2))).resolves.toEqual({
      outcome: 'needs_seed',
      period: 'daily',
    });
    await store.seed(orgId, 'daily', day2, new Map());
    await expect(reserve(orgId, [team], 500, at(after, day2))).resolves.toMatchObject({ outcome: 'held' });
    // 1 000 spent on the 4th and 500 held: the month has 300 left.
    await expect(reserve(orgId, [team], 500, at(after, day2))).resolves.toMatchObject({
      outcome: 'refused',
      period: 'monthly',
      spent: 1_000,
      reserved: 500,
    });
  });

  it('seeds a window once, on top of what settles wrote before it; a rebuild sets it to the ledger', async () => {
    const orgId = randomUUID();
    const team = node();
    await store.settle({
      orgId,
      reservationId: randomUUID(),
      day: DAY,
      month: MONTH,
      nowMs: Date.now(),
      actual: 300,
      fallback: { s: 'settled', a: '0', n: [team.id], e: '0', ...PRICE },
    });
    await expect(store.seed(orgId, 'daily', DAY, new Map([[team.id, 1_000]]))).resolves.toBe(true);
    await expect(store.seed(orgId, 'daily', DAY, new Map([[team.id, 9_999]]))).resolves.toBe(false);
    await expect(store.figures(orgId, DAY, MONTH, Date.now())).resolves.toMatchObject({
      daily: { seeded: true, spent: new Map([[team.id, 1_300]]) },
      monthly: { seeded: false },
    });
    await store.rebuild(orgId, 'daily', DAY, new Map([[team.id, 1_250]]), Date.now());
    await expect(spentOf(orgId, team.id)).resolves.toMatchObject({ daily: 1_250 });
  });

  it('keeps amounts exact up to 2^53 micro-units', async () => {
    const orgId = await seededOrg();
    const big = 2 ** 52 + 1;
    const team = node({ daily: Number.MAX_SAFE_INTEGER });
    const id = randomUUID();
    await reserve(orgId, [team], big, { reservationId: id });
    await expect(spentOf(orgId, team.id)).resolves.toMatchObject({ reserved: big });
    await settle(orgId, id, big - 1);
    await expect(spentOf(orgId, team.id)).resolves.toEqual({ daily: big - 1, monthly: big - 1, reserved: 0 });
  });
});
