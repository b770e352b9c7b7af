import type { Registry } from 'prom-client';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { StreamContracts } from './contracts';

export interface RedisTarget {
  /** `redis://host:port/db`. */
  url: string;
  /** Put before every key and stream name (tests use their own). Default `''`. */
  prefix?: string;
}

export interface ProducerOptions<C extends StreamContracts = StreamContracts> extends RedisTarget {
  /** The emitting service's name, written into every envelope. */
  producer: string;
  contracts: C;
  /** `XADD … MAXLEN ~ N`: a default and per-stream overrides. */
  maxLen?: { default: number; streams?: Partial<Record<string, number>> };
}

export interface ConsumerOptions<C extends StreamContracts = StreamContracts> extends RedisTarget {
  /** The consumer group: one per consuming service. */
  group: string;
  /** Unique per process; default `<hostname>-<pid>-<random>`. */
  consumer?: string;
  contracts: C;
  /** Entries per XREADGROUP. Default 10. */
  count?: number;
  /** XREADGROUP BLOCK, also the longest wait for a read loop to notice shutdown. Default 1000 ms. */
  blockMs?: number;
  /**
   * Handlers running at once per stream. Default 10. A delivery whose handler is over and whose ack
   * is being written frees its slot; reading pauses while more than this many acks wait.
   */
  concurrency?: number;
  /**
   * `count` and `concurrency` of some streams, where they differ from the rest (a batching
   * consumer's big reads beside a stream whose handlers call slow peers).
   */
  perStream?: Readonly<Record<string, StreamReadOptions>>;
  /** Deliveries before a failing message goes to `<stream>.dlq`. Default 5. */
  maxDeliveries?: number;
  backoff?: Partial<BackoffPolicy>;
  /** A message pending this long is presumed lost and claimed (XAUTOCLAIM). Default 60 s. */
  visibilityTimeoutMs?: number;
  /** How often in-flight claims are renewed; default a third of the visibility timeout. */
  claimExtendMs?: number;
  /** How often lost messages are looked for; default half the visibility timeout. */
  reclaimIntervalMs?: number;
  /** How long the "done" marker of a handled envelope lives. Default 24 h. */
  dedupeTtlMs?: number;
  /** Where a new group starts reading: `0` (everything kept, the default) or `$`. */
  startId?: string;
  /** On close, how long in-flight handlers may finish before they are left pending for others. Default 10 s. */
  shutdownGraceMs?: number;
  /** `XADD … MAXLEN ~ N` for dead-letter streams. Default 10000. */
  deadLetterMaxLen?: number;
  /** The app's registry (MetricsService.registry); metrics are skipped without one. */
  registry?: Registry;
}

/** How much of one stream a consumer reads and handles at once. */
export interface StreamReadOptions {
  count?: number;
  concurrency?: number;
}

export type ResolvedConsumerOptions<C extends StreamContracts = StreamContracts> = Required<
  Omit<ConsumerOptions<C>, 'registry' | 'backoff' | 'perStream'>
> & { backoff: BackoffPolicy; registry?: Registry; perStream: Readonly<Record<string, StreamReadOptions>> };

/** The options one stream is consumed with: the consumer's, with the stream's own count and concurrency. */
export function streamOptions<C extends StreamContracts>(
  options: ResolvedConsumerOptions<C>,
  stream: string,
): ResolvedConsumerOptions<C> {
  const own = options.perStream[stream];
  if (own === undefined) return options;
  return {
    ...options,
    count: own.count ?? options.count,
    concurrency: own.concurrency ?? options.concurrency,
  };
}

export function resolveConsumerOptions<C extends StreamContracts>(
  options: ConsumerOptions<C>,
  defaultConsumer: string,
): ResolvedConsumerOptions<C> {
  const visibilityTimeoutMs = options.visibilityTimeoutMs ?? 60_000;
  return {
    url: options.url,
    prefix: options.prefix ?? '',
    group: options.group,
    consumer: options.consumer ?? defaultConsumer,
    contracts: options.contracts,
    count: options.count ?? 10,
    blockMs: options.blockMs ?? 1000,
    concurrency: options.concurrency ?? 10,
    perStream: options.perStream ?? {},
    maxDeliveries: options.maxDeliveries ?? 5,
    backoff: { ...DEFAULT_BACKOFF, ...options.backoff },
    visibilityTimeoutMs,
    claimExtendMs: options.claimExtendMs ?? Math.max(1, Math.floor(visibilityTimeoutMs / 3)),
    reclaimIntervalMs: options.reclaimIntervalMs ?? Math.max(1, Math.floor(visibilityTimeoutMs / 2)),
    dedupeTtlMs: options.dedupeTtlMs ?? 24 * 60 * 60 * 1000,
    startId: options.startId ?? '0',
    shutdownGraceMs: options.shutdownGraceMs ?? 10_000,
    deadLetterMaxLen: options.deadLetterMaxLen ?? 10_000,
    registry: options.registry,
  };
}
