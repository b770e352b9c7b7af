import { ProblemException } from '@slipway/platform';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

/**
 * A sliding-window log in one sorted set per bucket and subject, scored by Redis' own clock in ms:
 * forget requests older than the window, then admit this one if fewer than the limit remain.
 * Answers 0 when admitted, else the ms until the oldest request leaves the window.
 */
const SLIDING_WINDOW = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(tonumber(oldest[2]) + window - now, 1)`;

/**
 * Limits how often a subject (a user) may do something (a bucket, e.g. `runs.create`): at most
 * `limit` times in any `windowMs`, across every instance. Refused requests do not count.
 */
export class RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Counts one request, or throws 429 `rate_limited` with Retry-After in whole seconds. */
  async consume(bucket: string, subject: string, limit: number, windowMs: number): Promise<void> {
    if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(windowMs) || windowMs < 1) {
      throw new Error(
        `rate limit ${bucket} needs a positive whole limit and window, not ${limit} per ${windowMs} ms`,
      );
    }
    const key = `${this.prefix}ratelimit:${bucket}:${encodeURIComponent(subject)}`;
    const waitMs = Number(await this.redis.eval(SLIDING_WINDOW, 1, key, windowMs, limit, randomUUID()));
    if (waitMs === 0) return;
    const seconds = Math.ceil(waitMs / 1000);
    throw new ProblemException(
      'rate_limited',
      `At most ${limit} ${bucket} requests per ${windowMs / 1000} s; retry in ${seconds} s`,
      undefined,
      { 'retry-after': String(seconds) },
    );
  }
}
