import type { Decimal } from 'decimal.js';
import type { ModelPrice, PricedModel } from './model-price';
import { Money } from './money';

export interface TokenCounts {
  /** Prompt tokens, the cached ones included (OpenAI's prompt_tokens). */
  readonly input_tokens: number;
  /** Completion tokens, the reasoning ones included (OpenAI's completion_tokens). */
  readonly output_tokens: number;
  readonly cached_input_tokens: number;
}

/**
 * What a model call costs in USD, exactly:
 *   (input − cached) · input price / 1000 + cached · (cached price, else input price) / 1000
 *   + output · output price / 1000.
 * Cached tokens are part of the input tokens and billed once, at their own price. Reasoning tokens are
 * no term of their own: OpenAI-style APIs bill them as output tokens and already count them in
 * completion_tokens, so adding them would bill them twice. A cached count above the input count
 * (which includes it) is taken as all input cached.
 */
export function pricedCost(usage: TokenCounts, price: ModelPrice): Decimal {
  const input = tokenCount('input_tokens', usage.input_tokens);
  const cached = Math.min(tokenCount('cached_input_tokens', usage.cached_input_tokens), input);
  const output = tokenCount('output_tokens', usage.output_tokens);
  const inputPrice = new Money(price.input_price_per_1k);
  const cachedPrice =
    price.cached_input_price_per_1k === null ? inputPrice : new Money(price.cached_input_price_per_1k);
  return inputPrice
    .times(input - cached)
    .plus(cachedPrice.times(cached))
    .plus(new Money(price.output_price_per_1k).times(output))
    .dividedBy(1000);
}

function tokenCount(field: keyof TokenCounts, count: number): number {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`${field} must be a non-negative integer, got ${count}`);
  }
  return count;
}

/** The price a ledger row was billed at, kept with the row; `missing` when the model had none. */
export type PriceSnapshot =
  | (ModelPrice & { readonly provider: string; readonly model_name: string })
  | { readonly provider: string; readonly model_name: string; readonly missing: true };

/** One model call as a ledger row prices it. */
export interface PricedUsage {
  /** Exact USD, as a decimal string; '0' for a model without a price. */
  readonly cost_usd: string;
  readonly price_snapshot: PriceSnapshot;
  readonly priced: boolean;
}

/**
 * Prices a call of `model` through `provider` at `price` (found by `findModelPrice`): what every ledger
 * of model calls records, so that two ledgers of the same call never disagree.
 */
export function priceUsage(
  usage: TokenCounts,
  price: PricedModel | null,
  call: { readonly provider: string; readonly model: string },
): PricedUsage {
  if (price === null) {
    return {
      cost_usd: '0',
      price_snapshot: { provider: call.provider, model_name: call.model, missing: true },
      priced: false,
    };
  }
  return {
    cost_usd: pricedCost(usage, price).toFixed(),
    price_snapshot: {
      provider: price.provider,
      model_name: price.model_name,
      input_price_per_1k: price.input_price_per_1k,
      output_price_per_1k: price.output_price_per_1k,
      cached_input_price_per_1k: price.cached_input_price_per_1k,
    },
    priced: true,
  };
}
