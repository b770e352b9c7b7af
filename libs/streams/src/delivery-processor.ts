import { Logger } from '@nestjs/common';
import { withRequestId } from '@slipway/platform';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AckBatcher } from './ack-batcher';
import { backoffDelay } from './backoff';
import type { ContractClass } from './contracts';
import { parseEnvelope, type StreamEnvelope } from './envelope';
import type { StreamKeys } from './keys';
import type { ResolvedConsumerOptions } from './options';
import { validatePayload, type ValidatedPayload } from './payload-validator';
import { StreamContext } from './stream-context';
import type { DeadLetterReason, StreamMetrics } from './stream-metrics';
import type { StreamEntry, StreamStore } from './stream-store';

/** Runs the application's handler; rejects when it failed. */
export type StreamHandler = (payload: object, context: StreamContext) => Promise<void>;

export interface DeliveryTarget {
  stream: string;
  contract: ContractClass;
  handler: StreamHandler;
}

/** An entry handed to this consumer, and which delivery of it this is (1 on the first). */
export interface Delivery {
  entry: StreamEntry;
  attempt: number;
}

/** A delivery whose envelope was read, with its dedupe marker and its payload's validation under way. */
interface ParsedDelivery extends Delivery {
  envelope: StreamEnvelope;
  doneKey: string;
  validation: Promise<ValidatedPayload<object>>;
}

/**
 * One delivery, start to end: parse, dedupe, validate, run the handler, then ack — or retry with
 * backoff, or dead-letter. Never acks before the handler succeeded; on shutdown a message waiting
 * for its retry is left pending for another consumer. A read batch shares its Redis round trips:
 * one lookup of its dedupe markers, and acks written together (`AckBatcher`).
 */
export class DeliveryProcessor {
  private readonly logger = new Logger('RedisStreams');
  private readonly streamKey: string;
  private readonly deadLetterKey: string;
  /** Envelopes this process is handling now, so a duplicate entry waits and then dedupes. */
  private readonly envelopesInFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly target: DeliveryTarget,
    private readonly store: StreamStore,
    private readonly keys: StreamKeys,
    private readonly options: ResolvedConsumerOptions,
    private readonly metrics: StreamMetrics,
    private readonly acks: AckBatcher,
    private readonly stopping: AbortSignal,
  ) {
    this.streamKey = keys.stream(target.stream);
    this.deadLetterKey = keys.deadLetter(target.stream);
  }

  /**
   * Handles a batch of deliveries, each on its own after one dedupe lookup for all of them, during
   * which their payloads are validated; one promise per delivery, in order.
   */
  processBatch(deliveries: readonly Delivery[]): Array<Promise<void>> {
    const read = deliveries.map(({ entry, attempt }) => ({
      entry,
      attempt,
      parsed: parseEnvelope(entry.fields.data),
    }));
    const doneKeys = read.flatMap(({ parsed }) =>
      parsed.ok ? [this.keys.done(this.options.group, parsed.envelope.id)] : [],
    );
    const handled = this.store.existing(doneKeys);
    // A failed lookup fails each delivery that awaits it; none is left to reject unobserved.
    handled.catch(() => undefined);
    return read.map(({ entry, attempt, parsed }) => {
      if (!parsed.ok) return this.deadLetter(entry, attempt, 'malformed', parsed.error);
      const { envelope } = parsed;
      const doneKey = this.keys.done(this.options.group, envelope.id);
      const validation = validatePayload(this.target.contract, envelope.payload);
      // Awaited unless the envelope turns out to be a duplicate.
      validation.catch(() => undefined);
      return this.process({ entry, envelope, attempt, doneKey, validation }, async () =>
        (await handled).has(doneKey),
      );
    });
  }

  /** One envelope at a time: a copy that arrives while another is handled here waits, then looks at the marker again. */
  private async process(delivery: ParsedDelivery, doneInBatch: () => Promise<boolean>): Promise<void> {
    const { id } = delivery.envelope;
    let isDone = doneInBatch;
    let earlier = this.envelopesInFlight.get(id);
    while (earlier) {
      await earlier.catch(() => undefined);
      isDone = () => this.store.exists(delivery.doneKey);
      earlier = this.envelopesInFlight.get(id);
    }
    const run = this.processEnvelope(delivery, isDone);
    this.envelopesInFlight.set(id, run);
    try {
      await run;
    } finally {
      this.envelopesInFlight.delete(id);
    }
  }

  /** Handles the envelope in the request scope of its correlation id: its logs, data-api calls and messages carry it. */
  private processEnvelope(delivery: ParsedDelivery, isDone: () => Promise<boolean>): Promise<void> {
    return withRequestId(delivery.envelope.correlationId, () => this.handleEnvelope(delivery, isDone));
  }

  private async handleEnvelope(
    { entry, envelope, attempt: firstAttempt, doneKey, validation }: ParsedDelivery,
    isDone: () => Promise<boolean>,
  ): Promise<void> {
    const { stream } = this.target;
    const { group } = this.options;
    if (await isDone()) {
      this.metrics.duplicate(stream, group);
      return this.acks.ack(entry.id);
    }
    const validated = await validation;
    if (!validated.ok)
      return this.deadLetter(entry, firstAttempt, 'invalid', 'payload failed validation', validated.errors);

    for (let attempt = firstAttempt; ; attempt += 1) {
      if (attempt > this.options.maxDeliveries)
        return this.deadLetter(
          entry,
          attempt - 1,
          'exhausted',
          'delivered too many times; its consumers were lost',
        );
      const context = new StreamContext([
        envelope,
        { stream, group, entryId: entry.id, attempt, maxDeliveries: this.options.maxDeliveries },
      ]);
      const started = performance.now();
      try {
        await this.target.handler(validated.payload, context);
      } catch (error) {
        this.metrics.handled(stream, group, 'failure', (performance.now() - started) / 1000);
        const reason = describeError(error);
        if (attempt >= this.options.maxDeliveries)
          return this.deadLetter(entry, attempt, 'exhausted', reason);
        const delay = backoffDelay(attempt, this.options.backoff);
        this.logger.warn(
          `${stream} ${entry.id} attempt ${attempt} failed (${reason}); retrying in ${delay} ms`,
        );
        if (!(await this.waitUnlessStopping(delay))) return;
        const claimed = await this.store.claimForRetry(
          this.streamKey,
          group,
          this.options.consumer,
          entry.id,
        );
        if (!claimed) return;
        continue;
      }
      const seconds = (performance.now() - started) / 1000;
      this.metrics.handled(stream, group, 'success', seconds);
      this.logger.debug({
        msg: 'message handled',
        stream,
        entry_id: entry.id,
        attempt,
        duration_ms: seconds * 1000,
      });
      return this.acks.ack(entry.id, doneKey);
    }
  }

  private async deadLetter(
    entry: StreamEntry,
    deliveries: number,
    reason: DeadLetterReason,
    error: string,
    errors?: unknown,
  ): Promise<void> {
    const { stream } = this.target;
    const { group } = this.options;
    const fields: Record<string, string> = {
      data: entry.fields.data ?? '',
      stream,
      group,
      entryId: entry.id,
      reason,
      error,
      deliveries: String(deliveries),
      failedAt: new Date().toISOString(),
    };
    if (errors !== undefined) fields.errors = JSON.stringify(errors);
    await this.store.moveToDeadLetter(
      this.streamKey,
      group,
      entry.id,
      this.deadLetterKey,
      fields,
      this.options.deadLetterMaxLen,
    );
    this.metrics.deadLetter(stream, group, reason);
    this.logger.error(`${stream} ${entry.id} moved to ${stream}.dlq (${reason}): ${error}`);
  }

  /** True when the delay passed, false when shutdown began first. */
  private async waitUnlessStopping(ms: number): Promise<boolean> {
    try {
      await sleep(ms, undefined, { signal: this.stopping });
      return true;
    } catch {
      return false;
    }
  }
}

/** The text a dead-letter entry keeps: the error's message, or Nest's error object when no filter kept the original. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    return error.message;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}
