import type { Redis } from 'ioredis';

export type RawEntry = [id: string, fields: string[]];
type Listener = (entries: RawEntry[]) => void;

interface Tailed {
  /** The id of the last entry read for this stream. */
  last: string;
  listeners: Set<Listener>;
}

/** Orders stream entry ids (`<ms>-<seq>`). */
export function compareIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(BigInt);
  const [bm, bs] = b.split('-').map(BigInt);
  return am === bm ? Number((as ?? 0n) - (bs ?? 0n)) : am < bm ? -1 : 1;
}

/**
 * Every live log follower of a process reads through this: one blocking XREAD over all the
 * streams followed at the moment, on one connection, fanned out to the followers of each stream.
 * A stream starts being read from the id its first follower gives; a follower arriving later
 * catches up from the store on its own (see LogStore.follow), so the tail never reads backwards.
 * When a new stream is added while the read blocks, the read is unblocked (CLIENT UNBLOCK) and
 * reissued with it.
 */
export class LogTail {
  private readonly streams = new Map<string, Tailed>();
  private reader: Redis | undefined;
  private readerId: number | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly redis: Redis,
    /** Names the connection in CLIENT LIST. */
    private readonly name = 'log-tail',
    private readonly blockMs = 5000,
  ) {}

  /** Calls `listener` with entries of `key` after `fromId` as they arrive, until the returned function is called. */
  subscribe(key: string, fromId: string, listener: Listener): () => void {
    let tailed = this.streams.get(key);
    if (!tailed) {
      tailed = { last: fromId, listeners: new Set() };
      this.streams.set(key, tailed);
      this.wake();
    }
    tailed.listeners.add(listener);
    return () => {
      const current = this.streams.get(key);
      if (!current?.listeners.delete(listener) || current.listeners.size > 0) return;
      this.streams.delete(key);
    };
  }

  /** Streams read right now (for tests and metrics). */
  get size(): number {
    return this.streams.size;
  }

  async close(): Promise<void> {
    this.streams.clear();
    const reader = this.reader;
    this.reader = undefined;
    reader?.disconnect();
    await this.loop;
  }

  private wake(): void {
    if (!this.loop) {
      this.loop = this.run().finally(() => (this.loop = undefined));
      return;
    }
    if (this.readerId !== undefined) void this.redis.client('UNBLOCK', this.readerId).catch(() => undefined);
  }

  private async run(): Promise<void> {
    if (!this.reader) {
      this.reader = this.redis.duplicate({ connectionName: this.name });
      this.readerId = Number(await this.reader.client('ID'));
    }
    const reader = this.reader;
    while (this.streams.size > 0 && this.reader === reader) {
      const keys = [...this.streams.keys()];
      const ids = keys.map((key) => {
        const last = this.streams.get(key)?.last ?? '0';
        return last === '0' ? '0-0' : last;
      });
      const response = (await reader
        .xread('BLOCK', this.blockMs, 'STREAMS', ...keys, ...ids)
        .catch(() => null)) as [string, RawEntry[]][] | null;
      for (const [key, entries] of response ?? []) {
        const tailed = this.streams.get(key);
        if (!tailed || entries.length === 0) continue;
        tailed.last = entries[entries.length - 1][0];
        for (const listener of tailed.listeners) listener(entries);
      }
    }
  }
}
