import { MAX_EVENT_ID_LENGTH, type CiJobFinished, type UsageRecorded } from '@slipway/contracts';
import type { Schemas } from '@slipway/data-client';
import { LEDGER_SCALE, Money, type TokenCounts } from '@slipway/pricing';
import type { Decimal } from 'decimal.js';
import { createHash } from 'node:crypto';
import type { ModelCallPrice } from './model-call-price';
import type { SpendScope } from './spend-scopes';

/** A row of data-api's spend ledger, as written. */
export type LedgerRow = Schemas['CreateSpendLedgerRecordDto'];

/** The provider of CI runner time in the ledger; the executor class is its model. */
export const CI_PROVIDER = 'slipway-ci';

/** `<kind>:<id>`, or `<kind>:sha256:<hex of id>` when that would be longer than an event id may be. */
export function eventId(kind: string, id: string): string {
  const plain = `${kind}:${id}`;
  if (plain.length <= MAX_EVENT_ID_LENGTH) return plain;
  return `${kind}:sha256:${createHash('sha256').update(id).digest('hex')}`;
}

/** An instant as the ledger takes it; an unreadable one is refused (the message is retried, then dead-lettered). */
export function instantOf(text: string, field: string): Date {
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw new Error(`${field} ${JSON.stringify(text)} is not an instant`);
  return at;
}

/** A model call's tokens as libs/pricing counts them: input includes the cached tokens. */
export const tokensOf = (usage: UsageRecorded): TokenCounts => ({
  input_tokens: usage.input_tokens,
  output_tokens: usage.output_tokens,
  cached_input_tokens: Math.min(usage.cached_input_tokens, usage.input_tokens),
});

/**
 * The ledger row of one model call (cost.usage): event id `<source>:<provider_response_id>`, the
 * day in the organization's time zone, input tokens without the cached ones (counted once, in
 * cached_input_tokens), the price it was charged at.
 */
export function usageRow(usage: UsageRecorded, scope: SpendScope, price: ModelCallPrice): LedgerRow {
  const source = usage.source ?? 'run';
  const at = instantOf(usage.occurred_at, 'occurred_at');
  const tokens = tokensOf(usage);
  return {
    event_id: eventId(source, usage.provider_response_id),
    org_id: scope.org.id,
    occurred_at: at.toISOString(),
    local_day: scope.org.dayOf(at),
    source,
    ...(scope.nodeId === null ? {} : { node_id: scope.nodeId }),
    project_id: scope.projectId,
    provider: usage.provider,
    model: usage.model,
    user_id: usage.owner_id,
    ...(usage.run_id === undefined ? {} : { run_id: usage.run_id }),
    input_tokens: tokens.input_tokens - tokens.cached_input_tokens,
    output_tokens: tokens.output_tokens,
    cached_input_tokens: tokens.cached_input_tokens,
    amount: price.amount,
    currency: price.currency,
    ...(price.price_id === null ? {} : { price_id: price.price_id }),
    price_snapshot: price.price_snapshot,
  };
}

/**
 * The ledger row of a CI job's runner time (ci.job-events): its seconds × the executor class's rate
 * per minute, kept to the ledger's 12 decimals (half-even); event id `ci:<job id>`.
 */
export function ciRow(job: CiJobFinished, scope: SpendScope, usdPerMinute: Decimal): LedgerRow {
  const at = instantOf(job.finished_at, 'finished_at');
  const seconds = new Money(job.duration_ms).dividedBy(1000);
  const amount = usdPerMinute.times(seconds).dividedBy(60);
  return {
    event_id: eventId('ci', job.job_id),
    org_id: scope.org.id,
    occurred_at: at.toISOString(),
    local_day: scope.org.dayOf(at),
    source: 'ci',
    ...(scope.nodeId === null ? {} : { node_id: scope.nodeId }),
    project_id: scope.projectId,
    provider: CI_PROVIDER,
    model: job.executor,
    job_id: job.job_id,
    quantity: seconds.toFixed(),
    amount: amount.toDecimalPlaces(LEDGER_SCALE, Money.ROUND_HALF_EVEN).toFixed(),
    currency: 'USD',
    price_snapshot: {
      executor: job.executor,
      usd_per_minute: usdPerMinute.toFixed(),
      runner_seconds: seconds.toFixed(),
      status: job.status,
    },
  };
}
