import { Inject, Injectable } from '@nestjs/common';
import type { BudgetPeriod, ReservationState } from '@slipway/contracts';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import { whole } from '../quota/admission-scripts';
import { budgetKeys, openOrgsKey } from './budget-keys';
import {
  CLOSED_KEEP_MS,
  DAY_TTL_S,
  FIGURES,
  MONTH_TTL_S,
  PRUNE_STALE,
  RELEASE,
  RESERVE,
  SEED,
  SETTLE,
} from './budget-scripts';
import type {
  BudgetFigures,
  CrossedBudget,
  ReservationRecord,
  ReserveOutcome,
  ReserveRequest,
  SettleOutcome,
  SettleRequest,
} from './budget.types';

type Reply = (string | number)[];
type Args = (string | number)[];

interface BudgetCommands {
  slipwayBudgetReserve(...keysAndArgs: Args): Promise<Reply>;
  slipwayBudgetSettle(...keysAndArgs: Args): Promise<Reply>;
  slipwayBudgetRelease(...keysAndArgs: Args): Promise<Reply>;
  slipwayBudgetPrune(...keysAndArgs: Args): Promise<number>;
  slipwayBudgetFigures(...keysAndArgs: Args): Promise<[number, number, string[], string[], string[]]>;
  slipwayBudgetSeed(...keysAndArgs: Args): Promise<number>;
}

/** Open holds of an org that one prune releases at most (pruneStale repeats until none is left). */
const PRUNE_BATCH = 500;

const micros = (value: string | number | undefined): number => Number(value ?? 0);
const budgetArg = (value: number | null): number => (value === null ? -1 : whole('budget', value, 0));

/** A flat HGETALL answer as node → amount, the markers (`_seeded`, `_rebuilt`) left out. */
function amounts(flat: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < flat.length; i += 2)
    if (!flat[i].startsWith('_')) out.set(flat[i], Number(flat[i + 1]));
  return out;
}

/**
 * The atomic core of budgets: a call's worst case held on its node and every ancestor at once, or
 * refused by the first hard budget it would go over, in one Lua script per call; settled to what
 * the call cost, released, or lapsed. Spent per window is a projection of the ledger's rollups: a
 * window with none answers `needs_seed` instead of admitting against zero. Time is the caller's.
 */
@Injectable()
export class BudgetStore {
  private readonly redis: Redis & BudgetCommands;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {
    // Reserve, settle and figures take 8, 6 and 6 keys; EVALSHA after the first call of each.
    redis.defineCommand('slipwayBudgetReserve', { numberOfKeys: 8, lua: RESERVE });
    redis.defineCommand('slipwayBudgetSettle', { numberOfKeys: 6, lua: SETTLE });
    redis.defineCommand('slipwayBudgetRelease', { numberOfKeys: 4, lua: RELEASE });
    redis.defineCommand('slipwayBudgetPrune', { numberOfKeys: 4, lua: PRUNE_STALE });
    redis.defineCommand('slipwayBudgetFigures', { numberOfKeys: 6, lua: FIGURES });
    redis.defineCommand('slipwayBudgetSeed', { numberOfKeys: 1, lua: SEED });
    this.redis = redis as Redis & BudgetCommands;
  }

  async reserve(request: ReserveRequest): Promise<ReserveOutcome> {
    const keys = budgetKeys(this.prefix, request.orgId);
    const record: ReservationRecord = {
      ...request.record,
      s: 'open',
      a: String(whole('amount', request.amount, 0)),
      n: request.path.map((node) => node.id),
      e: String(request.nowMs + request.leaseMs),
      d: request.day,
      m: request.month,
    };
    const answer = await this.redis.slipwayBudgetReserve(
      ...this.common(keys),
      keys.spentDaily(request.day),
      keys.spentMonthly(request.month),
      keys.reachedDaily(request.day),
      keys.reachedMonthly(request.month),
      whole('now', request.nowMs, 0),
      request.reservationId,
      record.a,
      whole('lease', request.leaseMs, 1),
      DAY_TTL_S,
      MONTH_TTL_S,
      CLOSED_KEEP_MS,
      JSON.stringify(record),
      request.path.length,
      ...request.path.flatMap((node) => [
        node.id,
        budgetArg(node.daily),
        budgetArg(node.monthly),
        node.hard ? 1 : 0,
      ]),
    );
    const [code, ...rest] = answer;
    if (code === 0) return { outcome: 'needs_seed', period: rest[0] as BudgetPeriod };
    if (code === 2) return { outcome: 'known', state: rest[0] as ReservationState };
    if (code === -1) {
      const [nodeId, period, budget, spent, reserved] = rest;
      return {
        outcome: 'refused',
        nodeId: String(nodeId),
        period: period as BudgetPeriod,
        budget: micros(budget),
        spent: micros(spent),
        reserved: micros(reserved),
      };
    }
    await this.redis.zadd(openOrgsKey(this.prefix), 'GT', request.nowMs + request.leaseMs, request.orgId);
    const reached: CrossedBudget[] = [];
    for (let i = 0; i + 3 < rest.length; i += 4)
      reached.push({
        nodeId: String(rest[i]),
        period: rest[i + 1] as BudgetPeriod,
        spent: micros(rest[i + 2]),
        reserved: micros(rest[i + 3]),
      });
    return { outcome: 'held', reached };
  }

  /** The call ended: its hold is replaced by what it cost, in the windows of `day` and `month`. */
  async settle(request: SettleRequest): Promise<SettleOutcome> {
    const keys = budgetKeys(this.prefix, request.orgId);
    const [code, was, amount] = await this.redis.slipwayBudgetSettle(
      ...this.common(keys),
      keys.spentDaily(request.day),
      keys.spentMonthly(request.month),
      whole('now', request.nowMs, 0),
      request.reservationId,
      whole('actual', request.actual, 0),
      DAY_TTL_S,
      MONTH_TTL_S,
      CLOSED_KEEP_MS,
      JSON.stringify(request.fallback),
    );
    if (code === -1) return { outcome: 'released' };
    if (code === 2) return { outcome: 'repeated', actual: micros(amount) };
    const held = was === 'open' ? micros(amount) : null;
    return { outcome: 'settled', was: was as 'open' | 'expired' | 'unknown', held };
  }

  /** The call failed: its hold comes back. False when nothing was held (and an unknown id is remembered as released). */
  async release(orgId: string, reservationId: string, nowMs: number): Promise<boolean> {
    const keys = budgetKeys(this.prefix, orgId);
    const tombstone: ReservationRecord = {
      s: 'released',
      a: '0',
      n: [],
      e: String(nowMs),
      provider: '',
      model: '',
      price: null,
    };
    const [code] = await this.redis.slipwayBudgetRelease(
      ...this.common(keys),
      whole('now', nowMs, 0),
      reservationId,
      CLOSED_KEEP_MS,
      JSON.stringify(tombstone),
    );
    return code === 1;
  }

  /** Forgets that a soft budget was notified in its window (the notification failed: the next crossing sends it). */
  async unmarkReached(orgId: string, period: BudgetPeriod, window: string, nodeId: string): Promise<void> {
    const keys = budgetKeys(this.prefix, orgId);
    await this.redis.hdel(
      period === 'daily' ? keys.reachedDaily(window) : keys.reachedMonthly(window),
      nodeId,
    );
  }

  /** The record of a reservation, as held now (its price, for the settle). */
  async record(orgId: string, reservationId: string): Promise<ReservationRecord | null> {
    const held = await this.redis.hget(budgetKeys(this.prefix, orgId).reservations, reservationId);
    if (held === null) return null;
    const record = JSON.parse(held) as ReservationRecord;
    // An empty list comes back from Lua's cjson as {}.
    return { ...record, n: Array.isArray(record.n) ? record.n : [] };
  }

  /**
   * Lapses every hold of the org whose lease has passed (abandoned calls, lost settles), as every
   * script does for a batch on its way: each is charged as spent at its worst case in the windows
   * it was held in, until a late settle or a rebuild from the ledger says what it cost. Answers how
   * many lapsed.
   */
  async pruneStale(orgId: string, nowMs: number): Promise<number> {
    const keys = budgetKeys(this.prefix, orgId);
    let total = 0;
    for (;;) {
      const pruned = await this.redis.slipwayBudgetPrune(
        ...this.common(keys),
        whole('now', nowMs, 0),
        CLOSED_KEEP_MS,
        PRUNE_BATCH,
      );
      total += pruned;
      if (pruned < PRUNE_BATCH) return total;
    }
  }

  /** Organizations that held reservations whose leases may have lapsed by `nowMs` (an index; pruning is per org). */
  async orgsWithLeasesUntil(nowMs: number): Promise<string[]> {
    return this.redis.zrangebyscore(openOrgsKey(this.prefix), '-inf', nowMs);
  }

  /** Drops orgs from the index whose latest lease ended at or before `nowMs` (after they were pruned). */
  async forgetOrgsUntil(orgIds: string[], nowMs: number): Promise<void> {
    if (orgIds.length === 0) return;
    const key = openOrgsKey(this.prefix);
    // Only those not held again since: a reserve after the read raised their score above nowMs.
    const scores = await this.redis.zmscore(key, ...orgIds);
    const stale = orgIds.filter((_, i) => scores[i] !== null && Number(scores[i]) <= nowMs);
    if (stale.length) await this.redis.zrem(key, ...stale);
  }

  /** Spent per node in the windows of `day` and `month`, and the holds, expired ones released first. */
  async figures(orgId: string, day: string, month: string, nowMs: number): Promise<BudgetFigures> {
    const keys = budgetKeys(this.prefix, orgId);
    const [daySeeded, monthSeeded, daily, monthly, reserved] = await this.redis.slipwayBudgetFigures(
      ...this.common(keys),
      keys.spentDaily(day),
      keys.spentMonthly(month),
      whole('now', nowMs, 0),
      CLOSED_KEEP_MS,
    );
    return {
      daily: { seeded: daySeeded === 1, spent: amounts(daily) },
      monthly: { seeded: monthSeeded === 1, spent: amounts(monthly) },
      reserved: amounts(reserved),
    };
  }

  /** Writes the ledger's figures of one window unless it is seeded already; true when written. */
  seed(orgId: string, period: BudgetPeriod, window: string, spent: Map<string, number>): Promise<boolean> {
    return this.writeSeed(false, orgId, period, window, spent);
  }

  /** Sets one window to the ledger's figures whatever Redis holds (repair, once the ledger has caught up), at `nowMs`. */
  rebuild(
    orgId: string,
    period: BudgetPeriod,
    window: string,
    spent: Map<string, number>,
    nowMs: number,
  ): Promise<boolean> {
    return this.writeSeed(true, orgId, period, window, spent, nowMs);
  }

  private async writeSeed(
    force: boolean,
    orgId: string,
    period: BudgetPeriod,
    window: string,
    spent: Map<string, number>,
    nowMs = 0,
  ): Promise<boolean> {
    const keys = budgetKeys(this.prefix, orgId);
    const key = period === 'daily' ? keys.spentDaily(window) : keys.spentMonthly(window);
    const pairs = [...spent].flatMap(([node, amount]) => [node, whole('spent', amount, 0)]);
    const written = await this.redis.slipwayBudgetSeed(
      key,
      force ? 1 : 0,
      period === 'daily' ? DAY_TTL_S : MONTH_TTL_S,
      whole('now', nowMs, 0),
      ...pairs,
    );
    return written === 1;
  }

  private common(keys: ReturnType<typeof budgetKeys>): string[] {
    return [keys.reserved, keys.leases, keys.reservations, keys.closed];
  }
}
