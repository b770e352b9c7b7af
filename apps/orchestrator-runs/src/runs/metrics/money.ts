/**
 * Exact money: ledger amounts and prices are decimal strings, summed and multiplied as `Decimal`s, and only
 * turned into JSON numbers at the very end.
 */
import { Decimal } from 'decimal.js';

/**
 * Decimals precise enough that no sum or product of ledger amounts (numeric(27,15)), prices (numeric(20,10))
 * and token counts is ever rounded, and never printed in exponent notation.
 */
export const Money = Decimal.clone({ precision: 64, toExpNeg: -64, toExpPos: 64 });

export interface TokenCounts {
  /** Prompt tokens, the cached ones included (OpenAI's prompt_tokens). */
  readonly input_tokens: number;
  /** Completion tokens, the reasoning ones included (OpenAI's completion_tokens). */
  readonly output_tokens: number;
  readonly cached_input_tokens: number;
}

/** USD per 1,000 tokens, as data-api's available_models holds them. */
export interface ModelPrice {
  readonly input_price_per_1k: string;
  readonly output_price_per_1k: string;
  /** Null: cached tokens cost what other input tokens cost. */
  readonly cached_input_price_per_1k: string | null;
}

/**
 * What a model call costs in USD, exactly:
 *   (input − cached) · input price / 1000 + cached · (cached price, else input price) / 1000
 *   + output · output price / 1000.
 * Reasoning tokens are no term of their own: OpenAI-style APIs bill them as output tokens and already count
 * them in completion_tokens, so adding them would bill them twice. A cached count above the input count
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

/** A JSON number for an exact amount: 15 significant digits survive the trip through a double unchanged. */
export const usd = (amount: Decimal): number => amount.toSignificantDigits(15).toNumber();
