import { Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { ClaimKeeper } from './claim-keeper';
import { DeliveryProcessor, type DeliveryTarget } from './delivery-processor';
import type { StreamKeys } from './keys';
import type { ResolvedConsumerOptions } from './options';
import type { StreamMetrics } from './stream-metrics';
import type { GroupState, StreamEntry, StreamStore } from './stream-store';

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
    this.processor = new DeliveryProcessor(target, store, keys, options, metrics, this.abort.signal);
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
    this.capacityFreed?.();
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

  private get stopping(): boolean {
    return this.abort.signal.aborted;
  }

  private async read(): Promise<void> {
    const { group, consumer, count, blockMs, concurrency } = this.options;
    // Read in batches: waiting for a few free slots beats one XREADGROUP per finished message.
    const batch = Math.min(count, Math.max(1, Math.ceil(concurrency / 2)));
    while (!this.stopping) {
      const free = concurrency - this.inFlight.size;
      if (free < batch) {
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
        for (const entry of entries) this.dispatch(entry, 1);
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
        const free = concurrency - this.inFlight.size;
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
        for (const entry of claimed.entries) {
          const deliveries = await this.store.deliveryCount(this.key, group, entry.id);
          this.logger.warn(
            `${this.target.stream} ${entry.id} reclaimed after ${visibilityTimeoutMs} ms idle`,
          );
          this.dispatch(entry, deliveries ?? 2);
        }
      } while (cursor !== '0-0');
    } catch (error) {
      if (!this.stopping)
        this.logger.error(`${this.target.stream}: reclaim failed: ${(error as Error).message}`);
    } finally {
      this.reclaiming = false;
    }
  }

  private dispatch(entry: StreamEntry, attempt: number): void {
    if (this.inFlight.has(entry.id)) return;
    const delivery = this.processor
      .process(entry, attempt)
      .catch((error: unknown) => {
        this.logger.error(`${this.target.stream} ${entry.id}: ${(error as Error).message}; left pending`);
      })
      .finally(() => {
        this.inFlight.delete(entry.id);
        const freed = this.capacityFreed;
        this.capacityFreed = undefined;
        freed?.();
      });
    this.inFlight.set(entry.id, delivery);
  }
}
