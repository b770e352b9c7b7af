import { modelCallCost, Money, type TokenCounts } from '@slipway/pricing';
import type { Decimal } from 'decimal.js';
import type { HeldPrice } from './budget.types';

/** Budgets are counted in micro-units of the org's currency: whole numbers a Lua script compares exactly. */
const UNIT = 1_000_000;

/**
 * An exact amount in micro-units, rounded up: a sub-micro call still counts (a hard budget is never
 * passed by rounding), and never more than a micro-unit too much.
 */
export function toMicros(amount: Decimal.Value): number {
  const micros = new Money(amount).times(UNIT).ceil();
  if (micros.isNegative()) throw new RangeError(`a budget amount cannot be negative: ${String(amount)}`);
  return micros.greaterThan(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : micros.toNumber();
}

/** The decimal string of an amount in micro-units ('1.5', '0.000125'). */
export const fromMicros = (micros: number): string => new Money(micros).dividedBy(UNIT).toFixed();

/** What a call costs at `price`, exactly: libs/pricing's rule, the one the ledger prices it by. */
export const callCost = (price: HeldPrice | null, usage: TokenCounts): Decimal =>
  price === null ? new Money(0) : modelCallCost(usage, price);

/** The most a call may cost: every input token at the full input price, and every output token it may write. */
export const worstCase = (price: HeldPrice | null, inputTokens: number, maxOutputTokens: number): number =>
  toMicros(
    callCost(price, { input_tokens: inputTokens, output_tokens: maxOutputTokens, cached_input_tokens: 0 }),
  );
