import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { ChainableCommander, Redis } from 'ioredis';
import type { CostApiConfig } from '../config';
import { cacheGenerationKey } from './cache-generation';

/** An answer bigger than this is not cached: the cap on entries then bounds an org's memory too. */
export const MAX_CACHED_BYTES = 1024 * 1024;

/**
 * KEYS: the org's answers (a hash: field = answer key, plus `_gen`, the generation they were
 * computed at) and their last use (a sorted set). ARGV: answer key, now (ms). Answers the stored
 * generation and the body ('' for none); a hit counts as a use.
 */
const GET = `
local body = redis.call('HGET', KEYS[1], ARGV[1])
if body then redis.call('ZADD', KEYS[2], 'XX', ARGV[2], ARGV[1]) end
return {redis.call('HGET', KEYS[1], '_gen') or '', body or ''}`;

/**
 * KEYS as GET. ARGV: generation, answer key, body, now (ms), expiry (epoch ms), cap. An answer of
 * an older generation than the one stored is dropped (a newer one is in force); one of a newer
 * generation replaces every stored answer first. Past the cap, the least recently used go. Both
 * keys expire at `expiry` (the org's next midnight). Answers 1 stored, 0 dropped.
 */
const PUT = `
local current = redis.call('HGET', KEYS[1], '_gen')
if current and tonumber(current) > tonumber(ARGV[1]) then return 0 end
if current ~= ARGV[1] then
  redis.call('DEL', KEYS[1], KEYS[2])
  redis.call('HSET', KEYS[1], '_gen', ARGV[1])
end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[2])
local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[6])
if over > 0 then
  local evicted = redis.call('ZPOPMIN', KEYS[2], over)
  for i = 1, #evicted, 2 do redis.call('HDEL', KEYS[1], evicted[i]) end
end
redis.call('PEXPIREAT', KEYS[1], ARGV[5])
redis.call('PEXPIREAT', KEYS[2], ARGV[5])
return 1`;

interface CacheCommands {
  slipwayCostCachePut(...keysAndArgs: (string | number)[]): Promise<number>;
}
type CachePipeline = ChainableCommander & {
  slipwayCostCacheGet(...keysAndArgs: (string | number)[]): ChainableCommander;
};

/** What a lookup found: the org's generation now, and the answer if it was computed at that one. */
export interface CacheLookup {
  generation: number;
  body: string | null;
}

/**
 * The cost answers of each organization in Redis: at most COST_CACHE_ENTRIES per org (least
 * recently used evicted), none past the org's next midnight, none of an earlier generation than
 * `cost:cache-gen:<org>` (which the cost-worker and cache/invalidate increment). An org's two keys
 * share the hash tag `{org:<id>}`, so each script touches one slot of a Redis Cluster.
 */
@Injectable()
export class CostCacheStore {
  private readonly redis: Redis & CacheCommands;
  readonly capacity: number;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
    @Inject(APP_CONFIG) config: CostApiConfig,
  ) {
    redis.defineCommand('slipwayCostCacheGet', { numberOfKeys: 2, lua: GET });
    redis.defineCommand('slipwayCostCachePut', { numberOfKeys: 2, lua: PUT });
    this.redis = redis as Redis & CacheCommands;
    this.capacity = config.COST_CACHE_ENTRIES;
  }

  /**
   * The org's generation and its answer under `key`, in one round trip: the generation's GET and the
   * answers' script pipelined (an answer of another generation than the one read is not found).
   */
  async lookup(orgId: string, key: string, nowMs: number): Promise<CacheLookup> {
    const pipeline = this.redis.pipeline() as CachePipeline;
    pipeline.get(cacheGenerationKey(this.prefix, orgId));
    pipeline.slipwayCostCacheGet(...this.keys(orgId), key, nowMs);
    const [[genError, current], [getError, found]] = (await pipeline.exec()) as [
      [Error | null, string | null],
      [Error | null, [string, string]],
    ];
    if (genError || getError) throw genError ?? getError;
    const generation = Number(current ?? 0);
    const [stored, body] = found;
    return { generation, body: body !== '' && stored === String(generation) ? body : null };
  }

  /** Keeps `body` until `expiresAtMs`; false when not kept (too big, expired, or a newer generation holds). */
  async put(
    orgId: string,
    generation: number,
    key: string,
    body: string,
    nowMs: number,
    expiresAtMs: number,
  ): Promise<boolean> {
    if (this.capacity === 0 || expiresAtMs <= nowMs || Buffer.byteLength(body) > MAX_CACHED_BYTES)
      return false;
    const args = [generation, key, body, nowMs, expiresAtMs, this.capacity];
    return (await this.redis.slipwayCostCachePut(...this.keys(orgId), ...args)) === 1;
  }

  private keys(orgId: string): [string, string] {
    const answers = `${this.prefix}cost:cache:{org:${orgId}}`;
    return [answers, `${answers}:lru`];
  }
}
