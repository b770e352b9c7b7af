import type { DynamicModule, INestApplication, INestMicroservice, LogLevel, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Server, type CustomTransportStrategy } from '@nestjs/microservices';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { isObservable, lastValueFrom } from 'rxjs';
import type { StreamContracts } from './contracts';
import type { StreamHandler } from './delivery-processor';
import { StreamKeys } from './keys';
import {
  resolveConsumerOptions,
  streamOptions,
  type ConsumerOptions,
  type ResolvedConsumerOptions,
} from './options';
import { RedisConnections } from './redis-connections';
import { StreamConsumer } from './stream-consumer';
import { StreamErrorFilter } from './stream-error.filter';
import { StreamMetrics, type GroupStateSource } from './stream-metrics';
import { StreamStore, type GroupState } from './stream-store';

export const REDIS_STREAMS_TRANSPORT = Symbol('redis-streams');

/**
 * The Nest server strategy: every `@EventPattern('<stream>')` handler of the microservice becomes a
 * consumer of that stream in the configured group.
 */
export class RedisStreamsServer<C extends StreamContracts = StreamContracts>
  extends Server
  implements CustomTransportStrategy, GroupStateSource
{
  override readonly transportId = REDIS_STREAMS_TRANSPORT;
  override readonly propagatesEventHandlerErrors = true;
  readonly options: ResolvedConsumerOptions<C>;
  private readonly keys: StreamKeys;
  private readonly metrics: StreamMetrics;
  private connections?: RedisConnections;
  private consumers: StreamConsumer[] = [];
  private unwatch?: () => void;

  constructor(options: ConsumerOptions<C>) {
    super();
    this.options = resolveConsumerOptions(
      options,
      `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    );
    this.keys = new StreamKeys(this.options.prefix);
    this.metrics = new StreamMetrics(this.options.registry);
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(
      () => callback(),
      (error: unknown) => callback(error),
    );
  }

  async close(): Promise<void> {
    this.unwatch?.();
    await Promise.all(this.consumers.map((consumer) => consumer.stop(this.options.shutdownGraceMs)));
    this.consumers = [];
    await this.connections?.close();
    this.connections = undefined;
  }

  on(): never {
    throw new Error('RedisStreamsServer does not emit events');
  }

  unwrap<T>(): T {
    if (!this.connections) throw new Error('RedisStreamsServer is not listening');
    return this.connections.commands as T;
  }

  async groupStates(): Promise<Array<{ stream: string; group: string; state: GroupState }>> {
    const states = await Promise.all(
      this.consumers.map(async (consumer) => ({
        stream: consumer.stream,
        group: this.options.group,
        state: await consumer.groupState(),
      })),
    );
    return states.flatMap(({ stream, group, state }) => (state ? [{ stream, group, state }] : []));
  }

  private async start(): Promise<void> {
    const streams = [...this.messageHandlers.keys()];
    const missing = streams.filter((stream) => !(stream in this.options.contracts));
    if (missing.length > 0)
      throw new Error(`no contract class for stream(s) ${missing.join(', ')}: add them to the contracts map`);
    this.connections = new RedisConnections(
      this.options.url,
      `${this.options.group}:${this.options.consumer}`,
    );
    const store = new StreamStore(this.connections.commands);
    for (const stream of streams) {
      const consumer = new StreamConsumer(
        { stream, contract: this.options.contracts[stream], handler: this.handlerFor(stream) },
        store,
        this.connections.reader(),
        this.keys,
        streamOptions(this.options, stream),
        this.metrics,
      );
      await consumer.start();
      this.consumers.push(consumer);
    }
    this.unwatch = this.metrics.watch(this);
  }

  /**
   * Nest's handler, looked up once rather than per message, awaited to the end (an Observable
   * result included), rejecting when it failed.
   */
  private handlerFor(stream: string): StreamHandler {
    const handler = this.getHandlerByPattern(stream);
    if (!handler) throw new Error(`no handler for ${stream}`);
    return async (payload, context) => {
      const result: unknown = await handler(payload, context);
      if (isObservable(result)) await lastValueFrom(result, { defaultValue: undefined });
    };
  }
}

/** A worker process: a Nest microservice consuming streams, with the original error kept for retries and the DLQ. */
export async function createStreamsWorker(
  module: Type | DynamicModule,
  server: RedisStreamsServer,
  logger: LogLevel[] | false = ['error', 'warn'],
): Promise<INestMicroservice> {
  const worker = await NestFactory.createMicroservice(module, { strategy: server, logger });
  worker.useGlobalFilters(new StreamErrorFilter());
  return worker;
}

/** An HTTP app that also consumes streams (hybrid); call `app.startAllMicroservices()` afterwards. */
export function useStreamsTransport(app: INestApplication, server: RedisStreamsServer): INestMicroservice {
  const microservice = app.connectMicroservice({ strategy: server }, { deferInitialization: true });
  microservice.useGlobalFilters(new StreamErrorFilter());
  return microservice;
}
