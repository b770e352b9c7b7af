import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { RunPhase } from '@slipway/contracts';
import { REDIS, REDIS_PREFIX } from '@slipway/redis';
import type { Redis } from 'ioredis';
import { RunRecords, type EventRecord } from '../records/run-records';

export type EventListener = (event: EventRecord) => void;
export type ControlListener = (command: RunControl) => void;

/** The next event of some types, listened for before the caller acts (see RunEventBus.awaitEvent). */
export interface EventWaiter {
  /** The type of the awaited event, or null when `ms` passed (or `stop` was called) first. */
  wait(ms: number): Promise<string | null>;
  /** Stops listening. */
  stop(): Promise<void>;
}

/** A command to whoever executes a run's phase. */
export interface RunControl {
  type: 'cancel';
  reason: string;
}

/**
 * A run's event log is its `run_events` rows in data-api (durable, numbered); this bus tells live
 * listeners about each new row at once, over Redis pub/sub. Each process holds one subscriber
 * connection and fans messages out to its listeners (SSE clients, waiting `/next` calls, workers),
 * subscribing to a run's channel while anyone here listens to it. A listener that sees a gap in
 * the numbers (a message lost with a dropped connection) reads the rows it missed from data-api.
 */
@Injectable()
export class RunEventBus implements OnApplicationShutdown {
  private readonly listeners = new Map<string, Set<(message: string) => void>>();
  private readonly subscribing = new Map<string, Promise<void>>();
  private subscriber: Redis | undefined;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(REDIS_PREFIX) private readonly prefix: string,
  ) {}

  /** Appends an event to the run's log and tells live listeners. */
  async append(
    runId: string,
    type: string,
    phase: RunPhase | undefined,
    payload: Record<string, unknown> = {},
  ): Promise<EventRecord> {
    const event = await this.records.appendEvent(runId, type, phase, payload);
    await this.redis.publish(this.eventsChannel(runId), JSON.stringify(event));
    return event;
  }

  /** Calls `listener` with each event appended to the run from now on, until the returned function is called. */
  async onEvent(runId: string, listener: EventListener): Promise<() => Promise<void>> {
    return this.listen(this.eventsChannel(runId), (message) => listener(JSON.parse(message) as EventRecord));
  }

  /**
   * Listens from now on for the run's next event of one of `types`: called before the caller acts
   * (dispatching a phase, say), so the event cannot slip by between the two.
   */
  awaitEvent(runId: string, types: ReadonlySet<string>): EventWaiter {
    let resolveEvent: (type: string | null) => void = () => undefined;
    const outcome = new Promise<string | null>((resolve) => (resolveEvent = resolve));
    const subscription = this.onEvent(runId, (event) => {
      if (types.has(event.type)) resolveEvent(event.type);
    });
    return {
      wait: async (ms) => {
        await subscription;
        const timer = setTimeout(() => resolveEvent(null), ms);
        try {
          return await outcome;
        } finally {
          clearTimeout(timer);
        }
      },
      stop: async () => {
        resolveEvent(null);
        await (
          await subscription
        )();
      },
    };
  }

  async control(runId: string, command: RunControl): Promise<void> {
    await this.redis.publish(this.controlChannel(runId), JSON.stringify(command));
  }

  async onControl(runId: string, listener: ControlListener): Promise<() => Promise<void>> {
    return this.listen(this.controlChannel(runId), (message) => listener(JSON.parse(message) as RunControl));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  async close(): Promise<void> {
    this.listeners.clear();
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    await subscriber?.quit().catch(() => subscriber.disconnect());
  }

  private eventsChannel(runId: string): string {
    return `${this.prefix}runs:events:${runId}`;
  }

  private controlChannel(runId: string): string {
    return `${this.prefix}runs:control:${runId}`;
  }

  private async listen(channel: string, listener: (message: string) => void): Promise<() => Promise<void>> {
    const subscriber = this.connection();
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      const subscribed = subscriber.subscribe(channel).then(() => undefined);
      this.subscribing.set(channel, subscribed);
      try {
        await subscribed;
      } catch (error) {
        this.listeners.delete(channel);
        throw error;
      } finally {
        this.subscribing.delete(channel);
      }
    } else {
      // A listener joining while the first one's SUBSCRIBE is under way waits for it too.
      await this.subscribing.get(channel);
    }
    set.add(listener);
    return async () => {
      const current = this.listeners.get(channel);
      if (!current?.delete(listener) || current.size > 0) return;
      this.listeners.delete(channel);
      if (this.subscriber) await this.subscriber.unsubscribe(channel).catch(() => undefined);
    };
  }

  private connection(): Redis {
    if (!this.subscriber) {
      const subscriber = this.redis.duplicate({ connectionName: 'run-events' });
      subscriber.on('message', (channel: string, message: string) => {
        for (const listener of this.listeners.get(channel) ?? []) listener(message);
      });
      // ioredis resubscribes after a reconnect; listeners catch up on gaps from data-api.
      subscriber.on('error', () => undefined);
      this.subscriber = subscriber;
    }
    return this.subscriber;
  }
}
