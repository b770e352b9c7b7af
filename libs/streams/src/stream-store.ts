import type Redis from 'ioredis';
import { createHash } from 'node:crypto';

export interface StreamEntry {
  id: string;
  fields: Record<string, string>;
}

/** One entry to acknowledge, with the dedupe marker to set when its handler ran. */
export interface Ack {
  id: string;
  doneKey?: string;
}

export interface GroupState {
  /** Entries not yet delivered to the group (null when Redis cannot tell, after deletions). */
  lag: number | null;
  /** Delivered, not yet acknowledged. */
  pending: number;
}

interface LuaScript {
  body: string;
  sha: string;
}

function luaScript(body: string): LuaScript {
  return { body, sha: createHash('sha1').update(body).digest('hex') };
}

/**
 * KEYS[1] the stream, KEYS[2..] dedupe markers to set; ARGV[1] the group, ARGV[2] the markers' TTL
 * in ms, ARGV[3..] the entry ids. XACK in slices, as Lua's unpack() has a bounded stack.
 */
const ACK_BATCH = luaScript(`
for i = 2, #KEYS do
  redis.call('SET', KEYS[i], '1', 'PX', ARGV[2])
end
local acked = 0
for first = 3, #ARGV, 1000 do
  acked = acked + redis.call('XACK', KEYS[1], ARGV[1], unpack(ARGV, first, math.min(#ARGV, first + 999)))
end
return acked
`);

/** The Redis Streams commands the transport needs, with their replies parsed into plain types. */
export class StreamStore {
  constructor(private readonly redis: Redis) {}

  /** XADD key MAXLEN ~ maxLen * field value … */
  async add(key: string, fields: Record<string, string>, maxLen: number): Promise<string> {
    const reply = await this.redis.call(
      'XADD',
      key,
      'MAXLEN',
      '~',
      maxLen,
      '*',
      ...Object.entries(fields).flat(),
    );
    return String(reply);
  }

  /** XGROUP CREATE … MKSTREAM; an existing group is fine. */
  async createGroup(key: string, group: string, startId: string): Promise<void> {
    try {
      await this.redis.call('XGROUP', 'CREATE', key, group, startId, 'MKSTREAM');
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('BUSYGROUP')) throw error;
    }
  }

  /** XREADGROUP of new entries on a dedicated (blocking) connection. */
  async readNew(
    reader: Redis,
    key: string,
    group: string,
    consumer: string,
    count: number,
    blockMs: number,
  ): Promise<StreamEntry[]> {
    const reply = await reader.call(
      'XREADGROUP',
      'GROUP',
      group,
      consumer,
      'COUNT',
      count,
      'BLOCK',
      blockMs,
      'STREAMS',
      key,
      '>',
    );
    if (!Array.isArray(reply)) return [];
    return reply.flatMap((stream: unknown) => (Array.isArray(stream) ? parseEntries(stream[1]) : []));
  }

  /** XAUTOCLAIM: entries pending longer than minIdleMs move to `consumer` (their delivery count grows). */
  async autoClaim(
    key: string,
    group: string,
    consumer: string,
    minIdleMs: number,
    cursor: string,
    count: number,
  ): Promise<{ cursor: string; entries: StreamEntry[] }> {
    const reply = await this.redis.call(
      'XAUTOCLAIM',
      key,
      group,
      consumer,
      minIdleMs,
      cursor,
      'COUNT',
      count,
    );
    if (!Array.isArray(reply)) return { cursor: '0-0', entries: [] };
    return { cursor: String(reply[0]), entries: parseEntries(reply[1]) };
  }

  /** XCLAIM one entry to `consumer` for another delivery; null when it is gone or already acknowledged. */
  async claimForRetry(key: string, group: string, consumer: string, id: string): Promise<StreamEntry | null> {
    const reply = await this.redis.call('XCLAIM', key, group, consumer, 0, id);
    return parseEntries(reply)[0] ?? null;
  }

  /** XCLAIM … JUSTID by the same consumer: resets idle time without counting a delivery. */
  async extendClaims(key: string, group: string, consumer: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.redis.call('XCLAIM', key, group, consumer, 0, ...ids, 'JUSTID');
  }

  /** How many times the group delivered each entry (one XPENDING per id, pipelined); ids no longer pending are missing. */
  async deliveryCounts(key: string, group: string, ids: string[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    if (ids.length === 0) return counts;
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.xpending(key, group, id, id, 1);
    for (const [error, reply] of (await pipeline.exec()) ?? []) {
      if (error) throw error;
      if (!Array.isArray(reply) || !Array.isArray(reply[0])) continue;
      counts.set(String(reply[0][0]), Number(reply[0][3]));
    }
    return counts;
  }

  /**
   * Acks a batch atomically in one script call: the dedupe marker of each handled entry (none for a
   * duplicate, which an earlier delivery marked), then XACK for all of them.
   */
  async ackBatch(key: string, group: string, acks: readonly Ack[], ttlMs: number): Promise<void> {
    if (acks.length === 0) return;
    const doneKeys = acks.flatMap(({ doneKey }) => (doneKey === undefined ? [] : [doneKey]));
    await this.script(ACK_BATCH, [key, ...doneKeys], [group, ttlMs, ...acks.map(({ id }) => id)]);
  }

  /** Dead-lettering: the copy to `<stream>.dlq` and the ack in one transaction. */
  async moveToDeadLetter(
    key: string,
    group: string,
    id: string,
    deadLetterKey: string,
    fields: Record<string, string>,
    maxLen: number,
  ): Promise<void> {
    await this.redis
      .multi()
      .xadd(deadLetterKey, 'MAXLEN', '~', maxLen, '*', ...Object.entries(fields).flat())
      .xack(key, group, id)
      .exec();
  }

  async exists(key: string): Promise<boolean> {
    return (await this.redis.exists(key)) === 1;
  }

  /** Which of `keys` exist, in one MGET (the transport's keys there are plain strings). */
  async existing(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const values = await this.redis.mget(...keys);
    return new Set(keys.filter((_, i) => values[i] !== null));
  }

  /** Lag and pending of one group (XINFO GROUPS); undefined when the stream or group does not exist. */
  async groupState(key: string, group: string): Promise<GroupState | undefined> {
    let reply: unknown;
    try {
      reply = await this.redis.call('XINFO', 'GROUPS', key);
    } catch {
      return undefined;
    }
    if (!Array.isArray(reply)) return undefined;
    for (const raw of reply) {
      const info = pairs(raw);
      if (info.get('name') !== group) continue;
      const lag = info.get('lag');
      return {
        lag: lag === null || lag === undefined ? null : Number(lag),
        pending: Number(info.get('pending') ?? 0),
      };
    }
    return undefined;
  }

  /** EVALSHA, loading the script with EVAL when Redis does not have it (after a restart or SCRIPT FLUSH). */
  private async script(script: LuaScript, keys: string[], args: Array<string | number>): Promise<unknown> {
    try {
      return await this.redis.evalsha(script.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return this.redis.eval(script.body, keys.length, ...keys, ...args);
    }
  }
}

function pairs(raw: unknown): Map<string, unknown> {
  const map = new Map<string, unknown>();
  if (!Array.isArray(raw)) return map;
  for (let i = 0; i + 1 < raw.length; i += 2) map.set(String(raw[i]), raw[i + 1]);
  return map;
}

function parseEntries(raw: unknown): StreamEntry[] {
  if (!Array.isArray(raw)) return [];
  const entries: StreamEntry[] = [];
  for (const item of raw) {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || !Array.isArray(item[1])) continue;
    const fields: Record<string, string> = {};
    for (const [name, value] of pairs(item[1])) fields[name] = String(value);
    entries.push({ id: item[0], fields });
  }
  return entries;
}
