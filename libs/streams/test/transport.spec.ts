import { MetricsService } from '@slipway/platform';
import { buildEnvelope, type StreamContext } from '../src';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually, job, StreamsHarness, type Job } from './support/harness';

describe('Redis Streams transport', () => {
  let harness: StreamsHarness;

  beforeEach(() => {
    harness = new StreamsHarness();
  });

  afterEach(async () => {
    await harness.close();
  });

  it('hands a handler the validated, typed payload with the envelope metadata, then acks', async () => {
    const received: Array<{ job: Job; context: StreamContext<Job> }> = [];
    await harness.worker(async (payload, context) => {
      received.push({ job: payload, context });
    });
    const { envelope, entryId } = await harness
      .producer()
      .emit('test.jobs', job({ steps: 3 }), { correlationId: 'req-42' });

    await eventually(() => received.length === 1);
    const [{ job: got, context }] = received;
    expect(got).toBeInstanceOf(Object);
    expect(got.constructor.name).toBe('JobRequested');
    expect(got).toEqual(job({ steps: 3 }));
    expect(context.envelope).toMatchObject({
      id: envelope.id,
      type: 'test.jobs',
      version: 1,
      producer: 'streams-test',
      correlationId: 'req-42',
    });
    expect(context.delivery).toEqual({
      stream: 'test.jobs',
      group: 'test-workers',
      entryId,
      attempt: 1,
      maxDeliveries: 5,
    });
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0);
    const [entry] = await harness.entries('test.jobs');
    expect(Object.keys(entry.fields)).toEqual(['data']);
  });

  it('sends an invalid payload to <stream>.dlq at once, with the validation errors, and acks it', async () => {
    const calls: Job[] = [];
    await harness.worker(async (payload) => {
      calls.push(payload);
    });
    const invalid = buildEnvelope({
      type: 'test.jobs',
      version: 1,
      producer: 'someone-else',
      payload: { jobId: 'not-a-uuid', repo: 'x', steps: 0 },
    });
    await harness.redis.xadd(harness.key('test.jobs'), '*', 'data', JSON.stringify(invalid));

    await eventually(async () => (await harness.entries('test.jobs.dlq')).length === 1);
    const [dead] = await harness.entries('test.jobs.dlq');
    expect(dead.fields).toMatchObject({ reason: 'invalid', deliveries: '1', group: 'test-workers' });
    expect(JSON.parse(dead.fields.errors)).toEqual(
      expect.arrayContaining([
        { field: 'jobId', message: 'jobId must be a UUID' },
        { field: 'steps', message: 'steps must not be less than 1' },
      ]),
    );
    expect(JSON.parse(dead.fields.data)).toEqual(invalid);
    expect(await harness.pendingCount('test.jobs')).toBe(0);
    expect(calls).toEqual([]);
  });

  it('dead-letters an entry whose data is not an envelope', async () => {
    await harness.worker(async () => undefined);
    await harness.redis.xadd(harness.key('test.jobs'), '*', 'data', '{"oops"');

    await eventually(async () => (await harness.entries('test.jobs.dlq')).length === 1);
    const [dead] = await harness.entries('test.jobs.dlq');
    expect(dead.fields.reason).toBe('malformed');
    expect(dead.fields.error).toMatch(/not JSON/);
    expect(await harness.pendingCount('test.jobs')).toBe(0);
  });

  it('retries a failing handler with backoff and acks once it succeeds', async () => {
    const attempts: number[] = [];
    const times: number[] = [];
    const done: string[] = [];
    await harness.worker(async (payload, context) => {
      attempts.push(context.delivery.attempt);
      times.push(Date.now());
      if (attempts.length <= 2) throw new Error(`transient failure ${attempts.length}`);
      done.push(payload.jobId);
    });
    await harness.producer().emit('test.jobs', job());

    await eventually(() => done.length === 1);
    expect(attempts).toEqual([1, 2, 3]);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(18);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(38);
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0);
    await sleep(200);
    expect(done).toHaveLength(1);
    expect(await harness.entries('test.jobs.dlq')).toEqual([]);
  });

  it('moves a message that always fails to <stream>.dlq after 5 deliveries, with the error text', async () => {
    const attempts: number[] = [];
    await harness.worker(async (_payload, context) => {
      attempts.push(context.delivery.attempt);
      throw new Error('disk full on runner');
    });
    const { envelope } = await harness.producer().emit('test.jobs', job());

    await eventually(async () => (await harness.entries('test.jobs.dlq')).length === 1);
    const [dead] = await harness.entries('test.jobs.dlq');
    expect(dead.fields).toMatchObject({ reason: 'exhausted', error: 'disk full on runner', deliveries: '5' });
    expect(JSON.parse(dead.fields.data)).toMatchObject({ id: envelope.id });
    expect(attempts).toEqual([1, 2, 3, 4, 5]);
    expect(await harness.pendingCount('test.jobs')).toBe(0);
  });

  it('runs the handler once for a duplicated envelope id, whether the copies arrive together or later', async () => {
    const handled: string[] = [];
    await harness.worker(async (_payload, context) => {
      handled.push(context.envelope.id);
      await sleep(50);
    });
    const producer = harness.producer();
    const id = '7d444840-9dc0-11d1-b245-5ffdce74fad2';
    await Promise.all([producer.emit('test.jobs', job(), { id }), producer.emit('test.jobs', job(), { id })]);
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0 && handled.length === 1);
    await producer.emit('test.jobs', job(), { id });
    await sleep(300);

    expect(handled).toEqual([id]);
    expect(await harness.pendingCount('test.jobs')).toBe(0);
    expect(await harness.entries('test.jobs')).toHaveLength(3);
  });

  it('trims each stream to about its MAXLEN', async () => {
    const producer = harness.producer({ default: 1000, streams: { 'test.logs': 50 } });
    for (let i = 0; i < 600; i += 1) await producer.emit('test.logs', { line: `line ${i}` });
    for (let i = 0; i < 300; i += 1) await producer.emit('test.jobs', job({ steps: i + 1 }));

    const logs = await harness.redis.xlen(harness.key('test.logs'));
    expect(logs).toBeGreaterThanOrEqual(50);
    expect(logs).toBeLessThan(250);
    expect(await harness.redis.xlen(harness.key('test.jobs'))).toBe(300);
  });

  it('exposes lag, pending, processed, failed, dead-lettered and handler duration on the app registry', async () => {
    const metrics = new MetricsService('streams-test');
    const producer = harness.producer();
    for (let i = 0; i < 3; i += 1) await producer.emit('test.jobs', job({ steps: i + 1 }));
    let calls = 0;
    await harness.worker(
      async (payload) => {
        calls += 1;
        if (payload.steps === 3) throw new Error('unlucky');
      },
      { registry: metrics.registry, maxDeliveries: 2 },
    );
    await eventually(async () => (await harness.entries('test.jobs.dlq')).length === 1 && calls === 4);
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0);

    const text = await metrics.registry.metrics();
    const labels = 'stream="test.jobs",group="test-workers"';
    expect(text).toContain(`streams_messages_processed_total{${labels},service="streams-test"} 2`);
    expect(text).toContain(`streams_handler_failures_total{${labels},service="streams-test"} 2`);
    expect(text).toContain(
      `streams_messages_dead_lettered_total{${labels},reason="exhausted",service="streams-test"} 1`,
    );
    expect(text).toContain(`streams_group_lag{${labels},service="streams-test"} 0`);
    expect(text).toContain(`streams_group_pending{${labels},service="streams-test"} 0`);
    expect(text).toContain(
      `streams_handler_duration_seconds_count{service="streams-test",${labels},outcome="success"} 2`,
    );
  });

  it('reports lag for entries the group has not read yet', async () => {
    const metrics = new MetricsService('streams-test');
    const release = { open: false };
    await harness.worker(
      async () => {
        while (!release.open) await sleep(10);
      },
      { registry: metrics.registry, concurrency: 1, count: 1 },
    );
    const producer = harness.producer();
    for (let i = 0; i < 4; i += 1) await producer.emit('test.jobs', job({ steps: i + 1 }));
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 1);

    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'streams_group_lag{stream="test.jobs",group="test-workers",service="streams-test"} 3',
    );
    expect(text).toContain(
      'streams_group_pending{stream="test.jobs",group="test-workers",service="streams-test"} 1',
    );
    release.open = true;
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0);
  });
});
