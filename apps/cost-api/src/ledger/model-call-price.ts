import { LEDGER_SCALE, Money, modelCallCost, type TokenCounts } from '@slipway/pricing';
import type { PriceRecord } from '../pricing/model-price-records';

/** What a ledger row of a model call records of its price: the amounts, as the row was priced. */
export interface ModelCallPrice {
  readonly amount: string;
  readonly currency: string;
  readonly price_id: string | null;
  readonly price_snapshot: Record<string, unknown>;
}

/**
 * A model call priced at a model_prices row (org override or global, found by priceInForce for the
 * call's instant) by libs/pricing's modelCallCost, kept to the ledger's 12 decimals (half-even). No
 * row: amount 0, the snapshot saying so, and a recompute prices it once a price exists.
 */
export function priceModelCall(
  tokens: TokenCounts,
  price: PriceRecord | null,
  call: { readonly provider: string; readonly model: string },
): ModelCallPrice {
  if (price === null)
    return {
      amount: '0',
      currency: 'USD',
      price_id: null,
      price_snapshot: { provider: call.provider, model: call.model, missing: true },
    };
  return {
    amount: modelCallCost(tokens, price).toDecimalPlaces(LEDGER_SCALE, Money.ROUND_HALF_EVEN).toFixed(),
    currency: price.currency,
    price_id: price.id,
    price_snapshot: snapshotOf(price),
  };
}

/** A row's snapshot, made once per row (a cached row prices thousands of calls). */
const snapshots = new WeakMap<PriceRecord, Record<string, unknown>>();

/** The amounts as they were; the row's provider, model, currency and price_id say the rest. */
function snapshotOf(price: PriceRecord): Record<string, unknown> {
  let snapshot = snapshots.get(price);
  if (snapshot === undefined) {
    snapshot = Object.freeze({
      scope: price.org_id === null ? 'global' : 'org',
      input_per_1m: price.input_per_1m,
      output_per_1m: price.output_per_1m,
      cached_input_per_1m: price.cached_input_per_1m,
      per_request: price.per_request,
    });
    snapshots.set(price, snapshot);
  }
  return snapshot;
}
