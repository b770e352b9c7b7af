import type { Ack, StreamStore } from './stream-store';

interface QueuedAck extends Ack {
  settle: (error?: unknown) => void;
}

/**
 * Writes the acks of one stream's deliveries together (group commit): the acks queued while the
 * event loop is busy go out in one atomic write, and while one is on the wire the next ones queue,
 * so a read batch whose handlers finish together costs one round trip. Each caller's promise
 * settles when its own ack is written, so nothing is acknowledged before its handler succeeded
 * and a delivery stays in flight (its claim renewed) until then.
 */
export class AckBatcher {
  private queue: QueuedAck[] = [];
  private writing = 0;
  private scheduled = false;

  constructor(
    private readonly store: Pick<StreamStore, 'ackBatch'>,
    private readonly streamKey: string,
    private readonly group: string,
    private readonly dedupeTtlMs: number,
    /** Called as each ack is queued: its delivery's handler is over. */
    private readonly onQueued: () => void,
  ) {}

  /** Acks queued or being written. */
  get pending(): number {
    return this.queue.length + this.writing;
  }

  /** Acknowledges `id`, setting `doneKey` (the envelope's dedupe marker) in the same write when given. */
  ack(id: string, doneKey?: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ id, doneKey, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      this.schedule();
      this.onQueued();
    });
  }

  /** Writes on the next turn of the event loop, once the handlers finishing in this one have queued theirs. */
  private schedule(): void {
    if (this.scheduled || this.writing > 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.write();
    });
  }

  private async write(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.writing = batch.length;
    let failure: unknown;
    try {
      await this.store.ackBatch(this.streamKey, this.group, batch, this.dedupeTtlMs);
    } catch (error) {
      failure = error ?? new Error('ack failed');
    }
    this.writing = 0;
    for (const queued of batch) queued.settle(failure);
    if (this.queue.length > 0) this.schedule();
  }
}
