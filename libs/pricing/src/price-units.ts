import { Money } from './money';

/**
 * A price per 1,000 tokens (the available_models registry's unit) from one per 1,000,000 tokens
 * (model_prices' unit), exactly: a decimal shift, never a float.
 */
export const per1kFromPer1m = (per1m: string): string => new Money(per1m).dividedBy(1000).toFixed();

/** The per-1,000,000 price of a per-1,000 one, exactly. */
export const per1mFromPer1k = (per1k: string): string => new Money(per1k).times(1000).toFixed();

/** Whether two decimal strings are the same amount ('1.50' and '1.5' are). */
export const sameAmount = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : new Money(a).equals(b);
