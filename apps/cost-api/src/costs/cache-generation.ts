import { Inject, Injectable } from '@nestjs/common';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';

const ORG_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The Redis key holding an organization's cost-cache generation. Every cached cost answer is keyed
 * by the generation it was computed at, so INCR on this key drops them all at once: the cost-worker
 * increments it after it writes ledger rows for the org, a hierarchy edit (a node moved or deleted,
 * a file imported, a project attached or detached) after it changed what the answers group by, and
 * `POST /costs/{org}/cache/invalidate` on request. An absent key reads as generation 0.
 */
export function cacheGenerationKey(prefix: string, orgId: string): string {
  if (!ORG_ID.test(orgId)) throw new Error(`organization id ${JSON.stringify(orgId)} cannot name a key`);
  return `${prefix}cost:cache-gen:${orgId}`;
}

/** The cost-cache generations as an adapter: a new one drops every answer of the organization cached before. */
@Injectable()
export class CostCacheGenerations {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {}

  /** Starts a new generation of the organization's answers; answers its number. */
  bump(orgId: string): Promise<number> {
    return this.redis.incr(cacheGenerationKey(this.prefix, orgId));
  }
}
