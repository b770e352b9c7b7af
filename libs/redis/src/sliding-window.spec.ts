import { testRedis } from '@slipway/devstack';
import { ProblemException } from '@slipway/platform';
import { rejection } from '@slipway/testing';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisRateLimiter } from './sliding-window';

const refusal = (call: Promise<unknown>) => rejection(call, ProblemException);

describe('RedisRateLimiter (real Redis)', () => {
  const { url, prefix } = testRedis();
  const redis = new Redis(url);
  const limiter = new RedisRateLimiter(redis, prefix);

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('admits the limit, then answers 429 rate_limited with a Retry-After in whole seconds', async () => {
    const user = randomUUID();
    for (let i = 0; i < 3; i++) await limiter.consume('runs.create', user, 3, 60_000);
    const problem = await refusal(limiter.consume('runs.create', user, 3, 60_000));
    expect(problem.code).toBe('rate_limited');
    expect(problem.status).toBe(429);
    const retryAfter = Number(problem.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number.isInteger(retryAfter)).toBe(true);
  });

  it('counts each subject and bucket apart, and does not count refused requests', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await limiter.consume('runs.create', a, 1, 60_000);
    await refusal(limiter.consume('runs.create', a, 1, 60_000));
    await refusal(limiter.consume('runs.create', a, 1, 60_000));
    await limiter.consume('runs.create', b, 1, 60_000);
    await limiter.consume('runs.cancel', a, 1, 60_000);
    expect(await redis.zcard(`${prefix}ratelimit:runs.create:${a}`)).toBe(1);
  });

  it('slides: a slot frees when its request leaves the window, not when a fixed window resets', async () => {
    const user = randomUUID();
    const windowMs = 900;
    await limiter.consume('slide', user, 3, windowMs);
    await limiter.consume('slide', user, 3, windowMs);
    await sleep(450);
    await limiter.consume('slide', user, 3, windowMs);
    await refusal(limiter.consume('slide', user, 3, windowMs));

    await sleep(550); // the first two have left the window; the third is still in it
    await limiter.consume('slide', user, 3, windowMs);
    await limiter.consume('slide', user, 3, windowMs);
    await refusal(limiter.consume('slide', user, 3, windowMs));
  });

  it('keeps the window no longer than it needs', async () => {
    const user = randomUUID();
    await limiter.consume('expiry', user, 5, 1_000);
    const ttl = await redis.pttl(`${prefix}ratelimit:expiry:${user}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1_000);
  });

  it('refuses a limit or window that is not a positive whole number', async () => {
    await expect(limiter.consume('bad', randomUUID(), 0, 1_000)).rejects.toThrow(/positive whole/);
    await expect(limiter.consume('bad', randomUUID(), 1, 0.5)).rejects.toThrow(/positive whole/);
  });
});
