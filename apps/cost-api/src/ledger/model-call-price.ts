import {
  LEDGER_SCALE,
  Money,
  per1kFromPer1m,
  pricedCost,
  type ModelPrice,
  type TokenCounts,
} from '@slipway/pricing';
import type { Decimal } from 'decimal.js';
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
 * call's instant): input, cached input (once, at the cached price) and output through libs/pricing's
 * pricedCost, plus the row's per-request price, kept to the ledger's 12 decimals (half-even). No row: amount 0, the snapshot saying so, and a
 * recompute prices it once a price exists.
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
  const terms = termsOf(price);
  const perToken = pricedCost(tokens, terms.perThousand);
  const amount = terms.perRequest === null ? perToken : perToken.plus(terms.perRequest);
  return {
    amount: amount.toDecimalPlaces(LEDGER_SCALE, Money.ROUND_HALF_EVEN).toFixed(),
    currency: price.currency,
    price_id: price.id,
    price_snapshot: terms.snapshot,
  };
}

interface PriceTerms {
  readonly perThousand: ModelPrice;
  readonly perRequest: Decimal | null;
  readonly snapshot: Record<string, unknown>;
}

/** A price row's terms, worked out once per row (a cached row prices thousands of calls). */
const terms = new WeakMap<PriceRecord, PriceTerms>();

function termsOf(price: PriceRecord): PriceTerms {
  let known = terms.get(price);
  if (known === undefined) {
    known = {
      perThousand: {
        input_price_per_1k: per1kFromPer1m(price.input_per_1m),
        output_price_per_1k: per1kFromPer1m(price.output_per_1m),
        cached_input_price_per_1k:
          price.cached_input_per_1m === null ? null : per1kFromPer1m(price.cached_input_per_1m),
      },
      perRequest: price.per_request === null ? null : new Money(price.per_request),
      // The amounts as they were; the row's provider, model, currency and price_id say the rest.
      snapshot: Object.freeze({
        scope: price.org_id === null ? 'global' : 'org',
        input_per_1m: price.input_per_1m,
        output_per_1m: price.output_per_1m,
        cached_input_per_1m: price.cached_input_per_1m,
        per_request: price.per_request,
      }),
    };
    terms.set(price, known);
  }
  return known;
}
