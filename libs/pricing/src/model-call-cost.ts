import type { Decimal } from 'decimal.js';
import type { ModelPrice } from './model-price';
import { Money } from './money';
import { pricedCost, type TokenCounts } from './priced-cost';
import { per1kFromPer1m } from './price-units';

/** A model_prices row's amounts: decimal strings per 1,000,000 tokens, and per request. */
export interface PerMillionPrice {
  readonly input_per_1m: string;
  readonly output_per_1m: string;
  /** Null: cached tokens cost what other input tokens cost. */
  readonly cached_input_per_1m: string | null;
  /** Null: nothing per request. */
  readonly per_request: string | null;
}

interface Terms {
  readonly perThousand: ModelPrice;
  readonly perRequest: Decimal | null;
}

/** A price's terms, worked out once per price object (one cached row prices thousands of calls). */
const known = new WeakMap<PerMillionPrice, Terms>();

function termsOf(price: PerMillionPrice): Terms {
  let terms = known.get(price);
  if (terms === undefined) {
    terms = {
      perThousand: {
        input_price_per_1k: per1kFromPer1m(price.input_per_1m),
        output_price_per_1k: per1kFromPer1m(price.output_per_1m),
        cached_input_price_per_1k:
          price.cached_input_per_1m === null ? null : per1kFromPer1m(price.cached_input_per_1m),
      },
      perRequest: price.per_request === null ? null : new Money(price.per_request),
    };
    known.set(price, terms);
  }
  return terms;
}

/**
 * What a model call costs at a model_prices row, exactly and unrounded: its tokens by pricedCost
 * (cached input once, at the cached price) plus the row's price per request. The ledger and the
 * budgets price a call with this one rule; each rounds the result its own way.
 */
export function modelCallCost(usage: TokenCounts, price: PerMillionPrice): Decimal {
  const { perThousand, perRequest } = termsOf(price);
  const perToken = pricedCost(usage, perThousand);
  return perRequest === null ? perToken : perToken.plus(perRequest);
}
