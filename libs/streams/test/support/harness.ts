import { Controller, Inject, Module, type DynamicModule, type INestMicroservice } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { testRedis } from '@slipway/devstack';
import {
  createStreamsWorker,
  RedisStreamsServer,
  StreamContext,
  StreamEventPattern,
  StreamProducer,
  type ConsumerOptions,
  type PayloadOf,
} from '../../src';
import { IsInt, IsString, IsUUID, Min } from 'class-validator';
import Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';

/** The test contract: one stream carrying a job request, one used for trimming. */
export class JobRequested {
  @IsUUID()
  jobId!: string;

  @IsString()
  repo!: string;

  @IsInt()
  @Min(1)
  steps!: number;
}

export class LogLine {
  @IsString()
  line!: string;
}

export const testContracts = { 'test.jobs': JobRequested, 'test.logs': LogLine };
export type TestContracts = typeof testContracts;
export type Job = PayloadOf<TestContracts, 'test.jobs'>;
export type JobHandler = (job: Job, context: StreamContext<Job>) => Promise<void>;

const HANDLER = Symbol('job handler');
const OnTestEvent = StreamEventPattern<TestContracts>();

@Controller()
class JobsController {
  constructor(@Inject(HANDLER) private readonly handle: JobHandler) {}

  @OnTestEvent('test.jobs')
  async onJob(@Payload() job: Job, @Ctx() context: StreamContext<Job>): Promise<void> {
    await this.handle(job, context);
  }
}

@Module({})
class JobsWorkerModule {}

function workerModule(handle: JobHandler): DynamicModule {
  return {
    module: JobsWorkerModule,
    controllers: [JobsController],
    providers: [{ provide: HANDLER, useValue: handle }],
  };
}

export function job(overrides: Partial<Job> = {}): Job {
  return Object.assign(new JobRequested(), {
    jobId: '1b4e28ba-2fa1-4d2b-883f-0016d3cca427',
    repo: 'slipway/demo',
    steps: 2,
    ...overrides,
  });
}

/** One test file's Redis: its prefix, a raw client, and the workers and producers to close at the end. */
export class StreamsHarness {
  readonly url: string;
  readonly prefix: string;
  readonly redis: Redis;
  private readonly closers: Array<() => Promise<void>> = [];

  constructor() {
    const { url, prefix } = testRedis();
    this.url = url;
    this.prefix = prefix;
    this.redis = new Redis(url);
  }

  producer(maxLen?: { default: number; streams?: Record<string, number> }): StreamProducer<TestContracts> {
    const producer = new StreamProducer({
      url: this.url,
      prefix: this.prefix,
      producer: 'streams-test',
      contracts: testContracts,
      maxLen,
    });
    this.closers.push(() => producer.close());
    return producer;
  }

  async worker(
    handle: JobHandler,
    options: Partial<ConsumerOptions<TestContracts>> = {},
  ): Promise<{ worker: INestMicroservice; server: RedisStreamsServer<TestContracts> }> {
    const server = new RedisStreamsServer({
      url: this.url,
      prefix: this.prefix,
      group: 'test-workers',
      contracts: testContracts,
      blockMs: 100,
      visibilityTimeoutMs: 500,
      backoff: { baseMs: 20, maxMs: 200, jitter: 0 },
      shutdownGraceMs: 2000,
      ...options,
    });
    const worker = await createStreamsWorker(workerModule(handle), server, false);
    await worker.listen();
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await worker.close();
    };
    this.closers.push(close);
    return { worker: Object.assign(worker, { close }), server };
  }

  key(name: string): string {
    return `${this.prefix}${name}`;
  }

  /** Entries of a stream as {id, fields}. */
  async entries(name: string): Promise<Array<{ id: string; fields: Record<string, string> }>> {
    const raw = await this.redis.xrange(this.key(name), '-', '+');
    return raw.map(([id, flat]) => {
      const fields: Record<string, string> = {};
      for (let i = 0; i + 1 < flat.length; i += 2) fields[flat[i]] = flat[i + 1];
      return { id, fields };
    });
  }

  async pendingCount(name: string, group = 'test-workers'): Promise<number> {
    const summary = (await this.redis.xpending(this.key(name), group)) as [number, ...unknown[]];
    return Number(summary[0]);
  }

  async close(): Promise<void> {
    for (const close of this.closers.reverse()) await close();
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await this.redis.quit();
  }
}

/** Polls until `check` returns true, or fails after `timeoutMs`. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(20);
  }
}
