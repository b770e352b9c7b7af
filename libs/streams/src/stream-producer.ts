import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { currentRequestId } from '@slipway/platform';
import { contractVersion, type PayloadOf, type StreamContracts, type StreamName } from './contracts';
import { buildEnvelope, type StreamEnvelope } from './envelope';
import { StreamKeys } from './keys';
import type { ProducerOptions } from './options';
import { RedisConnections } from './redis-connections';
import { StreamStore } from './stream-store';

export interface EmitOptions {
  /** The request this message belongs to (X-Request-Id); defaults to the current request scope's id, else the envelope id. */
  correlationId?: string;
  /** Reuse an envelope id, e.g. when re-emitting the same logical event (consumers dedupe on it). */
  id?: string;
}

export interface Emitted<P> {
  envelope: StreamEnvelope<P>;
  entryId: string;
}

export const DEFAULT_MAX_LEN = 100_000;

/** Emits typed events: one entry per message, its envelope as JSON in the `data` field. */
@Injectable()
export class StreamProducer<C extends StreamContracts = StreamContracts> implements OnApplicationShutdown {
  private readonly connections: RedisConnections;
  private readonly store: StreamStore;
  private readonly keys: StreamKeys;

  constructor(private readonly options: ProducerOptions<C>) {
    this.connections = new RedisConnections(options.url, `${options.producer}:producer`);
    this.store = new StreamStore(this.connections.commands);
    this.keys = new StreamKeys(options.prefix ?? '');
  }

  async emit<S extends StreamName<C>>(
    stream: S,
    payload: PayloadOf<C, S>,
    options: EmitOptions = {},
  ): Promise<Emitted<PayloadOf<C, S>>> {
    const envelope = buildEnvelope({
      type: stream,
      version: contractVersion(this.options.contracts[stream]),
      producer: this.options.producer,
      payload,
      correlationId: options.correlationId ?? currentRequestId(),
      id: options.id,
    });
    const entryId = await this.store.add(
      this.keys.stream(stream),
      { data: JSON.stringify(envelope) },
      this.maxLen(stream),
    );
    return { envelope, entryId };
  }

  maxLen(stream: string): number {
    return this.options.maxLen?.streams?.[stream] ?? this.options.maxLen?.default ?? DEFAULT_MAX_LEN;
  }

  async close(): Promise<void> {
    await this.connections.close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}
