import { Inject, Injectable } from '@nestjs/common';
import { ProblemException, RateLimitStore, type RateLimitState } from '@slipway/platform';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { REDIS, REDIS_PREFIX } from './redis';

/**
 * A sliding-window log in one sorted set per bucket and subject, scored by Redis' own clock in ms:
 * forget requests older than the window, then admit this one if fewer than the limit remain.
 * Answers {admitted 1|0, requests left, ms until the oldest request leaves the window}.
 */
const SLIDING_WINDOW = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
local admitted = 0
if count < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  count = count + 1
  admitted = 1
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {admitted, limit - count, math.max(tonumber(oldest[2]) + window - now, 1)}`;

/**
 * Limits how often a subject (a user) may do something (a bucket, e.g. `runs.create`): at most
 * `limit` times in any `windowMs`, across every instance. Refused requests do not count.
 */
@Injectable()
export class RedisRateLimiter extends RateLimitStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {
    super();
  }

  /** Counts one request, or throws 429 `rate_limited` with Retry-After in whole seconds. */
  async consume(bucket: string, subject: string, limit: number, windowMs: number): Promise<RateLimitState> {
    if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(windowMs) || windowMs < 1) {
      throw new Error(
        `rate limit ${bucket} needs a positive whole limit and window, not ${limit} per ${windowMs} ms`,
      );
    }
    const key = `${this.prefix}ratelimit:${bucket}:${encodeURIComponent(subject)}`;
    const [admitted, remaining, resetMs] = (await this.redis.eval(
      SLIDING_WINDOW,
      1,
      key,
      windowMs,
      limit,
      randomUUID(),
    )) as [number, number, number];
    const state = { limit, remaining, resetSeconds: Math.ceil(resetMs / 1000) };
    if (admitted === 1) return state;
    throw new ProblemException(
      'rate_limited',
      `At most ${limit} ${bucket} requests per ${windowMs / 1000} s; retry in ${state.resetSeconds} s`,
      undefined,
      {
        'retry-after': String(state.resetSeconds),
        'ratelimit-limit': String(limit),
        'ratelimit-remaining': '0',
        'ratelimit-reset': String(state.resetSeconds),
      },
    );
  }
}
