import { testRedis } from '@slipway/devstack';
import { ProblemException } from '@slipway/platform';
import { rejection } from '@slipway/testing';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisWindowCounter } from './window-counter';

const refusal = (call: Promise<unknown>) => rejection(call, ProblemException);

describe('RedisWindowCounter (real Redis)', () => {
  const { url, prefix } = testRedis();
  const redis = new Redis(url);
  const counter = new RedisWindowCounter(redis, prefix);

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('admits the limit with the remaining count falling, then 429 with Retry-After and RateLimit headers', async () => {
    const subject = randomUUID();
    const remaining: number[] = [];
    for (let i = 0; i < 3; i++)
      remaining.push((await counter.consume('default', subject, 3, 60_000)).remaining);
    expect(remaining).toEqual([2, 1, 0]);
    const problem = await refusal(counter.consume('default', subject, 3, 60_000));
    expect(problem.status).toBe(429);
    expect(problem.headers['ratelimit-remaining']).toBe('0');
    const retryAfter = Number(problem.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('counts subjects and buckets apart, and refused requests do not count', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await counter.consume('default', a, 1, 60_000);
    await refusal(counter.consume('default', a, 1, 60_000));
    await counter.consume('default', b, 1, 60_000);
    await counter.consume('expensive', a, 1, 60_000);
    const [key] = await redis.keys(`${prefix}ratelimit:{default:${a}}`);
    expect(Object.values(await redis.hgetall(key))).toEqual(['1']);
  });

  it('keeps constant memory however many requests it admits', async () => {
    const subject = randomUUID();
    await Promise.all(Array.from({ length: 500 }, () => counter.consume('bulk', subject, 100_000, 60_000)));
    const key = `${prefix}ratelimit:{bulk:${subject}}`;
    expect(await redis.hlen(key)).toBeLessThanOrEqual(2);
    expect(Number(Object.values(await redis.hgetall(key))[0])).toBe(500);
    expect(await redis.pttl(key)).toBeGreaterThan(60_000);
  });

  it('admits again once the window has slid past the earlier requests', async () => {
    const subject = randomUUID();
    await counter.consume('short', subject, 2, 1_000);
    await counter.consume('short', subject, 2, 1_000);
    await refusal(counter.consume('short', subject, 2, 1_000));
    await sleep(2_100);
    await expect(counter.consume('short', subject, 2, 1_000)).resolves.toMatchObject({ limit: 2 });
  });

  it('refuses a limit or window it cannot count', async () => {
    await expect(counter.consume('x', 'y', 0, 60_000)).rejects.toThrow(/positive whole limit/);
    await expect(counter.consume('x', 'y', 5, 10)).rejects.toThrow(/1 s or more/);
  });
});
