import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { GroupState } from './stream-store';

type Labels = 'stream' | 'group';

/** What the metrics collector asks for on each scrape. */
export interface GroupStateSource {
  groupStates(): Promise<Array<{ stream: string; group: string; state: GroupState }>>;
}

/** Consumers whose groups a registry's lag and pending gauges report (several may share one registry). */
const sourcesByRegistry = new WeakMap<Registry, Set<GroupStateSource>>();

function reuse<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

/** Per stream and group (DESIGN §4): lag, pending, processed, failed, dead-lettered, handler duration. */
export class StreamMetrics {
  private readonly sources: Set<GroupStateSource>;
  private readonly processed?: Counter<Labels>;
  private readonly failed?: Counter<Labels>;
  private readonly deadLettered?: Counter<Labels | 'reason'>;
  private readonly duplicates?: Counter<Labels>;
  private readonly duration?: Histogram<Labels | 'outcome'>;

  constructor(registry: Registry | undefined) {
    this.sources = (registry && sourcesByRegistry.get(registry)) ?? new Set();
    if (!registry) return;
    sourcesByRegistry.set(registry, this.sources);
    const registers = [registry];
    this.processed = reuse(
      registry,
      'streams_messages_processed_total',
      () =>
        new Counter({
          name: 'streams_messages_processed_total',
          help: 'Messages whose handler succeeded and that were acknowledged',
          labelNames: ['stream', 'group'] as const,
          registers,
        }),
    );
    this.failed = reuse(
      registry,
      'streams_handler_failures_total',
      () =>
        new Counter({
          name: 'streams_handler_failures_total',
          help: 'Handler runs that threw (each failed delivery counts once)',
          labelNames: ['stream', 'group'] as const,
          registers,
        }),
    );
    this.deadLettered = reuse(
      registry,
      'streams_messages_dead_lettered_total',
      () =>
        new Counter({
          name: 'streams_messages_dead_lettered_total',
          help: 'Messages moved to <stream>.dlq, by reason (invalid, malformed, exhausted)',
          labelNames: ['stream', 'group', 'reason'] as const,
          registers,
        }),
    );
    this.duplicates = reuse(
      registry,
      'streams_messages_duplicate_total',
      () =>
        new Counter({
          name: 'streams_messages_duplicate_total',
          help: 'Messages skipped because their envelope id was already handled by the group',
          labelNames: ['stream', 'group'] as const,
          registers,
        }),
    );
    this.duration = reuse(
      registry,
      'streams_handler_duration_seconds',
      () =>
        new Histogram({
          name: 'streams_handler_duration_seconds',
          help: 'Handler run time by outcome (success, failure)',
          labelNames: ['stream', 'group', 'outcome'] as const,
          buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
          registers,
        }),
    );
    const sources = this.sources;
    const collectGroups = async (gauge: Gauge<Labels>, read: (state: GroupState) => number | null) => {
      gauge.reset();
      for (const source of sources)
        for (const { stream, group, state } of await source.groupStates()) {
          const value = read(state);
          if (value !== null) gauge.set({ stream, group }, value);
        }
    };
    reuse(
      registry,
      'streams_group_lag',
      () =>
        new Gauge({
          name: 'streams_group_lag',
          help: 'Entries of the stream not yet delivered to the group (XINFO GROUPS lag)',
          labelNames: ['stream', 'group'] as const,
          registers,
          async collect() {
            await collectGroups(this, (state) => state.lag);
          },
        }),
    );
    reuse(
      registry,
      'streams_group_pending',
      () =>
        new Gauge({
          name: 'streams_group_pending',
          help: 'Entries delivered to the group and not yet acknowledged',
          labelNames: ['stream', 'group'] as const,
          registers,
          async collect() {
            await collectGroups(this, (state) => state.pending);
          },
        }),
    );
  }

  /** Registers a consumer whose groups the lag and pending gauges report; returns the unregistration. */
  watch(source: GroupStateSource): () => void {
    this.sources.add(source);
    return () => this.sources.delete(source);
  }

  handled(stream: string, group: string, outcome: 'success' | 'failure', seconds: number): void {
    this.duration?.observe({ stream, group, outcome }, seconds);
    if (outcome === 'success') this.processed?.inc({ stream, group });
    else this.failed?.inc({ stream, group });
  }

  deadLetter(stream: string, group: string, reason: DeadLetterReason): void {
    this.deadLettered?.inc({ stream, group, reason });
  }

  duplicate(stream: string, group: string): void {
    this.duplicates?.inc({ stream, group });
  }
}

export type DeadLetterReason = 'invalid' | 'malformed' | 'exhausted';
