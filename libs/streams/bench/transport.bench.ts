import 'reflect-metadata';
import { Controller, Inject, Module, type DynamicModule } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { IsInt, IsString, Min } from 'class-validator';
import { createStreamsWorker, RedisStreamsServer, StreamEventPattern, StreamProducer } from '../src';

export class BenchEvent {
  @IsString()
  name!: string;

  @IsInt()
  @Min(0)
  n!: number;
}

const contracts = { 'bench.events': BenchEvent };
const OnBenchEvent = StreamEventPattern<typeof contracts>();
const ON_EVENT = Symbol('on event');

@Controller()
class BenchController {
  constructor(@Inject(ON_EVENT) private readonly onEvent: () => void) {}

  @OnBenchEvent('bench.events')
  async handle(@Payload() _event: BenchEvent): Promise<void> {
    this.onEvent();
  }
}

@Module({})
class BenchModule {}

export interface TransportBenchOptions {
  url: string;
  prefix: string;
  messages: number;
  concurrency: number;
}

/** Emits `messages` events, then times the transport consuming them with a trivial handler; returns msgs/s. */
export async function benchTransport(options: TransportBenchOptions): Promise<number> {
  const { url, prefix, messages, concurrency } = options;
  const producer = new StreamProducer({
    url,
    prefix,
    producer: 'bench',
    contracts,
    maxLen: { default: messages * 2 },
  });
  const batch = 500;
  for (let sent = 0; sent < messages; sent += batch)
    await Promise.all(
      Array.from({ length: Math.min(batch, messages - sent) }, (_, i) =>
        producer.emit('bench.events', Object.assign(new BenchEvent(), { name: 'tick', n: sent + i })),
      ),
    );
  await producer.close();

  let handled = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const onEvent = () => {
    handled += 1;
    if (handled === messages) finish();
  };
  const module: DynamicModule = {
    module: BenchModule,
    controllers: [BenchController],
    providers: [{ provide: ON_EVENT, useValue: onEvent }],
  };
  const server = new RedisStreamsServer({
    url,
    prefix,
    group: 'bench',
    contracts,
    count: 100,
    concurrency,
    blockMs: 200,
  });
  const worker = await createStreamsWorker(module, server, ['error']);
  const started = performance.now();
  await worker.listen();
  await done;
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  return messages / seconds;
}
