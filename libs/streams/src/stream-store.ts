import type Redis from 'ioredis';

export interface StreamEntry {
  id: string;
  fields: Record<string, string>;
}

export interface GroupState {
  /** Entries not yet delivered to the group (null when Redis cannot tell, after deletions). */
  lag: number | null;
  /** Delivered, not yet acknowledged. */
  pending: number;
}

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

  /** How many times the group delivered an entry (XPENDING); undefined when it is not pending. */
  async deliveryCount(key: string, group: string, id: string): Promise<number | undefined> {
    const reply = await this.redis.call('XPENDING', key, group, id, id, 1);
    if (!Array.isArray(reply) || !Array.isArray(reply[0])) return undefined;
    return Number(reply[0][3]);
  }

  async ack(key: string, group: string, id: string): Promise<void> {
    await this.redis.call('XACK', key, group, id);
  }

  /** Success: the dedupe marker and the ack in one transaction. */
  async ackDone(key: string, group: string, id: string, doneKey: string, ttlMs: number): Promise<void> {
    await this.redis.multi().set(doneKey, '1', 'PX', ttlMs).xack(key, group, id).exec();
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
