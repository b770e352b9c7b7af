import { Inject, Injectable } from '@nestjs/common';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import type { LogLine } from '../runner/log-batcher';
import { compareIds, LogTail, type RawEntry } from './log-tail';

/** One entry of a job's log stream: a line, a status change, or the end (with the final status). */
export type LogEntry =
  | { id: string; type: 'line'; line: LogLine }
  | { id: string; type: 'status'; status: string }
  | { id: string; type: 'end'; status: string };

export const LOG_RETENTION_SECONDS = 24 * 60 * 60;
const MAX_ENTRIES = 200_000;

function decode([id, fields]: RawEntry): LogEntry | null {
  const data = fields[fields.indexOf('data') + 1];
  try {
    const parsed: unknown = JSON.parse(data ?? '');
    if (typeof parsed !== 'object' || parsed === null || !('type' in parsed)) return null;
    if (parsed.type === 'line' && 'line' in parsed) return { id, type: 'line', line: parsed.line as LogLine };
    if (
      (parsed.type === 'status' || parsed.type === 'end') &&
      'status' in parsed &&
      typeof parsed.status === 'string'
    ) {
      return { id, type: parsed.type, status: parsed.status };
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * A job's log as the Redis stream `ci.logs.<jobId>`: entry ids are the SSE event ids, so a client
 * reconnecting with Last-Event-ID resumes exactly after what it saw, on any replica.
 */
@Injectable()
export class LogStore {
  private tail: LogTail | undefined;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {}

  key = (jobId: string): string => `${this.prefix}ci.logs.${jobId}`;

  async append(jobId: string, lines: LogLine[]): Promise<void> {
    if (lines.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const line of lines)
      pipeline.xadd(
        this.key(jobId),
        'MAXLEN',
        '~',
        MAX_ENTRIES,
        '*',
        'data',
        JSON.stringify({ type: 'line', line }),
      );
    await pipeline.exec();
  }

  async status(jobId: string, status: string): Promise<void> {
    await this.redis.xadd(this.key(jobId), '*', 'data', JSON.stringify({ type: 'status', status }));
  }

  /** Marks the end; the log then expires with the job, 24 h later. */
  async end(jobId: string, status: string): Promise<void> {
    await this.redis
      .multi()
      .xadd(this.key(jobId), '*', 'data', JSON.stringify({ type: 'end', status }))
      .expire(this.key(jobId), LOG_RETENTION_SECONDS)
      .exec();
  }

  /** Entries strictly after `afterId` ('0' for all), oldest first. */
  async read(jobId: string, afterId = '0', count = 1000): Promise<LogEntry[]> {
    const start = afterId === '0' ? '-' : `(${afterId}`;
    const raw = (await this.redis.xrange(this.key(jobId), start, '+', 'COUNT', count)) as RawEntry[];
    return raw.map(decode).filter((e): e is LogEntry => e !== null);
  }

  /**
   * Up to `count` entries just before `beforeId` (the newest ones when absent), oldest first,
   * whether any come before them, and how many entries the log holds (read together, so a page
   * of the tail tells where its first entry stands: the console numbers lines by it).
   */
  async readBefore(
    jobId: string,
    beforeId: string | undefined,
    count: number,
  ): Promise<{ entries: LogEntry[]; moreBefore: boolean; total: number }> {
    const end = beforeId === undefined ? '+' : `(${beforeId}`;
    const [[, total], [, raw]] = (await this.redis
      .multi()
      .xlen(this.key(jobId))
      .xrevrange(this.key(jobId), end, '-', 'COUNT', count + 1)
      .exec()) as [[null, number], [null, RawEntry[]]];
    return {
      entries: raw
        .slice(0, count)
        .reverse()
        .map(decode)
        .filter((e): e is LogEntry => e !== null),
      moreBefore: raw.length > count,
      total,
    };
  }

  /**
   * Follows the log from `afterId`: yields batches as they arrive until the end entry (included)
   * or until `signal` aborts. Live entries come through the process's one LogTail; what came
   * before is read from the stream, so nothing is missed or repeated whatever the tail had read.
   */
  async *follow(jobId: string, afterId: string, signal: AbortSignal): AsyncGenerator<LogEntry[]> {
    const arrived: LogEntry[] = [];
    let wake: (() => void) | undefined;
    const unsubscribe = await this.liveTail().subscribe(this.key(jobId), (raw) => {
      arrived.push(...raw.map(decode).filter((e): e is LogEntry => e !== null));
      wake?.();
    });
    const onAbort = () => wake?.();
    signal.addEventListener('abort', onAbort, { once: true });
    let last = afterId;
    try {
      while (!signal.aborted) {
        const backlog = await this.read(jobId, last);
        if (backlog.length === 0) break;
        last = backlog[backlog.length - 1].id;
        yield backlog;
        if (backlog.some((e) => e.type === 'end')) return;
      }
      while (!signal.aborted) {
        const fresh = arrived.splice(0).filter((e) => last === '0' || compareIds(e.id, last) > 0);
        if (fresh.length === 0) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        last = fresh[fresh.length - 1].id;
        yield fresh;
        if (fresh.some((e) => e.type === 'end')) return;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      unsubscribe();
    }
  }

  /** Stops the live tail's connection (after the HTTP server stopped). */
  async onApplicationShutdown(): Promise<void> {
    await this.tail?.close();
  }

  private liveTail(): LogTail {
    this.tail ??= new LogTail(this.redis, `log-tail:${this.prefix.replace(/[^\w:.-]/g, '_')}`);
    return this.tail;
  }
}
