import { Injectable } from '@nestjs/common';
import { ProblemException } from '@slipway/platform';
import { RedisLock } from '@slipway/redis';

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
  constructor(private readonly lock: RedisLock) {}

  holding<T>(scope: OrgLockScope, orgId: string, work: () => Promise<T>): Promise<T> {
    const busy = () =>
      new ProblemException('conflict', `Another change to this organization's ${scope} is under way; retry`);
    return this.lock.holding(`${scope}:org:${orgId}`, { holdMs: HOLD_MS, waitMs: WAIT_MS, busy }, work);
  }
}
