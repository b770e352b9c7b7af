import { Inject, Injectable } from '@nestjs/common';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';

/** Forgotten after this long: a day's mark matters only until the next day's. */
const MARK_TTL_S = 3 * 24 * 60 * 60;

/**
 * The local day each organization's quota counters were last reset for (Redis), so the reset at
 * its midnight runs once per day whichever worker sees the day turn.
 */
@Injectable()
export class QuotaWindows {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {}

  /** Whether `day` is not the day last marked for the organization (never marked: it is new). */
  async isNew(orgId: string, day: string): Promise<boolean> {
    return (await this.redis.get(this.key(orgId))) !== day;
  }

  async mark(orgId: string, day: string): Promise<void> {
    await this.redis.set(this.key(orgId), day, 'EX', MARK_TTL_S);
  }

  private key(orgId: string): string {
    return `${this.prefix}cost:quota-window:{org:${orgId}}`;
  }
}
