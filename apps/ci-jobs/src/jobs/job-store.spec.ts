import { testRedis } from '@slipway/devstack';
import type { JobTriggerDto } from '@slipway/contracts';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { JobStore } from './job-store';

const trigger = (repository: string, branch: string): JobTriggerDto => ({
  forge: 'gitea',
  event: 'push',
  repository,
  clone_url: `https://forge.example/${repository}.git`,
  ref: `refs/heads/${branch}`,
  ref_kind: 'branch',
  branch,
  sha: 'ef98532add3b2feb7a137426bba1248724367df5',
  author: 'gordon',
});

describe('JobStore (real Redis)', () => {
  const { url, prefix } = testRedis();
  const redis = new Redis(url, { lazyConnect: true });
  let now = new Date('2026-11-20T10:00:00.000Z');
  const store = new JobStore(redis, prefix, () => now);
  const tick = (ms = 1) => (now = new Date(now.getTime() + ms));

  beforeAll(async () => {
    await redis.connect();
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('creates pending jobs and reads them back with their trigger', async () => {
    const id = randomUUID();
    await store.create(id, trigger('team/app', 'main'));
    expect(await store.get(id)).toMatchObject({
      id,
      status: 'pending',
      attempt: 0,
      repository: 'team/app',
      branch: 'main',
      sha: 'ef98532add3b2feb7a137426bba1248724367df5',
    });
    expect(await store.get(randomUUID())).toBeNull();
  });

  it('reads counters as numbers and keeps the cancel flag to itself, in get and list alike', async () => {
    const id = randomUUID();
    await store.create(id, trigger('team/flagged', 'main'));
    tick();
    await store.transition(id, { to: 'running', attempt: 1, runner: 'runner-1' });
    await store.requestCancel(id);
    tick();
    await store.transition(id, { to: 'failed', attempt: 1, exit_code: 137, reason: 'cancelled' });
    const job = await store.get(id);
    expect(job).toMatchObject({ status: 'failed', attempt: 1, exit_code: 137, runner: 'runner-1' });
    expect(job).not.toHaveProperty('cancel_requested');
    expect(await store.cancelRequested(id)).toBe(true);
    const { items } = await store.list({ repo: 'team/flagged' }, 10);
    expect(items).toEqual([job]);
  });

  it('reads a hash that holds only a stray cancel flag (its job expired) as no job', async () => {
    const id = randomUUID();
    await store.requestCancel(id);
    expect(await store.get(id)).toBeNull();
  });

  it('follows the state machine and refuses illegal transitions', async () => {
    const id = randomUUID();
    await store.create(id, trigger('team/app', 'main'));
    expect(await store.transition(id, { to: 'success', attempt: 1 })).toEqual({
      ok: false,
      reason: 'illegal',
      status: 'pending',
    });
    const running = await store.transition(id, { to: 'running', attempt: 1, runner: 'runner-a' });
    expect(running).toMatchObject({
      ok: true,
      job: { status: 'running', attempt: 1, runner: 'runner-a', started_at: now.toISOString() },
    });
    tick(1000);
    const done = await store.transition(id, { to: 'success', attempt: 1, exit_code: 0 });
    expect(done).toMatchObject({
      ok: true,
      job: { status: 'success', exit_code: 0, finished_at: now.toISOString() },
    });
    expect(await store.transition(id, { to: 'running', attempt: 2 })).toEqual({
      ok: false,
      reason: 'illegal',
      status: 'success',
    });
    expect(await store.transition(randomUUID(), { to: 'running', attempt: 1 })).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await redis.ttl(`${prefix}job:${id}`)).toBeGreaterThan(24 * 3600 - 10);
  });

  it('fences writes with the attempt number: a reclaimed job refuses its old runner', async () => {
    const id = randomUUID();
    await store.create(id, trigger('team/app', 'main'));
    expect((await store.transition(id, { to: 'running', attempt: 1, runner: 'old' })).ok).toBe(true);
    expect((await store.transition(id, { to: 'running', attempt: 2, runner: 'new' })).ok).toBe(true);
    expect(await store.transition(id, { to: 'running', attempt: 2, runner: 'twin' })).toEqual({
      ok: false,
      reason: 'stale_attempt',
      status: 'running',
    });
    expect(await store.transition(id, { to: 'failed', attempt: 1, exit_code: 1 })).toEqual({
      ok: false,
      reason: 'stale_attempt',
      status: 'running',
    });
    expect(await store.transition(id, { to: 'success', attempt: 2, exit_code: 0 })).toMatchObject({
      ok: true,
      job: { status: 'success', runner: 'new' },
    });
  });

  it('lists newest first by status, repository and branch, with an exact cursor walk', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const id = randomUUID();
      ids.push(id);
      await store.create(id, trigger('walk/repo', i % 2 ? 'dev' : 'main'));
      if (i % 3 === 0) tick(5);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const page = await store.list({ repo: 'walk/repo' }, 3, cursor);
      seen.push(...page.items.map((j) => j.id));
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(ids));
    const dev = await store.list({ repo: 'walk/repo', branch: 'dev', status: 'pending' }, 10);
    expect(dev.items.map((j) => j.id).sort()).toEqual([ids[1], ids[3], ids[5]].sort());
    expect(dev.next_cursor).toBeNull();
  });

  it('knows the queue position of pending jobs, oldest first', async () => {
    const a = randomUUID();
    const b = randomUUID();
    tick(10);
    await store.create(a, trigger('queue/repo', 'main'));
    tick(10);
    await store.create(b, trigger('queue/repo', 'main'));
    const positionA = await store.queuePosition(a);
    const positionB = await store.queuePosition(b);
    expect(positionA).not.toBeNull();
    expect(positionB).toBe((positionA ?? 0) + 1);
    await store.transition(a, { to: 'cancelled' });
    expect(await store.queuePosition(a)).toBeNull();
  });

  it('sweeps jobs past retention so that no key of theirs remains', async () => {
    const sweepPrefix = `${prefix}sweep:`;
    const local = new JobStore(redis, sweepPrefix, () => now);
    const id = randomUUID();
    await local.create(id, trigger('sweep/repo', 'main'));
    await local.transition(id, { to: 'running', attempt: 1 });
    await local.transition(id, { to: 'failed', attempt: 1, exit_code: 2 });
    expect(await local.sweepExpired()).toEqual([]);
    tick(24 * 3600 * 1000 + 1);
    expect(await local.sweepExpired()).toEqual([id]);
    expect(await redis.keys(`${sweepPrefix}*`)).toEqual([]);
  });
});
