import { Inject, Injectable } from '@nestjs/common';
import type { RunStatus } from '@slipway/contracts';
import { SSE_PING, sseFrame } from '@slipway/platform';
import { OrchestratorConfig } from '../config';
import { RunRecords, type EventRecord } from '../records/run-records';
import { isTerminalRun, RUN_END_EVENTS, TERMINAL_RUN_STATES } from '../runs/run-states';
import { RunEventBus } from './run-event-bus';

/** data-api answers at most this many rows a page. */
const MAX_PAGE = 100;
/** How long to wait before reading data-api again when a gap it should fill is still open. */
const GAP_RETRY_MS = 250;

/** Where a stream writes: an SSE response (`startSse` of @slipway/platform), or a buffer in tests. */
export interface EventSink {
  /** Writes a chunk; false when the client's buffer is full and the writer should await `drained`. */
  write(chunk: string): boolean;
  /** Resolves once the buffer has room again, or the client is gone. */
  drained(): Promise<void>;
  readonly closed: boolean;
}

/** One SSE message per event; its `seq` is the id a client sends back as Last-Event-ID. */
export function sseMessage(event: EventRecord): string {
  const { seq, type, phase, payload, created_at } = event;
  return sseFrame({ id: seq, event: type, data: { seq, type, phase, payload, created_at } });
}

export function sseEnd(status: RunStatus): string {
  return sseFrame({ event: 'end', data: { status } });
}

/** The status a `run.completed|failed|cancelled|crashed` event ends its run in. */
function endStatus(type: string): RunStatus | undefined {
  if (!RUN_END_EVENTS.has(type)) return undefined;
  return [...TERMINAL_RUN_STATES].find((status) => type === `run.${status}`);
}

/**
 * A run's events as a resumable stream: everything after the client's last seq from data-api (the
 * durable log), then live events from the bus, each seq exactly once and in order, until the run
 * ends (`event: end`) or the client goes. The bus is subscribed before the log is read, so no event
 * falls between the two; a live event that skips ahead means one was lost, and data-api fills the
 * gap. Each ping also reads data-api once, so a lost last message (a run's end, say) is still sent.
 * A failing data-api read rejects the stream; the client reconnects with Last-Event-ID.
 */
@Injectable()
export class RunEventStream {
  /** Events read from data-api a request. */
  protected readonly pageSize: number = MAX_PAGE;

  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    /** SSE_PING_MS: a `: ping` comment this often keeps proxies from closing an idle stream. */
    @Inject(OrchestratorConfig) private readonly settings: Pick<OrchestratorConfig, 'SSE_PING_MS'>,
  ) {}

  /**
   * Writes the run's events after `lastSeq` (0 for all) to `sink`. Resolves once it has sent `end`,
   * the client has gone, or the run no longer exists; the caller then ends the response.
   */
  async stream(runId: string, lastSeq: number, sink: EventSink, signal: AbortSignal): Promise<void> {
    if (signal.aborted || sink.closed) return;
    const session = new StreamSession(runId, lastSeq, sink, signal, this.records, this.pageSize);
    const unsubscribe = await this.bus.onEvent(runId, (event) => session.receive(event));
    const ping = setInterval(() => session.ping(), this.settings.SSE_PING_MS);
    const abort = () => session.wake();
    signal.addEventListener('abort', abort);
    try {
      await session.run();
    } finally {
      signal.removeEventListener('abort', abort);
      clearInterval(ping);
      await unsubscribe();
    }
  }
}

/** The state of one client's stream: the last seq it was sent and the live events not yet sent. */
class StreamSession {
  private readonly live = new Map<number, EventRecord>();
  /** The status a delivered `run.*` end event announced. */
  private ended: RunStatus | undefined;
  private resyncDue = false;
  private woken = false;
  private waiter: (() => void) | undefined;

  constructor(
    private readonly runId: string,
    private sent: number,
    private readonly sink: EventSink,
    private readonly signal: AbortSignal,
    private readonly records: RunRecords,
    private readonly pageSize: number,
  ) {}

  async run(): Promise<void> {
    await this.readLog();
    if (!this.open) return;
    const run = await this.records.getRun(this.runId);
    if (!run) return;
    const status = isTerminalRun(run.status) ? run.status : this.ended;
    if (status) {
      await this.readLog();
      return this.end(status);
    }
    const ended = await this.follow();
    if (ended) await this.end(ended);
  }

  receive(event: EventRecord): void {
    if (event.seq <= this.sent) return;
    this.live.set(event.seq, event);
    this.wake();
  }

  ping(): void {
    if (!this.open) return;
    this.sink.write(SSE_PING);
    this.resyncDue = true;
    this.wake();
  }

  wake(): void {
    this.woken = true;
    this.waiter?.();
  }

  private get open(): boolean {
    return !this.signal.aborted && !this.sink.closed;
  }

  /** Sends live events in order until the run ends; reads data-api where the live ones skip ahead. */
  private async follow(): Promise<RunStatus | undefined> {
    while (this.open) {
      await this.sendLive();
      if (this.live.size > 0 || this.resyncDue) {
        this.resyncDue = false;
        await this.readLog();
        await this.sendLive();
      }
      if (this.ended) return this.ended;
      await this.idle(this.live.size > 0 ? GAP_RETRY_MS : undefined);
    }
    return undefined;
  }

  /** Sends the log after `sent` from data-api, page by page, up to its current end. */
  private async readLog(): Promise<void> {
    for (;;) {
      const page = await this.records.events(this.runId, this.sent, this.pageSize);
      for (const event of page) if (this.open) await this.deliver(event);
      if (page.length < this.pageSize || !this.open) return;
    }
  }

  /** Sends the live events that follow `sent` without a gap; drops those already sent. */
  private async sendLive(): Promise<void> {
    for (let next = this.live.get(this.sent + 1); next && this.open; next = this.live.get(this.sent + 1)) {
      await this.deliver(next);
    }
    for (const seq of this.live.keys()) if (seq <= this.sent) this.live.delete(seq);
  }

  private async deliver(event: EventRecord): Promise<void> {
    if (event.seq <= this.sent) return;
    this.sent = event.seq;
    this.live.delete(event.seq);
    this.ended ??= endStatus(event.type);
    await this.write(sseMessage(event));
  }

  private async end(status: RunStatus): Promise<void> {
    if (this.open) await this.write(sseEnd(status));
  }

  private async write(chunk: string): Promise<void> {
    if (!this.sink.write(chunk)) await this.sink.drained();
  }

  /** Waits for a live event, a ping, the client leaving, or `timeoutMs`. */
  private async idle(timeoutMs?: number): Promise<void> {
    if (!this.woken && this.open) {
      await new Promise<void>((resolve) => {
        const timer = timeoutMs === undefined ? undefined : setTimeout(resolve, timeoutMs);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    this.waiter = undefined;
    this.woken = false;
  }
}
