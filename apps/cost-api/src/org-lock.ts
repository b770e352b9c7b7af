import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '@slipway/platform';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

/** Deletes the lock only while it still holds our token. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Longest a holder may keep the lock; a crashed one's lapses after it. */
const HOLD_MS = 15_000;
/** Longest a caller waits for it. */
const WAIT_MS = 10_000;

/**
 * What a lock keeps to one change at a time: a count against a plan's limit and the create it
 * allows (integrations, members), or a change of the tree's shape checked against the tree as it
 * is (hierarchy: two moves at once must not make a cycle).
 */
export type OrgLockScope = 'integrations' | 'members' | 'hierarchy';

/**
 * One change of a scope of an organization at a time, across every cost-api process: the count
 * against the plan's limit (providers, seats) and the create happen under a short Redis lock, so
 * concurrent requests neither overshoot the quota nor refuse each other.
 */
@Injectable()
export class OrgLock {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {}

  async holding<T>(scope: OrgLockScope, orgId: string, work: () => Promise<T>): Promise<T> {
    const key = `${this.prefix}${scope}:org-lock:${orgId}`;
    const token = randomUUID();
    const until = Date.now() + WAIT_MS;
    while (!(await this.redis.set(key, token, 'PX', HOLD_MS, 'NX'))) {
      if (Date.now() > until)
        throw new ProblemException(
          'conflict',
          `Another change to this organization's ${scope} is under way; retry`,
        );
      await sleep(20 + Math.random() * 30);
    }
    try {
      return await work();
    } finally {
      await this.redis.eval(RELEASE, 1, key, token);
    }
  }
}
