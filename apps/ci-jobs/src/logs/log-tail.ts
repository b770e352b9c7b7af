import type { Redis } from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';

export type RawEntry = [id: string, fields: string[]];
type Listener = (entries: RawEntry[]) => void;

interface Tailed {
  /** The id of the last entry read for this stream; empty until its current end is known. */
  last: string;
  listeners: Set<Listener>;
  ready: Promise<void>;
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
const READ_COUNT = 1000;
const ERROR_PAUSE_MS = 250;

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

  /**
   * Calls `listener` with entries of `key` added from now on, until the returned function is
   * called. Resolves once the tail knows where the stream ends, so a follower that then reads
   * what came before from the stream misses nothing between the two.
   */
  async subscribe(key: string, listener: Listener): Promise<() => void> {
    let tailed = this.streams.get(key);
    if (!tailed) {
      const entry: Tailed = { last: '', listeners: new Set(), ready: Promise.resolve() };
      entry.ready = this.redis
        .xrevrange(key, '+', '-', 'COUNT', 1)
        .catch(() => [])
        .then(([newest]) => {
          entry.last = newest?.[0] ?? '0-0';
          this.wake();
        });
      this.streams.set(key, entry);
      tailed = entry;
    }
    tailed.listeners.add(listener);
    await tailed.ready;
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

  /** The reader connection and its client id (for CLIENT UNBLOCK); null once closed. */
  private async connect(): Promise<Redis | null> {
    if (this.reader) return this.reader;
    const reader = this.redis.duplicate({ connectionName: this.name });
    try {
      this.readerId = Number(await reader.client('ID'));
      this.reader = reader;
      return reader;
    } catch {
      reader.disconnect();
      await sleep(ERROR_PAUSE_MS);
      return this.streams.size > 0 ? this.connect() : null;
    }
  }

  private wake(): void {
    if (!this.loop) {
      this.loop = this.run().finally(() => (this.loop = undefined));
      return;
    }
    if (this.readerId !== undefined) void this.redis.client('UNBLOCK', this.readerId).catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (this.streams.size > 0) {
      const reader = await this.connect();
      if (!reader) return;
      const started = [...this.streams].filter(([, tailed]) => tailed.last !== '');
      if (started.length === 0) return;
      const keys = started.map(([key]) => key);
      const ids = started.map(([, tailed]) => tailed.last);
      const response = (await reader
        .xread('COUNT', READ_COUNT, 'BLOCK', this.blockMs, 'STREAMS', ...keys, ...ids)
        .catch(async () => {
          await sleep(ERROR_PAUSE_MS);
          return null;
        })) as [string, RawEntry[]][] | null;
      for (const [key, entries] of response ?? []) {
        const tailed = this.streams.get(key);
        if (!tailed || entries.length === 0) continue;
        tailed.last = entries[entries.length - 1][0];
        for (const listener of tailed.listeners) listener(entries);
      }
    }
  }
}
