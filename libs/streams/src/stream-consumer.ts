import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { AckBatcher } from './ack-batcher';
import { ClaimKeeper } from './claim-keeper';
import { DeliveryProcessor, type Delivery, type DeliveryTarget } from './delivery-processor';
import type { StreamKeys } from './keys';
import type { ResolvedConsumerOptions } from './options';
import type { StreamMetrics } from './stream-metrics';
import type { GroupState, StreamStore } from './stream-store';

/**
 * Consumes one stream for one group: a read loop (XREADGROUP BLOCK), a reclaim loop for entries
 * that dead consumers left pending (XAUTOCLAIM), claim renewal, and at most `concurrency`
 * deliveries at once.
 */
export class StreamConsumer {
  private readonly logger = new Logger('RedisStreams');
  private readonly key: string;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly abort = new AbortController();
  private readonly acks: AckBatcher;
  private readonly processor: DeliveryProcessor;
  private readonly keeper: ClaimKeeper;
  private capacityFreed?: () => void;
  private readLoop?: Promise<void>;
  private reclaimTimer?: NodeJS.Timeout;
  private reclaiming = false;

  constructor(
    private readonly target: DeliveryTarget,
    private readonly store: StreamStore,
    private readonly reader: Redis,
    keys: StreamKeys,
    private readonly options: ResolvedConsumerOptions,
    metrics: StreamMetrics,
  ) {
    this.key = keys.stream(target.stream);
    this.acks = new AckBatcher(store, this.key, options.group, options.dedupeTtlMs, () => this.wakeReader());
    this.processor = new DeliveryProcessor(
      target,
      store,
      keys,
      options,
      metrics,
      this.acks,
      this.abort.signal,
    );
    this.keeper = new ClaimKeeper(
      options.claimExtendMs,
      () => [...this.inFlight.keys()],
      (ids) => store.extendClaims(this.key, options.group, options.consumer, ids),
    );
  }

  get stream(): string {
    return this.target.stream;
  }

  async start(): Promise<void> {
    await this.store.createGroup(this.key, this.options.group, this.options.startId);
    this.keeper.start();
    this.readLoop = this.read();
    this.reclaimTimer = setInterval(() => void this.reclaim(), this.options.reclaimIntervalMs);
  }

  /** Stops reading, lets in-flight deliveries finish within the grace period; the rest stay pending for others. */
  async stop(graceMs: number): Promise<void> {
    this.abort.abort();
    clearInterval(this.reclaimTimer);
    this.wakeReader();
    await this.readLoop;
    const finished = Promise.allSettled(this.inFlight.values());
    const timer = sleep(graceMs, 'timeout' as const, { ref: false });
    if ((await Promise.race([finished, timer])) === 'timeout')
      this.logger.warn(
        `${this.target.stream}: ${this.inFlight.size} deliveries left pending for other consumers`,
      );
    this.keeper.stop();
  }

  groupState(): Promise<GroupState | undefined> {
    return this.store.groupState(this.key, this.options.group);
  }

  /** Deliveries in flight whose handler has not finished yet (the rest wait for their ack to be written). */
  private get handlersRunning(): number {
    return this.inFlight.size - this.acks.pending;
  }

  private wakeReader(): void {
    const freed = this.capacityFreed;
    this.capacityFreed = undefined;
    freed?.();
  }

  private get stopping(): boolean {
    return this.abort.signal.aborted;
  }

  private async read(): Promise<void> {
    const { group, consumer, count, blockMs, concurrency } = this.options;
    // Read in batches: waiting for a few free slots beats one XREADGROUP per finished message.
    const batch = Math.min(count, Math.max(1, Math.ceil(concurrency / 2)));
    while (!this.stopping) {
      const free = concurrency - this.handlersRunning;
      // A delivery waiting for its ack holds no slot, so the next read overlaps the ack's write.
      if (free < batch || this.acks.pending > concurrency) {
        await new Promise<void>((resolve) => (this.capacityFreed = resolve));
        continue;
      }
      try {
        const entries = await this.store.readNew(
          this.reader,
          this.key,
          group,
          consumer,
          Math.min(count, free),
          blockMs,
        );
        this.dispatch(entries.map((entry) => ({ entry, attempt: 1 })));
      } catch (error) {
        if (this.stopping) return;
        this.logger.error(`${this.target.stream}: read failed: ${(error as Error).message}`);
        await sleep(Math.min(1000, blockMs));
      }
    }
  }

  /** Takes over entries idle past the visibility timeout: their consumer is presumed dead. */
  private async reclaim(): Promise<void> {
    if (this.reclaiming || this.stopping) return;
    this.reclaiming = true;
    const { group, consumer, visibilityTimeoutMs, concurrency } = this.options;
    try {
      let cursor = '0-0';
      do {
        const free = concurrency - this.handlersRunning;
        if (free <= 0 || this.stopping) break;
        const claimed = await this.store.autoClaim(
          this.key,
          group,
          consumer,
          visibilityTimeoutMs,
          cursor,
          free,
        );
        cursor = claimed.cursor;
        const ids = claimed.entries.map((entry) => entry.id);
        const deliveries = await this.store.deliveryCounts(this.key, group, ids);
        for (const id of ids)
          this.logger.warn(`${this.target.stream} ${id} reclaimed after ${visibilityTimeoutMs} ms idle`);
        this.dispatch(claimed.entries.map((entry) => ({ entry, attempt: deliveries.get(entry.id) ?? 2 })));
      } while (cursor !== '0-0');
    } catch (error) {
      if (!this.stopping)
        this.logger.error(`${this.target.stream}: reclaim failed: ${(error as Error).message}`);
    } finally {
      this.reclaiming = false;
    }
  }

  /** Starts a batch of deliveries (one dedupe lookup, acks written together), skipping entries already in flight here. */
  private dispatch(deliveries: Delivery[]): void {
    const fresh = deliveries.filter(({ entry }) => !this.inFlight.has(entry.id));
    if (fresh.length === 0) return;
    const runs = this.processor.processBatch(fresh);
    fresh.forEach(({ entry }, i) => {
      const delivery = runs[i]
        .catch((error: unknown) => {
          this.logger.error(`${this.target.stream} ${entry.id}: ${(error as Error).message}; left pending`);
        })
        .finally(() => {
          this.inFlight.delete(entry.id);
          this.wakeReader();
        });
      this.inFlight.set(entry.id, delivery);
    });
  }
}
