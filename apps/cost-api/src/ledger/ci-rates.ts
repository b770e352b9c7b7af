import { Money } from '@slipway/pricing';
import type { Decimal } from 'decimal.js';
import { Parses } from '../integrations/integration-settings';

const EXECUTOR_CLASS = /^[a-z][a-z0-9_-]{0,49}$/;
const RATE = /^\d{1,6}(\.\d{1,12})?$/;
const MESSAGE =
  'CI_RATES_USD_PER_MINUTE must be a JSON object of executor class → USD per minute as a decimal string, e.g. {"local":"0.008","kubernetes":"0.012"}';

/** CI_RATES_USD_PER_MINUTE read: USD per minute of runner time by executor class, exact. */
export function parseCiRates(text: string): ReadonlyMap<string, Decimal> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(MESSAGE);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(MESSAGE);
  const rates = new Map<string, Decimal>();
  for (const [executor, rate] of Object.entries(value)) {
    if (!EXECUTOR_CLASS.test(executor))
      throw new Error(`CI_RATES_USD_PER_MINUTE: ${JSON.stringify(executor)} is not an executor class`);
    if (typeof rate !== 'string' || !RATE.test(rate))
      throw new Error(
        `CI_RATES_USD_PER_MINUTE: the rate of ${executor} must be a decimal string such as "0.008"`,
      );
    rates.set(executor, new Money(rate));
  }
  return rates;
}

/** The validator of CI_RATES_USD_PER_MINUTE: a malformed value stops the worker at boot, saying why. */
export const CiRates = () => Parses('ciRates', parseCiRates);
