import { testRedis } from '@slipway/devstack';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { LOG_RETENTION_SECONDS, LogStore, type LogEntry } from './log-store';

const line = (text: string) => ({
  stream: 'stdout' as const,
  step: 'build',
  text,
  at: new Date().toISOString(),
});
const texts = (entries: LogEntry[]) =>
  entries.flatMap((e) => (e.type === 'line' ? [e.line.text] : [`<${e.type}:${e.status}>`]));

describe('LogStore (real Redis)', () => {
  const { url, prefix } = testRedis();
  const redis = new Redis(url);
  const logs = new LogStore(redis, prefix);

  afterAll(async () => {
    await logs.onApplicationShutdown();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('appends lines in order and reads them back after any entry id, exactly', async () => {
    const job = randomUUID();
    await logs.append(job, ['a', 'b', 'c'].map(line));
    await logs.status(job, 'running');
    await logs.append(job, ['d'].map(line));
    const all = await logs.read(job);
    expect(texts(all)).toEqual(['a', 'b', 'c', '<status:running>', 'd']);
    expect(texts(await logs.read(job, all[1].id))).toEqual(['c', '<status:running>', 'd']);
    expect(await logs.read(job, all[4].id)).toEqual([]);
  });

  it('follows a live log to its end, resuming after a reconnect without gap or duplicate', async () => {
    const job = randomUUID();
    const seen: LogEntry[] = [];
    const first = new AbortController();
    const writer = (async () => {
      for (let i = 0; i < 5; i++) {
        await logs.append(job, [line(`line ${i}`)]);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    for await (const batch of logs.follow(job, '0', first.signal)) {
      seen.push(...batch);
      if (seen.length >= 2) first.abort();
    }
    await writer;
    await logs.end(job, 'success');
    const resumed: LogEntry[] = [];
    for await (const batch of logs.follow(job, seen[seen.length - 1].id, new AbortController().signal))
      resumed.push(...batch);
    expect(texts([...seen, ...resumed])).toEqual([
      'line 0',
      'line 1',
      'line 2',
      'line 3',
      'line 4',
      '<end:success>',
    ]);
    expect(await redis.ttl(logs.key(job))).toBeGreaterThan(LOG_RETENTION_SECONDS - 10);
  });

  it('stops following when the client goes away', async () => {
    const job = randomUUID();
    const gone = new AbortController();
    setTimeout(() => gone.abort(), 100);
    const batches: LogEntry[][] = [];
    for await (const batch of logs.follow(job, '0', gone.signal)) batches.push(batch);
    expect(batches).toEqual([]);
  });

  it('serves many followers of many jobs over one extra connection, each line exactly once, late joiners too', async () => {
    const jobs = [randomUUID(), randomUUID(), randomUUID()];
    const connections = async () =>
      String(await redis.client('LIST'))
        .split('\n')
        .filter((entry: string) => entry.includes(`name=log-tail:${prefix} `)).length;
    const follow = async (job: string, from = '0') => {
      const texts: string[] = [];
      for await (const batch of logs.follow(job, from, new AbortController().signal))
        for (const entry of batch)
          texts.push(entry.type === 'line' ? entry.line.text : `<end:${entry.status}>`);
      return texts;
    };
    const early = jobs.flatMap((job) => Array.from({ length: 4 }, () => follow(job)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 0; i < 5; i++)
      await Promise.all(jobs.map((job) => logs.append(job, [line(`${job.slice(0, 4)} ${i}`)])));
    const late = jobs.map((job) => follow(job));
    for (let i = 5; i < 10; i++)
      await Promise.all(jobs.map((job) => logs.append(job, [line(`${job.slice(0, 4)} ${i}`)])));
    expect(await connections()).toBe(1);
    await Promise.all(jobs.map((job) => logs.end(job, 'success')));
    const results = await Promise.all([...early, ...late]);
    for (const [i, texts] of results.entries()) {
      const job = jobs[i < early.length ? Math.floor(i / 4) : i - early.length];
      expect(texts).toEqual([
        ...Array.from({ length: 10 }, (_, n) => `${job.slice(0, 4)} ${n}`),
        '<end:success>',
      ]);
    }
  });
});
