import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { eventually, job, StreamsHarness } from './support/harness';

/**
 * DESIGN §4 "nothing lost when a process is killed": a consumer process takes a message and is
 * killed with SIGKILL mid-handler; a live consumer reclaims it after the visibility timeout, and
 * the effect happens exactly once.
 */
describe('Redis Streams transport: a consumer process killed mid-message', () => {
  let harness: StreamsHarness;
  let child: ChildProcess | undefined;

  beforeEach(() => {
    harness = new StreamsHarness();
  });

  afterEach(async () => {
    child?.kill('SIGKILL');
    await harness.close();
  });

  it('is reclaimed by another consumer and its effect happens exactly once', async () => {
    const stream = harness.key('test.jobs');
    const startedKey = harness.key('crash:started');
    await harness.redis.xgroup('CREATE', stream, 'test-workers', '0', 'MKSTREAM');
    const victim = spawn(
      process.execPath,
      [
        join(__dirname, 'fixtures/crash-consumer.js'),
        harness.url,
        stream,
        'test-workers',
        'doomed',
        startedKey,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child = victim;
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      victim.once('exit', (_code, signal) => resolve(signal)),
    );

    const { envelope, entryId } = await harness.producer().emit('test.jobs', job());
    await eventually(async () => (await harness.redis.get(startedKey)) !== null);
    expect(await harness.redis.get(startedKey)).toBe(`${victim.pid} ${entryId}`);
    victim.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(await harness.pendingCount('test.jobs')).toBe(1);

    const attempts: number[] = [];
    const effectKey = (id: string) => harness.key(`effect:${id}`);
    await harness.worker(async (_payload, context) => {
      attempts.push(context.delivery.attempt);
      await harness.redis.incr(effectKey(context.envelope.id));
    });
    await eventually(async () => (await harness.pendingCount('test.jobs')) === 0, 5000);
    await harness.worker(async (_payload, context) => {
      attempts.push(context.delivery.attempt);
      await harness.redis.incr(effectKey(context.envelope.id));
    });
    await harness.producer().emit('test.jobs', job(), { id: envelope.id });
    await eventually(
      async () => (await harness.pendingCount('test.jobs')) === 0 && (await harness.redis.xlen(stream)) === 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(await harness.redis.get(effectKey(envelope.id))).toBe('1');
    expect(attempts).toEqual([2]);
    expect(await harness.entries('test.jobs.dlq')).toEqual([]);
  });
});
