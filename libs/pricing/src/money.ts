import { Decimal } from 'decimal.js';

/**
 * Exact money: amounts of USD are decimal strings (PostgreSQL `numeric`) summed and multiplied as
 * `Money`, precise enough that no sum or product of ledger amounts (numeric(27,15)), prices
 * (numeric(20,10)) and token counts is ever rounded, and never printed in exponent notation.
 */
export const Money = Decimal.clone({ precision: 64, toExpNeg: -64, toExpPos: 64 });
export type Money = Decimal;

/** The exact sum of some amounts (decimal strings or Money); 0 for none. */
export function sumMoney(amounts: Iterable<Decimal.Value>): Decimal {
  let total = new Money(0);
  for (const amount of amounts) total = total.plus(amount);
  return total;
}

/**
 * A JSON number for an exact amount, for charts (the exact string goes beside it): 15 significant
 * digits survive the trip through a double unchanged.
 */
export const usdNumber = (amount: Decimal): number => amount.toSignificantDigits(15).toNumber();
