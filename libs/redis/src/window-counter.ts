import { Inject, Injectable } from '@nestjs/common';
import { ProblemException, RateLimitStore, type RateLimitState } from '@slipway/platform';
import type { Redis } from 'ioredis';
import { REDIS, REDIS_PREFIX } from './redis';

/**
 * A sliding-window counter: one hash per bucket and subject holding the counts of the current and
 * the previous fixed window; the previous one weighs by how much of it still overlaps the sliding
 * window. Constant memory and one round trip per request whatever the limit (a log of every
 * request would grow with it), at the price of assuming the previous window's requests were
 * spread evenly. Answers {admitted 1|0, requests left, ms until a slot frees}.
 */
const WINDOW_COUNTER = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local index = math.floor(now / window)
local elapsed = now - index * window
local counts = redis.call('HMGET', KEYS[1], index, index - 1)
local current = tonumber(counts[1]) or 0
local previous = tonumber(counts[2]) or 0
local weight = (window - elapsed) / window
local used = math.floor(previous * weight + current)
if used < limit then
  redis.call('HINCRBY', KEYS[1], index, 1)
  redis.call('HDEL', KEYS[1], index - 2)
  redis.call('PEXPIRE', KEYS[1], window * 2)
  return {1, limit - used - 1, window - elapsed}
end
local wait = window - elapsed
if current < limit and previous > 0 then
  wait = math.max(1, math.ceil(window - elapsed - (limit - current) * window / previous))
end
return {0, 0, wait}`;

interface WithWindowCounter {
  slipwayWindowCounter(key: string, windowMs: number, limit: number): Promise<[number, number, number]>;
}

/**
 * The rate limits behind @RateLimit and the gateway's route classes: a subject (a user, a key, an
 * address) limited to `limit` requests per sliding `windowMs`, across every replica, in O(1) memory.
 */
@Injectable()
export class RedisWindowCounter extends RateLimitStore {
  private readonly redis: Redis & WithWindowCounter;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {
    super();
    // EVALSHA after the first call, the script's text sent only when Redis does not know it.
    redis.defineCommand('slipwayWindowCounter', { numberOfKeys: 1, lua: WINDOW_COUNTER });
    this.redis = redis as Redis & WithWindowCounter;
  }

  /** Counts one request, or throws 429 `rate_limited` with Retry-After in whole seconds. */
  async consume(bucket: string, subject: string, limit: number, windowMs: number): Promise<RateLimitState> {
    if (!Number.isInteger(limit) || limit < 1 || !Number.isInteger(windowMs) || windowMs < 1000) {
      throw new Error(`rate limit ${bucket} needs a positive whole limit and a window of 1 s or more`);
    }
    // One hash tag per bucket and subject: the script touches only its own key (Redis Cluster).
    const key = `${this.prefix}ratelimit:{${bucket}:${encodeURIComponent(subject)}}`;
    const [admitted, remaining, resetMs] = await this.redis.slipwayWindowCounter(key, windowMs, limit);
    const state = { limit, remaining, resetSeconds: Math.max(1, Math.ceil(resetMs / 1000)) };
    if (admitted === 1) return state;
    throw new ProblemException(
      'rate_limited',
      `At most ${limit} requests per ${windowMs / 1000} s on ${bucket}; retry in ${state.resetSeconds} s`,
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
