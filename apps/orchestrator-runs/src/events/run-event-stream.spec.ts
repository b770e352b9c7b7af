// RunEventStream against the real data-api (on a real port, through DataApiClient) and real Redis.
import { DataApiClient } from '@slipway/data-client';
import { testRedis } from '@slipway/devstack';
import { Redis } from 'ioredis';
// The real data-api in-process; no library exposes its test harness yet (see the report).
import { startDataApi, type DataApiFixture } from '@slipway/testing';
import { RunRecords, type RunRecord } from '../records/run-records';
import { RunEventBus } from './run-event-bus';
import { RunEventStream, sseMessage, type EventSink } from './run-event-stream';

interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
}

/** Collects what a stream writes and lets a test wait for what it expects to see. */
class MemorySink implements EventSink {
  closed = false;
  private text = '';
  private readonly watchers = new Set<() => void>();

  write(chunk: string): boolean {
    this.text += chunk;
    for (const watcher of this.watchers) watcher();
    return true;
  }

  async drained(): Promise<void> {
    return undefined;
  }

  get raw(): string {
    return this.text;
  }

  /** Every message written so far; comments (`: ping`) are not messages. */
  messages(): SseMessage[] {
    return this.text
      .split('\n\n')
      .filter((block) => block !== '' && !block.startsWith(':'))
      .map((block) => {
        const message: SseMessage = {};
        for (const line of block.split('\n')) {
          const [field, ...rest] = line.split(': ');
          if (field === 'id' || field === 'event' || field === 'data') message[field] = rest.join(': ');
        }
        return message;
      });
  }

  seqs(): number[] {
    return this.messages()
      .filter((m) => m.id !== undefined)
      .map((m) => Number(m.id));
  }

  async until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    if (condition()) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.watchers.delete(watcher);
        reject(new Error(`timed out; the stream so far:\n${this.text}`));
      }, timeoutMs);
      const watcher = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.watchers.delete(watcher);
        resolve();
      };
      this.watchers.add(watcher);
    });
  }
}

/** Pages of 5 events, so a few dozen events exercise reading the log page by page. */
class SmallPages extends RunEventStream {
  protected override readonly pageSize = 5;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('RunEventStream (real data-api and Redis)', () => {
  const { url, prefix } = testRedis();
  const redis = new Redis(url);
  let harness: DataApiFixture;
  let client: DataApiClient;
  let records: RunRecords;
  let bus: RunEventBus;
  let events: RunEventStream;

  beforeAll(async () => {
    harness = await startDataApi();
    client = harness.client;
    records = new RunRecords(client);
    bus = new RunEventBus(redis, records, prefix);
    events = new SmallPages(records, bus, { SSE_PING_MS: 15_000 });
  });

  afterAll(async () => {
    await bus.close();
    await harness.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  async function runWithEvents(count: number, status: RunRecord['status'] = 'running'): Promise<RunRecord> {
    const run = await records.createRun({
      profile: 'web_service',
      owner_id: harness.users.member.id,
      status,
    });
    for (let i = 1; i <= count; i++) await records.appendEvent(run.id, 'log.line', 'planning', { i });
    return run;
  }

  /** Subscribers Redis counts on the run's channel: zero once every stream on it has ended. */
  async function subscribers(runId: string): Promise<number> {
    const [, count] = (await redis.pubsub('NUMSUB', `${prefix}runs:events:${runId}`)) as [string, number];
    return Number(count);
  }

  /** Starts a stream; `stop` aborts it (the client leaving) and waits for it to finish. */
  function open(runId: string, lastSeq = 0, stream = events) {
    const sink = new MemorySink();
    const client = new AbortController();
    const done = stream.stream(runId, lastSeq, sink, client.signal);
    return {
      sink,
      done,
      stop: async () => {
        client.abort();
        await done;
      },
    };
  }

  it('replays the log from 0, page by page, each event as id, event and its record as data', async () => {
    const run = await runWithEvents(12);
    const { sink, stop } = open(run.id);
    await sink.until(() => sink.seqs().length >= 12);
    await stop();

    expect(sink.seqs()).toEqual(range(1, 12));
    const [first] = await records.events(run.id, 0, 1);
    expect(sink.raw).toContain(sseMessage(first));
    const message = sink.messages()[0];
    expect(message.event).toBe('log.line');
    expect(JSON.parse(message.data ?? '')).toEqual({
      seq: 1,
      type: 'log.line',
      phase: 'planning',
      payload: { i: 1 },
      created_at: first.created_at,
    });
    expect(sink.raw).toMatch(/^id: 1\nevent: log\.line\ndata: \{.*\}\n\n/);
  });

  it('resumes after Last-Event-ID N with exactly N+1 onwards', async () => {
    const run = await runWithEvents(12);
    const { sink, stop } = open(run.id, 7);
    await sink.until(() => sink.seqs().length >= 5);
    await stop();
    expect(sink.seqs()).toEqual(range(8, 12));
  });

  it('delivers live events as they are appended', async () => {
    const run = await runWithEvents(2);
    const { sink, stop } = open(run.id);
    await sink.until(() => sink.seqs().length >= 2);
    await bus.append(run.id, 'phase.started', 'planning', { attempt: 1 });
    await sink.until(() => sink.seqs().length >= 3);
    await bus.append(run.id, 'agent.started', 'planning', { agent_id: 'a1' });
    await sink.until(() => sink.seqs().length >= 4);
    await stop();
    expect(sink.seqs()).toEqual(range(1, 4));
    expect(sink.messages().map((m) => m.event)).toEqual([
      'log.line',
      'log.line',
      'phase.started',
      'agent.started',
    ]);
  });

  it('sends events appended during the replay exactly once and in order', async () => {
    const run = await runWithEvents(30);
    const { sink, stop } = open(run.id);
    // Appended at once, they commit in seq order but may be published out of it.
    await Promise.all(range(1, 20).map((i) => bus.append(run.id, 'log.line', 'planning', { late: i })));
    await sink.until(() => sink.seqs().length >= 50);
    await bus.append(run.id, 'log.line', 'planning', { last: true });
    await sink.until(() => sink.seqs().length >= 51);
    await stop();
    expect(sink.seqs()).toEqual(range(1, 51));
  });

  it('sends events appended between replay pages once and in order, whether read or heard first', async () => {
    const run = await runWithEvents(12);
    /** data-api as the stream sees it, with an event appended (and published) after each of 3 reads. */
    class AppendingRecords extends RunRecords {
      private appends = 3;
      override async events(runId: string, afterSeq: number, limit?: number) {
        const page = await super.events(runId, afterSeq, limit);
        if (this.appends-- > 0) await bus.append(runId, 'log.line', 'planning', { after: afterSeq });
        return page;
      }
    }
    const appending = new SmallPages(new AppendingRecords(client), bus, { SSE_PING_MS: 15_000 });
    const { sink, stop } = open(run.id, 0, appending);
    await sink.until(() => sink.seqs().length >= 15);
    await bus.append(run.id, 'log.line', 'planning', { last: true });
    await sink.until(() => sink.seqs().length >= 16);
    await stop();
    expect(sink.seqs()).toEqual(range(1, 16));
  });

  it('sends live messages in seq order and once, however Redis delivers them', async () => {
    const run = await runWithEvents(1);
    const { sink, stop } = open(run.id);
    await sink.until(() => sink.seqs().length >= 1);
    const appended = [];
    for (let i = 0; i < 4; i++) appended.push(await records.appendEvent(run.id, 'log.line', 'qa', { i }));
    const channel = `${prefix}runs:events:${run.id}`;
    for (const event of [appended[3], appended[1], appended[3], appended[0], appended[2], appended[1]]) {
      await redis.publish(channel, JSON.stringify(event));
    }
    await sink.until(() => sink.seqs().length >= 5);
    await bus.append(run.id, 'log.line', 'qa', { last: true });
    await sink.until(() => sink.seqs().length >= 6);
    await stop();
    expect(sink.seqs()).toEqual(range(1, 6));
  });

  it('reads an event whose message was lost from data-api when a later one arrives', async () => {
    const run = await runWithEvents(1);
    const { sink, stop } = open(run.id);
    await sink.until(() => sink.seqs().length >= 1);
    await records.appendEvent(run.id, 'artifact.created', 'planning', { name: 'PRD.md' }); // never published
    await bus.append(run.id, 'phase.completed', 'planning', {});
    await sink.until(() => sink.seqs().length >= 3);
    await stop();
    expect(sink.seqs()).toEqual([1, 2, 3]);
    expect(sink.messages().map((m) => m.event)).toEqual(['log.line', 'artifact.created', 'phase.completed']);
  });

  it('pings, and on a ping finds a lost last message in data-api', async () => {
    const quick = new RunEventStream(records, bus, { SSE_PING_MS: 100 });
    const run = await runWithEvents(1);
    const { sink, done } = open(run.id, 0, quick);
    await sink.until(() => sink.seqs().length >= 1);
    await records.appendEvent(run.id, 'run.completed', undefined, {}); // never published
    await done;
    expect(sink.raw).toContain(': ping\n\n');
    expect(sink.seqs()).toEqual([1, 2]);
    expect(sink.messages().at(-1)).toEqual({ event: 'end', data: '{"status":"completed"}' });
  });

  it('replays a finished run to its end, then sends `end` with its status and finishes', async () => {
    const run = await runWithEvents(7);
    await records.updateRun(run.id, run.version, { status: 'failed', error: 'qa failed' });
    const sink = new MemorySink();
    await events.stream(run.id, 3, sink, new AbortController().signal);
    expect(sink.seqs()).toEqual(range(4, 7));
    expect(sink.messages().at(-1)).toEqual({ event: 'end', data: '{"status":"failed"}' });
    expect(sink.raw.endsWith('event: end\ndata: {"status":"failed"}\n\n')).toBe(true);
    expect(await subscribers(run.id)).toBe(0);
  });

  it('ends after a live run.* end event, with the status it names', async () => {
    const run = await runWithEvents(1);
    const { sink, done } = open(run.id);
    await sink.until(() => sink.seqs().length >= 1);
    await bus.append(run.id, 'phase.completed', 'documentation', {});
    await bus.append(run.id, 'run.cancelled', undefined, { reason: 'user' });
    await done;
    expect(sink.seqs()).toEqual([1, 2, 3]);
    expect(sink.messages().slice(-2)).toEqual([
      expect.objectContaining({ id: '3', event: 'run.cancelled' }),
      { event: 'end', data: '{"status":"cancelled"}' },
    ]);
    expect(await subscribers(run.id)).toBe(0);
  });

  it('stops and unsubscribes when the client goes', async () => {
    const run = await runWithEvents(2);
    const { sink, stop } = open(run.id);
    await sink.until(() => sink.seqs().length >= 2);
    expect(await subscribers(run.id)).toBe(1);
    await stop();
    expect(await subscribers(run.id)).toBe(0);
    await bus.append(run.id, 'log.line', 'planning', {});
    expect(sink.seqs()).toEqual([1, 2]);
  });

  it('writes nothing and subscribes to nothing for a client already gone', async () => {
    const run = await runWithEvents(2);
    const sink = new MemorySink();
    const gone = new AbortController();
    gone.abort();
    await events.stream(run.id, 0, sink, gone.signal);
    expect(sink.raw).toBe('');
    expect(await subscribers(run.id)).toBe(0);
  });
});
