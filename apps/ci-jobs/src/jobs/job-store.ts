import { Inject, Injectable, Optional } from '@nestjs/common';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { JobTriggerDto } from '@slipway/contracts';
import type { Redis } from 'ioredis';
import { JobStatus, TERMINAL, TRANSITIONS } from './job-states';

export interface JobRecord extends JobTriggerDto {
  id: string;
  status: JobStatus;
  attempt: number;
  created_at: string;
  updated_at: string;
  started_at?: string;
  finished_at?: string;
  exit_code?: number;
  runner?: string;
  reason?: string;
  retry_of?: string;
}

export type TransitionOutcome =
  | { ok: true; job: JobRecord }
  | { ok: false; reason: 'not_found' | 'illegal' | 'stale_attempt'; status?: JobStatus };

export interface Transition {
  to: JobStatus;
  /** The claim's attempt number (fencing token): a write from an older attempt is refused. */
  attempt?: number;
  runner?: string;
  exit_code?: number;
  reason?: string;
}

export const RETENTION_SECONDS = 24 * 60 * 60;

/**
 * Moves a job between states atomically. KEYS: job hash, all index, to-status index, expiry index.
 * ARGV: to, attempt ('' = none), now ISO, now ms, runner, exit code, reason, retention s,
 * allowed-from list (comma), terminal list (comma), id, status-index key prefix.
 */
const TRANSITION_LUA = `
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return {'not_found'} end
local to = ARGV[1]
local allowed = false
for from in string.gmatch(ARGV[9], '[^,]+') do if from == status then allowed = true end end
if not allowed then return {'illegal', status} end
local current = tonumber(redis.call('HGET', KEYS[1], 'attempt') or '0')
if ARGV[2] ~= '' then
  local attempt = tonumber(ARGV[2])
  if to == 'running' then
    if attempt <= current then return {'stale_attempt', status} end
  elseif attempt ~= current then
    return {'stale_attempt', status}
  end
  redis.call('HSET', KEYS[1], 'attempt', attempt)
end
redis.call('HSET', KEYS[1], 'status', to, 'updated_at', ARGV[3])
if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'runner', ARGV[5]) end
if ARGV[6] ~= '' then redis.call('HSET', KEYS[1], 'exit_code', ARGV[6]) end
if ARGV[7] ~= '' then redis.call('HSET', KEYS[1], 'reason', ARGV[7]) end
if to == 'running' and status == 'pending' then redis.call('HSET', KEYS[1], 'started_at', ARGV[3]) end
redis.call('ZREM', ARGV[12] .. status, ARGV[11])
local created = redis.call('ZSCORE', KEYS[2], ARGV[11])
redis.call('ZADD', KEYS[3], created, ARGV[11])
for terminal in string.gmatch(ARGV[10], '[^,]+') do
  if terminal == to then
    redis.call('HSET', KEYS[1], 'finished_at', ARGV[3])
    redis.call('EXPIRE', KEYS[1], tonumber(ARGV[8]))
    redis.call('ZADD', KEYS[4], tonumber(ARGV[4]) + tonumber(ARGV[8]) * 1000, ARGV[11])
  end
end
return {'ok'}
`;

const INTEGER_FIELDS = new Set(['attempt', 'exit_code', 'pull_request']);

/** Job state in Redis: a hash per job, sorted-set indexes by creation time (all, by status, by repo, by branch). */
/** Tests pass a fixed clock; the app uses the wall clock. */
export const CLOCK = Symbol('CLOCK');

@Injectable()
export class JobStore {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
    @Optional() @Inject(CLOCK) private readonly clock: () => Date = () => new Date(),
  ) {}

  key = (...parts: string[]): string => `${this.prefix}${parts.join(':')}`;
  private jobKey = (id: string) => `${this.prefix}job:${id}`;
  private statusIndex = (status: string) => this.key('jobs', 'status', status);
  private repoIndex = (repo: string) => this.key('jobs', 'repo', repo);
  private branchIndex = (branch: string) => this.key('jobs', 'branch', branch);
  private allIndex = () => this.key('jobs', 'all');
  private expiryIndex = () => this.key('jobs', 'expiry');

  async create(id: string, trigger: JobTriggerDto, retryOf?: string): Promise<JobRecord> {
    const now = this.clock();
    const record: JobRecord = {
      ...trigger,
      id,
      status: 'pending',
      attempt: 0,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      ...(retryOf ? { retry_of: retryOf } : {}),
    };
    const score = now.getTime();
    const tx = this.redis
      .multi()
      .hset(this.jobKey(id), flatten(record))
      .zadd(this.allIndex(), score, id)
      .zadd(this.statusIndex('pending'), score, id)
      .zadd(this.repoIndex(trigger.repository), score, id);
    if (trigger.branch) tx.zadd(this.branchIndex(trigger.branch), score, id);
    await tx.exec();
    return record;
  }

  async get(id: string): Promise<JobRecord | null> {
    return unflatten(await this.redis.hgetall(this.jobKey(id)));
  }

  async transition(id: string, change: Transition): Promise<TransitionOutcome> {
    const allowedFrom = (Object.keys(TRANSITIONS) as JobStatus[]).filter((from) =>
      TRANSITIONS[from].includes(change.to),
    );
    const now = this.clock();
    const result = (await this.redis.eval(
      TRANSITION_LUA,
      4,
      this.jobKey(id),
      this.allIndex(),
      this.statusIndex(change.to),
      this.expiryIndex(),
      change.to,
      change.attempt === undefined ? '' : String(change.attempt),
      now.toISOString(),
      String(now.getTime()),
      change.runner ?? '',
      change.exit_code === undefined ? '' : String(change.exit_code),
      change.reason ?? '',
      String(RETENTION_SECONDS),
      allowedFrom.join(','),
      [...TERMINAL].join(','),
      id,
      this.statusIndex(''),
    )) as [string, string?];
    if (result[0] !== 'ok') {
      return {
        ok: false,
        reason: result[0] as 'not_found' | 'illegal' | 'stale_attempt',
        status: result[1] as JobStatus | undefined,
      };
    }
    return { ok: true, job: (await this.get(id)) as JobRecord };
  }

  /** Newest first; `cursor` is the last id of the previous page. Filters intersect their indexes. */
  async list(
    filter: { status?: JobStatus; repo?: string; branch?: string },
    limit: number,
    cursor?: string,
  ): Promise<{ items: JobRecord[]; next_cursor: string | null }> {
    const indexes = [
      filter.status ? this.statusIndex(filter.status) : undefined,
      filter.repo ? this.repoIndex(filter.repo) : undefined,
      filter.branch ? this.branchIndex(filter.branch) : undefined,
    ].filter((k): k is string => k !== undefined);
    const ids = await this.page(indexes.length ? indexes : [this.allIndex()], limit + 1, cursor);
    const more = ids.length > limit;
    const pipeline = this.redis.pipeline();
    for (const id of ids.slice(0, limit)) pipeline.hgetall(this.jobKey(id));
    const replies = (await pipeline.exec()) ?? [];
    const items = replies.flatMap(([error, fields]) => {
      const job = !error && isHash(fields) ? unflatten(fields) : null;
      return job ? [job] : [];
    });
    return { items, next_cursor: more ? (items[items.length - 1]?.id ?? null) : null };
  }

  /** Marks a running job for cancellation; its runner sees the flag at its next heartbeat. */
  async requestCancel(id: string): Promise<void> {
    await this.redis.hset(this.jobKey(id), 'cancel_requested', '1');
  }

  async cancelRequested(id: string): Promise<boolean> {
    return (await this.redis.hget(this.jobKey(id), 'cancel_requested')) === '1';
  }

  /** Position among pending jobs, oldest first (1 = next to be claimed). */
  async queuePosition(id: string): Promise<number | null> {
    const rank = await this.redis.zrank(this.statusIndex('pending'), id);
    return rank === null ? null : rank + 1;
  }

  async count(status: JobStatus): Promise<number> {
    return this.redis.zcard(this.statusIndex(status));
  }

  /** Removes what retention let expire: index entries of jobs whose hash expired. Returns the ids swept. */
  async sweepExpired(): Promise<string[]> {
    const due = await this.redis.zrangebyscore(this.expiryIndex(), 0, this.clock().getTime());
    for (const id of due) {
      const job = await this.get(id);
      const tx = this.redis
        .multi()
        .del(this.jobKey(id))
        .zrem(this.allIndex(), id)
        .zrem(this.expiryIndex(), id);
      for (const status of Object.keys(TRANSITIONS)) tx.zrem(this.statusIndex(status), id);
      if (job) tx.zrem(this.repoIndex(job.repository), id);
      if (job?.branch) tx.zrem(this.branchIndex(job.branch), id);
      await tx.exec();
    }
    return due;
  }

  private async page(indexes: string[], count: number, cursor?: string): Promise<string[]> {
    const source =
      indexes.length === 1
        ? indexes[0]
        : this.key(
            'tmp',
            'jobs',
            String(process.pid),
            String(Date.now()),
            Math.random().toString(36).slice(2),
          );
    if (indexes.length > 1)
      await this.redis
        .multi()
        .zinterstore(source, indexes.length, ...indexes, 'AGGREGATE', 'MIN')
        .expire(source, 10)
        .exec();
    if (cursor) {
      const score = await this.redis.zscore(source, cursor);
      if (score === null) return [];
      // Same-score members are ordered by id; continue strictly after the cursor.
      const sameScore = await this.redis.zrevrangebyscore(source, score, score);
      const after = sameScore.slice(sameScore.indexOf(cursor) + 1);
      if (after.length >= count) return after.slice(0, count);
      const older = await this.redis.zrevrangebyscore(
        source,
        `(${score}`,
        '-inf',
        'LIMIT',
        0,
        count - after.length,
      );
      return [...after, ...older];
    }
    return this.redis.zrevrangebyscore(source, '+inf', '-inf', 'LIMIT', 0, count);
  }
}

const isHash = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null;

function flatten(record: JobRecord): Record<string, string> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
}

/** Every job's hash names the job and its status from its creation on; nothing else does (a stray cancel flag). */
const isJob = (
  record: Record<string, string | number>,
): record is Record<string, string | number> & JobRecord =>
  typeof record.id === 'string' && typeof record.status === 'string';

/** A job's hash as its record, in one pass (every GET reads one); null for a hash that holds no job. */
function unflatten(fields: Record<string, string>): JobRecord | null {
  const record: Record<string, string | number> = {};
  for (const key in fields) {
    if (key !== 'cancel_requested') record[key] = INTEGER_FIELDS.has(key) ? Number(fields[key]) : fields[key];
  }
  return isJob(record) ? record : null;
}
