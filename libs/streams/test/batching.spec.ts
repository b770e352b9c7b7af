import { MetricsService } from '@slipway/platform';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually, job, StreamsHarness } from './support/harness';

/** A read batch shares its Redis round trips (one dedupe lookup, acks written together), never its outcomes. */
describe('Redis Streams transport: read batches', () => {
  let harness: StreamsHarness;

  beforeEach(() => {
    harness = new StreamsHarness();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('in one batch runs a duplicate once, retries a failing message and acks the good ones once', async () => {
    const metrics = new MetricsService('streams-test');
    const producer = harness.producer();
    const duplicateId = '0c9b6a3e-4f1d-4a57-9a3b-5d2f1e7c8b90';
    const first = await producer.emit('test.jobs', job({ steps: 1 }), { id: duplicateId });
    const good = await producer.emit('test.jobs', job({ steps: 2 }));
    const failing = await producer.emit('test.jobs', job({ steps: 3 }));
    await producer.emit('test.jobs', job({ steps: 1 }), { id: duplicateId });
    const last = await producer.emit('test.jobs', job({ steps: 4 }));

    const runs: Array<{ id: string; attempt: number }> = [];
    await harness.worker(
      async (payload, context) => {
        runs.push({ id: context.envelope.id, attempt: context.delivery.attempt });
        if (payload.steps === 3 && context.delivery.attempt === 1) throw new Error('flaky');
      },
      // All five entries come in one XREADGROUP.
      { registry: metrics.registry, count: 10, concurrency: 10 },
    );
    await eventually(async () => runs.length === 5 && (await harness.pendingCount('test.jobs')) === 0);
    // Past the visibility timeout (500 ms): an entry left unacknowledged would be claimed and run again.
    await sleep(800);

    const ids = [first, good, failing, last].map(({ envelope }) => envelope.id);
    expect(runs.filter(({ attempt }) => attempt === 1).map(({ id }) => id)).toEqual(ids);
    expect(runs.filter(({ attempt }) => attempt > 1)).toEqual([{ id: failing.envelope.id, attempt: 2 }]);
    expect(await harness.pendingCount('test.jobs')).toBe(0);
    expect(await harness.entries('test.jobs.dlq')).toEqual([]);
    for (const id of ids)
      expect(await harness.redis.exists(harness.key(`streams:done:test-workers:${id}`))).toBe(1);

    const text = await metrics.registry.metrics();
    const labels = 'stream="test.jobs",group="test-workers"';
    expect(text).toContain(`streams_messages_duplicate_total{${labels},service="streams-test"} 1`);
    expect(text).toContain(`streams_messages_processed_total{${labels},service="streams-test"} 4`);
    expect(text).toContain(`streams_handler_failures_total{${labels},service="streams-test"} 1`);
  });

  it('acks each message of a batch once its own handler succeeded, not when the slowest one has', async () => {
    const producer = harness.producer();
    for (const steps of [1, 2, 3]) await producer.emit('test.jobs', job({ steps }));
    const release = { open: false };
    const finished: number[] = [];
    await harness.worker(
      async (payload) => {
        while (payload.steps === 2 && !release.open) await sleep(10);
        finished.push(payload.steps);
      },
      { count: 10, concurrency: 10 },
    );

    await eventually(async () => finished.length === 2 && (await harness.pendingCount('test.jobs')) === 1);
    expect(finished).toEqual([1, 3]);
    release.open = true;
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0);
    expect(finished).toEqual([1, 3, 2]);
  });

  it('still acks after Redis lost its scripts (a restart, SCRIPT FLUSH)', async () => {
    const handled: number[] = [];
    await harness.worker(async (payload) => {
      handled.push(payload.steps);
    });
    const producer = harness.producer();
    await producer.emit('test.jobs', job({ steps: 1 }));
    await eventually(async () => handled.length === 1 && (await harness.pendingCount('test.jobs')) === 0);
    await harness.redis.script('FLUSH');

    await producer.emit('test.jobs', job({ steps: 2 }));
    await eventually(async () => handled.length === 2 && (await harness.pendingCount('test.jobs')) === 0);
    expect(handled).toEqual([1, 2]);
  });

  it('takes over a dead consumer’s entries as one batch, with each entry’s own delivery count', async () => {
    const stream = harness.key('test.jobs');
    await harness.redis.xgroup('CREATE', stream, 'test-workers', '0', 'MKSTREAM');
    const producer = harness.producer();
    const emitted: Array<{ entryId: string }> = [];
    for (const steps of [1, 2, 3]) emitted.push(await producer.emit('test.jobs', job({ steps })));
    await harness.redis.xreadgroup('GROUP', 'test-workers', 'ghost', 'COUNT', 3, 'STREAMS', stream, '>');
    // The first entry was delivered twice already (claimed by the ghost again).
    await harness.redis.xclaim(stream, 'test-workers', 'ghost', 0, emitted[0].entryId);

    const seen: Array<{ entryId: string; attempt: number }> = [];
    await harness.worker(async (_payload, context) => {
      seen.push({ entryId: context.delivery.entryId, attempt: context.delivery.attempt });
    });

    await eventually(async () => seen.length === 3 && (await harness.pendingCount('test.jobs')) === 0);
    const order = emitted.map(({ entryId }) => entryId);
    seen.sort((a, b) => order.indexOf(a.entryId) - order.indexOf(b.entryId));
    expect(seen).toEqual([
      { entryId: emitted[0].entryId, attempt: 3 },
      { entryId: emitted[1].entryId, attempt: 2 },
      { entryId: emitted[2].entryId, attempt: 2 },
    ]);
  });
});
