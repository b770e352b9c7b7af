import { Inject, Injectable } from '@nestjs/common';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import { admissionKeys } from './admission-keys';
import {
  DAY_TTL_S,
  EXPIRED_TTL_S,
  MONTH_TTL_S,
  PRUNE_STALE,
  RENEW,
  RESERVE,
  SEED,
  USAGE,
  renewArguments,
  reserveArguments,
  whole,
  windowKeys,
} from './admission-scripts';
import type {
  AdmissionQuota,
  AdmissionSnapshot,
  AdmissionUsage,
  RenewOutcome,
  ReserveOutcome,
  ReserveRequest,
  SeedResult,
} from './admission.types';

const REFUSED: Record<number, AdmissionQuota> = { [-1]: 'daily', [-2]: 'monthly', [-3]: 'concurrent' };

type Figures = [number, number, number, number];

interface AdmissionCommands {
  slipwayAdmissionReserve(...keysAndArgs: (string | number)[]): Promise<Figures>;
  slipwayAdmissionRenew(...keysAndArgs: (string | number)[]): Promise<number>;
  slipwayAdmissionPrune(...keysAndArgs: (string | number)[]): Promise<string[]>;
  slipwayAdmissionUsage(...keysAndArgs: (string | number)[]): Promise<Figures>;
  slipwayAdmissionSeed(...keysAndArgs: (string | number)[]): Promise<[number, ...Figures]>;
}

/**
 * The atomic core of pipeline admission: a daily and a monthly count and a concurrency lease
 * reserved together or not at all, in one Lua script per call. The figures in Redis are a
 * projection of data-api's pipeline_runs: a missing projection answers `needs_seed` instead of
 * admitting against zero. Time is the caller's (its clock), passed as epoch ms.
 */
@Injectable()
export class AdmissionStore {
  private readonly redis: Redis & AdmissionCommands;
  /** Seeds this process is writing, by org: concurrent admissions after a restart read the records once. */
  private readonly seeding = new Map<string, Promise<void>>();

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {
    // EVALSHA after the first call; the scripts' text is sent only when Redis does not know them.
    redis.defineCommand('slipwayAdmissionReserve', { numberOfKeys: 5, lua: RESERVE });
    redis.defineCommand('slipwayAdmissionRenew', { numberOfKeys: 3, lua: RENEW });
    redis.defineCommand('slipwayAdmissionPrune', { numberOfKeys: 3, lua: PRUNE_STALE });
    redis.defineCommand('slipwayAdmissionUsage', { numberOfKeys: 5, lua: USAGE });
    redis.defineCommand('slipwayAdmissionSeed', { numberOfKeys: 5, lua: SEED });
    this.redis = redis as Redis & AdmissionCommands;
  }

  /** Counts the pipeline today and this month and gives it a slot, or refuses naming the first full quota. */
  async reserve(request: ReserveRequest): Promise<ReserveOutcome> {
    const [code, daily, monthly, concurrent] = await this.redis.slipwayAdmissionReserve(
      ...reserveArguments(this.prefix, request),
    );
    const usage = { daily, monthly, concurrent };
    if (code === 0) return { outcome: 'needs_seed' };
    if (code > 0) return { outcome: 'admitted', counted: code === 1, usage };
    const quota = REFUSED[code];
    return { outcome: 'refused', quota, used: usage[quota], limit: request.limits[quota], usage };
  }

  /**
   * `reserve`, seeding the org from `records` first when Redis lost it. Concurrent callers of one
   * process share one read of the records; of several processes seeding at once one writes, and
   * every caller then reserves against the same figures.
   */
  async admit(request: ReserveRequest, records: () => Promise<AdmissionSnapshot>): Promise<ReserveOutcome> {
    const first = await this.reserve(request);
    if (first.outcome !== 'needs_seed') return first;
    let seeding = this.seeding.get(request.orgId);
    if (!seeding) {
      seeding = this.seedFrom(request, records).finally(() => this.seeding.delete(request.orgId));
      this.seeding.set(request.orgId, seeding);
    }
    await seeding;
    const second = await this.reserve(request);
    if (second.outcome === 'needs_seed')
      throw new Error(`organization ${request.orgId} lost its seed at once`);
    return second;
  }

  /** The heartbeat: the lease runs `leaseMs` from now again, if it is still live. */
  async renew(orgId: string, member: string, nowMs: number, leaseMs: number): Promise<RenewOutcome> {
    const answer = await this.redis.slipwayAdmissionRenew(
      ...renewArguments(this.prefix, orgId, member, nowMs, leaseMs),
    );
    return answer === 1 ? 'renewed' : answer === 0 ? 'needs_seed' : 'gone';
  }

  /** Frees the slot; the counts stay (a finished pipeline still counts for its day). False if none was held. */
  async release(orgId: string, member: string): Promise<boolean> {
    return (await this.redis.zrem(admissionKeys(this.prefix, orgId).leases, member)) === 1;
  }

  /** The figures as they stand, changing nothing; leases past their expiry are not counted. */
  async usage(orgId: string, day: string, month: string, nowMs: number) {
    const [seeded, daily, monthly, concurrent] = await this.redis.slipwayAdmissionUsage(
      ...windowKeys(this.prefix, orgId, day, month),
      whole('now', nowMs, 0),
    );
    return { seeded: seeded === 1, daily, monthly, concurrent };
  }

  /** Writes the records' figures unless the org is seeded already (after a restart, before admitting). */
  seed(orgId: string, records: AdmissionSnapshot, nowMs: number): Promise<SeedResult> {
    return this.writeSeed(false, orgId, records, nowMs);
  }

  /** Writes the records' figures whatever Redis holds (repair); `before` against the records is the drift repaired. */
  rebuild(orgId: string, records: AdmissionSnapshot, nowMs: number): Promise<SeedResult> {
    return this.writeSeed(true, orgId, records, nowMs);
  }

  /** Redis minus the records, per quota: positive when Redis counts more (the drift metric). */
  async drift(orgId: string, records: AdmissionSnapshot, nowMs: number): Promise<AdmissionUsage> {
    const held = await this.usage(orgId, records.day, records.month, nowMs);
    const live = records.leases.filter((lease) => lease.expiresMs > nowMs).length;
    return {
      daily: held.daily - records.dailyUsed,
      monthly: held.monthly - records.monthlyUsed,
      concurrent: held.concurrent - live,
    };
  }

  /** Forgets the day's count (an administrative reset); answers the count it had. */
  async resetDaily(orgId: string, day: string): Promise<number> {
    return Number(await this.redis.getdel(admissionKeys(this.prefix, orgId).daily(day)));
  }

  async resetMonthly(orgId: string, month: string): Promise<number> {
    return Number(await this.redis.getdel(admissionKeys(this.prefix, orgId).monthly(month)));
  }

  /**
   * Prunes the expired leases and answers every member pruned so far (by this or any reserve or
   * renew) that `forgetStale` has not yet been told about: cleanup-stale marks their records
   * expired, then forgets them — a crash in between only repeats the marking.
   */
  async pruneStale(orgId: string, nowMs: number): Promise<string[]> {
    const keys = admissionKeys(this.prefix, orgId);
    return this.redis.slipwayAdmissionPrune(
      keys.seeded,
      keys.leases,
      keys.expired,
      whole('now', nowMs, 0),
      EXPIRED_TTL_S,
    );
  }

  async forgetStale(orgId: string, members: string[]): Promise<void> {
    if (members.length) await this.redis.srem(admissionKeys(this.prefix, orgId).expired, ...members);
  }

  private async seedFrom(request: ReserveRequest, records: () => Promise<AdmissionSnapshot>) {
    const snapshot = await records();
    if (snapshot.day !== request.day || snapshot.month !== request.month)
      throw new Error(`the records' window ${snapshot.day} is not the admission's ${request.day}`);
    await this.seed(request.orgId, snapshot, request.nowMs);
  }

  private async writeSeed(force: boolean, orgId: string, records: AdmissionSnapshot, nowMs: number) {
    const pairs = records.leases.flatMap(({ member, expiresMs }) => [
      member,
      whole('lease expiry', expiresMs, 0),
    ]);
    const [written, seeded, daily, monthly, concurrent] = await this.redis.slipwayAdmissionSeed(
      ...windowKeys(this.prefix, orgId, records.day, records.month),
      whole('now', nowMs, 0),
      force ? 1 : 0,
      whole('daily count', records.dailyUsed, 0),
      whole('monthly count', records.monthlyUsed, 0),
      DAY_TTL_S,
      MONTH_TTL_S,
      ...pairs,
    );
    return { written: written === 1, before: { seeded: seeded === 1, daily, monthly, concurrent } };
  }
}
export type * from './admission.types';
