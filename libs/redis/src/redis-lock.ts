import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { REDIS, REDIS_PREFIX } from './redis';

/** Deletes the lock only while it still holds our token. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

export interface LockOptions {
  /** Longest a holder may keep the lock; a crashed one's lapses after it. */
  holdMs: number;
  /** Longest a caller waits for it; then `busy()` is thrown. */
  waitMs: number;
  busy: () => Error;
}

/**
 * One holder of a name at a time across every process sharing the Redis: a short lease (SET NX PX)
 * released only by the token that took it, so a holder that outlived its lease frees no one else's.
 */
@Injectable()
export class RedisLock {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {}

  async holding<T>(name: string, options: LockOptions, work: () => Promise<T>): Promise<T> {
    const key = `${this.prefix}lock:${name}`;
    const token = randomUUID();
    const until = Date.now() + options.waitMs;
    while (!(await this.redis.set(key, token, 'PX', options.holdMs, 'NX'))) {
      if (Date.now() > until) throw options.busy();
      await sleep(20 + Math.random() * 30);
    }
    try {
      return await work();
    } finally {
      await this.redis.eval(RELEASE, 1, key, token);
    }
  }
}
