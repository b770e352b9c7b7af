import { setTimeout as sleep } from 'node:timers/promises';
import { eventually, job, StreamsHarness } from './support/harness';

describe('Redis Streams transport: lost and slow consumers', () => {
  let harness: StreamsHarness;

  beforeEach(() => {
    harness = new StreamsHarness();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('claims (XAUTOCLAIM) a message a dead consumer left pending past the visibility timeout', async () => {
    const stream = harness.key('test.jobs');
    await harness.redis.xgroup('CREATE', stream, 'test-workers', '0', 'MKSTREAM');
    const { envelope } = await harness.producer().emit('test.jobs', job());
    await harness.redis.xreadgroup('GROUP', 'test-workers', 'ghost', 'COUNT', 1, 'STREAMS', stream, '>');
    expect(await harness.pendingCount('test.jobs')).toBe(1);

    const seen: Array<{ id: string; attempt: number; at: number }> = [];
    const started = Date.now();
    await harness.worker(async (_payload, context) => {
      seen.push({ id: context.envelope.id, attempt: context.delivery.attempt, at: Date.now() });
    });

    await eventually(() => seen.length === 1);
    expect(seen[0]).toMatchObject({ id: envelope.id, attempt: 2 });
    expect(seen[0].at - started).toBeGreaterThanOrEqual(400);
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0);
  });

  it('keeps a slow handler’s message from being stolen by extending its claim', async () => {
    const runs: string[] = [];
    await harness.worker(async () => {
      runs.push('first');
      await sleep(1800);
    });
    await harness.producer().emit('test.jobs', job());
    await eventually(() => runs.length === 1);
    await harness.worker(async () => {
      runs.push('second');
    });

    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0, 5000);
    await sleep(300);
    expect(runs).toEqual(['first']);
  });

  it('lets a live consumer take the message when its claim is not extended (the control case)', async () => {
    const runs: string[] = [];
    await harness.worker(
      async () => {
        runs.push('first');
        await sleep(1800);
      },
      // Neither renewing its claim nor sweeping for idle entries itself (which would re-claim its own).
      { claimExtendMs: 60_000, reclaimIntervalMs: 60_000 },
    );
    await harness.producer().emit('test.jobs', job());
    await eventually(() => runs.length === 1);
    await harness.worker(async () => {
      runs.push('second');
    });

    await eventually(() => runs.length === 2, 5000);
    expect(runs).toEqual(['first', 'second']);
  });

  it('on close stops reading, lets an in-flight handler finish and acks it', async () => {
    const finished: string[] = [];
    const { worker } = await harness.worker(async (payload) => {
      await sleep(400);
      finished.push(payload.jobId);
    });
    await harness.producer().emit('test.jobs', job());
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 1);

    await worker.close();
    expect(finished).toEqual([job().jobId]);
    expect(await harness.pendingCount('test.jobs')).toBe(0);
    await harness.producer().emit('test.jobs', job({ steps: 9 }));
    await sleep(300);
    expect(finished).toHaveLength(1);
  });

  it('on close leaves a handler that outlives the grace period pending, and another consumer takes it', async () => {
    const runs: number[] = [];
    const { worker } = await harness.worker(
      async (_payload, context) => {
        runs.push(context.delivery.attempt);
        await sleep(3000, undefined, { ref: false });
      },
      { shutdownGraceMs: 100 },
    );
    await harness.producer().emit('test.jobs', job());
    await eventually(() => runs.length === 1);
    await worker.close();
    expect(await harness.pendingCount('test.jobs')).toBe(1);

    const done: number[] = [];
    await harness.worker(async (_payload, context) => {
      done.push(context.delivery.attempt);
    });
    await eventually(() => done.length === 1);
    expect(done).toEqual([2]);
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0);
  });
});
