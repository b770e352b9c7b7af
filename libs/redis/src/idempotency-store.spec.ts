import { testRedis } from '@slipway/devstack';
import { ProblemException } from '@slipway/platform';
import { rejection } from '@slipway/testing';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { fingerprintOf, RedisIdempotencyStore } from './idempotency-store';

const refusal = (call: Promise<unknown>) => rejection(call, ProblemException);

/** A promise and the functions that settle it, to hold a request in flight. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Created {
  id: string;
}

describe('RedisIdempotencyStore (real Redis)', () => {
  const { url, prefix } = testRedis();
  const redis = new Redis(url);
  const store = new RedisIdempotencyStore(redis, prefix);
  const user = randomUUID();

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  /** An `execute` that counts its calls and answers 201 with a new id. */
  function creator() {
    const calls: string[] = [];
    const execute = async () => {
      const id = randomUUID();
      calls.push(id);
      return { status: 201, body: { id } satisfies Created };
    };
    return { calls, execute };
  }

  it('runs once and replays the first response for the same key and body, whatever the key order', async () => {
    const { calls, execute } = creator();
    const key = randomUUID();
    const first = await store.run(
      user,
      key,
      { profile: 'web_service', intake: 'x', metadata: { a: 1, b: 2 } },
      execute,
    );
    const again = await store.run(
      user,
      key,
      { metadata: { b: 2, a: 1 }, intake: 'x', profile: 'web_service' },
      execute,
    );
    expect(first).toEqual({ status: 201, body: { id: calls[0] }, replayed: false });
    expect(again).toEqual({ status: 201, body: { id: calls[0] }, replayed: true });
    expect(calls).toHaveLength(1);
    expect(await redis.ttl(`${prefix}idempotency:${user}:${key}`)).toBeGreaterThan(86_000);
  });

  it('answers 409 idempotency_conflict for the same key with another body', async () => {
    const { calls, execute } = creator();
    const key = randomUUID();
    await store.run(user, key, { intake: 'one' }, execute);
    const problem = await refusal(store.run(user, key, { intake: 'two' }, execute));
    expect(problem.code).toBe('idempotency_conflict');
    expect(problem.status).toBe(409);
    expect(problem.detail).toMatch(/another request body/);
    expect(calls).toHaveLength(1);
  });

  it('answers 409 "still in progress" while the first request runs, then replays its answer', async () => {
    const key = randomUUID();
    const started = deferred<void>();
    const held = deferred<{ status: number; body: Created }>();
    const first = store.run(user, key, { intake: 'slow' }, () => {
      started.resolve();
      return held.promise;
    });
    const { calls, execute } = creator();
    await started.promise;
    const problem = await refusal(store.run(user, key, { intake: 'slow' }, execute));
    expect(problem.code).toBe('idempotency_conflict');
    expect(problem.detail).toMatch(/still in progress/);
    expect(problem.headers['retry-after']).toBe('1');

    held.resolve({ status: 201, body: { id: 'first' } });
    expect(await first).toEqual({ status: 201, body: { id: 'first' }, replayed: false });
    expect(await store.run(user, key, { intake: 'slow' }, execute)).toEqual({
      status: 201,
      body: { id: 'first' },
      replayed: true,
    });
    expect(calls).toHaveLength(0);
  });

  it('lets exactly one of many concurrent requests with the same key run', async () => {
    const { calls, execute } = creator();
    const key = randomUUID();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () => store.run(user, key, { intake: 'race' }, execute)),
    );
    expect(calls).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'fulfilled' && !o.value.replayed)).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toBeInstanceOf(ProblemException);
      }
    }
  });

  it('releases the key when the request fails, so the client may retry it', async () => {
    const key = randomUUID();
    const failure = new Error('data-api unavailable');
    await expect(store.run(user, key, { intake: 'retry' }, () => Promise.reject(failure))).rejects.toBe(
      failure,
    );
    expect(await redis.exists(`${prefix}idempotency:${user}:${key}`)).toBe(0);

    const { calls, execute } = creator();
    const retried = await store.run(user, key, { intake: 'retry' }, execute);
    expect(retried).toEqual({ status: 201, body: { id: calls[0] }, replayed: false });
  });

  it('keeps each scope’s keys apart', async () => {
    const { calls, execute } = creator();
    const key = randomUUID();
    await store.run(user, key, { intake: 'a' }, execute);
    const other = await store.run(randomUUID(), key, { intake: 'b' }, execute);
    expect(other.replayed).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it.each(['', 'x'.repeat(201), 'has space', 'tab\there', 'ключ'])(
    'refuses the key %j with a validation problem naming Idempotency-Key',
    async (key) => {
      const { calls, execute } = creator();
      const problem = await refusal(store.run(user, key, {}, execute));
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors).toEqual([
        { field: 'Idempotency-Key', message: expect.stringMatching(/1 to 200/) },
      ]);
      expect(calls).toHaveLength(0);
    },
  );

  it('accepts 200 visible ASCII characters', async () => {
    const { execute } = creator();
    const key = '!~'.repeat(100);
    expect((await store.run(user, key, {}, execute)).replayed).toBe(false);
  });

  it('fingerprints bodies by content: key order aside, any change differs', () => {
    expect(fingerprintOf({ a: 1, b: [1, { d: 1, c: 2 }] })).toBe(
      fingerprintOf({ b: [1, { c: 2, d: 1 }], a: 1 }),
    );
    expect(fingerprintOf({ a: 1, b: [1, 2] })).not.toBe(fingerprintOf({ a: 1, b: [2, 1] }));
    expect(fingerprintOf({ a: '1' })).not.toBe(fingerprintOf({ a: 1 }));
    expect(fingerprintOf(undefined)).toBe(fingerprintOf(undefined));
  });
});
