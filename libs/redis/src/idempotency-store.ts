import { Inject, Injectable } from '@nestjs/common';
import {
  IDEMPOTENCY_HEADER,
  IdempotencyStore,
  type IdempotentResponse,
  ProblemException,
} from '@slipway/platform';
import type { Redis } from 'ioredis';
import { createHash, randomUUID } from 'node:crypto';
import { REDIS, REDIS_PREFIX } from './redis';

const KEY_SHAPE = /^[\x21-\x7e]{1,200}$/;
/** How long a claimed key waits for its first request to finish before another may claim it. */
const PENDING_TTL_SECONDS = 60;

type Entry =
  | { state: 'pending'; fingerprint: string; claim: string }
  | { state: 'done'; fingerprint: string; status: number; body: unknown };

/** Replaces the key's value with ARGV[2] if it still holds our claim ARGV[1], or holds nothing. */
const COMPLETE = `
local current = redis.call('GET', KEYS[1])
if current == false or current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0`;

/** Deletes the key if it still holds our claim ARGV[1]. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * Idempotency-Key (DESIGN §3): the same key and body within the TTL get the first response again;
 * the same key with another body gets 409. A key is claimed with a short-lived pending marker
 * before the work runs, so two concurrent requests cannot both run it; the second gets 409 at
 * once rather than waiting (it may retry the same request and then receives the stored answer).
 * A failed request releases its key so the client can retry. If the work outlives the pending
 * TTL, a retry may run it a second time; the marker's TTL bounds how long a crashed process
 * blocks its key.
 */
@Injectable()
export class RedisIdempotencyStore extends IdempotencyStore {
  private readonly ttlSeconds = 86_400;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {
    super();
  }

  /** `scope` is whose keys these are (the user id); `body` is the request body the key stands for. */
  async run<T>(
    scope: string,
    key: string,
    body: unknown,
    execute: () => Promise<{ status: number; body: T }>,
  ): Promise<IdempotentResponse<T>> {
    if (!KEY_SHAPE.test(key)) {
      throw ProblemException.validation([
        {
          field: IDEMPOTENCY_HEADER,
          message: `${IDEMPOTENCY_HEADER} must be 1 to 200 visible ASCII characters`,
        },
      ]);
    }
    const redisKey = `${this.prefix}idempotency:${encodeURIComponent(scope)}:${key}`;
    const fingerprint = fingerprintOf(body);
    const claim = JSON.stringify({ state: 'pending', fingerprint, claim: randomUUID() } satisfies Entry);

    let previous = await this.claimOrRead(redisKey, claim);
    while (previous === null) previous = await this.claimOrRead(redisKey, claim);
    if (previous !== 'claimed') return replay<T>(previous, fingerprint);

    let response: { status: number; body: T };
    try {
      response = await execute();
    } catch (error) {
      await this.redis.eval(RELEASE, 1, redisKey, claim);
      throw error;
    }
    const done: Entry = { state: 'done', fingerprint, status: response.status, body: response.body };
    await this.redis.eval(COMPLETE, 1, redisKey, claim, JSON.stringify(done), this.ttlSeconds);
    return { ...response, replayed: false };
  }

  /** Claims the key, or reads what holds it; null when it expired in between (claim again). */
  private async claimOrRead(redisKey: string, claim: string): Promise<'claimed' | Entry | null> {
    if (await this.redis.set(redisKey, claim, 'EX', PENDING_TTL_SECONDS, 'NX')) return 'claimed';
    const stored = await this.redis.get(redisKey);
    return stored === null ? null : (JSON.parse(stored) as Entry);
  }
}

function replay<T>(entry: Entry, fingerprint: string): IdempotentResponse<T> {
  if (entry.fingerprint !== fingerprint) {
    throw new ProblemException(
      'idempotency_conflict',
      `This ${IDEMPOTENCY_HEADER} was used with another request body; use a new key for a new request`,
    );
  }
  if (entry.state === 'pending') {
    throw new ProblemException(
      'idempotency_conflict',
      `A request with this ${IDEMPOTENCY_HEADER} is still in progress; retry it shortly`,
      undefined,
      { 'retry-after': '1' },
    );
  }
  // The stored body is what `execute` returned for this key, serialised as JSON.
  return { status: entry.status, body: entry.body as T, replayed: true };
}

/** sha256 of the body as JSON with every object's keys sorted, so key order does not matter. */
export function fingerprintOf(body: unknown): string {
  const canonical = JSON.stringify(body, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
  return createHash('sha256')
    .update(canonical ?? '')
    .digest('hex');
}
