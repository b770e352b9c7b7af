import { Logger } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay } from './backoff';
import type { ContractClass } from './contracts';
import { parseEnvelope, type StreamEnvelope } from './envelope';
import type { StreamKeys } from './keys';
import type { ResolvedConsumerOptions } from './options';
import { validatePayload } from './payload-validator';
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

/**
 * One delivery, start to end: parse, dedupe, validate, run the handler, then ack — or retry with
 * backoff, or dead-letter. Never acks before the handler succeeded; on shutdown a message waiting
 * for its retry is left pending for another consumer.
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
    private readonly stopping: AbortSignal,
  ) {
    this.streamKey = keys.stream(target.stream);
    this.deadLetterKey = keys.deadLetter(target.stream);
  }

  async process(entry: StreamEntry, attempt: number): Promise<void> {
    const parsed = parseEnvelope(entry.fields.data);
    if (!parsed.ok) return this.deadLetter(entry, attempt, 'malformed', parsed.error);
    const { envelope } = parsed;
    let earlier = this.envelopesInFlight.get(envelope.id);
    while (earlier) {
      await earlier;
      earlier = this.envelopesInFlight.get(envelope.id);
    }
    const run = this.processEnvelope(entry, envelope, attempt);
    this.envelopesInFlight.set(envelope.id, run);
    try {
      await run;
    } finally {
      this.envelopesInFlight.delete(envelope.id);
    }
  }

  private async processEnvelope(
    entry: StreamEntry,
    envelope: StreamEnvelope,
    firstAttempt: number,
  ): Promise<void> {
    const { stream } = this.target;
    const { group } = this.options;
    const doneKey = this.keys.done(group, envelope.id);
    if (await this.store.exists(doneKey)) {
      this.metrics.duplicate(stream, group);
      return this.store.ack(this.streamKey, group, entry.id);
    }
    const validated = await validatePayload(this.target.contract, envelope.payload);
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
      const context = new StreamContext([envelope, { stream, group, entryId: entry.id, attempt }]);
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
      this.metrics.handled(stream, group, 'success', (performance.now() - started) / 1000);
      return this.store.ackDone(this.streamKey, group, entry.id, doneKey, this.options.dedupeTtlMs);
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
