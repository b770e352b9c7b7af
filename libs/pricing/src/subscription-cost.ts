import { Decimal } from 'decimal.js';
import { Money } from './money';

export const BILLING_PERIODS = ['monthly', 'quarterly', 'yearly'] as const;
export type BillingPeriod = (typeof BILLING_PERIODS)[number];
export const PRICING_MODELS = ['per_seat', 'flat'] as const;
export type SubscriptionPricingModel = (typeof PRICING_MODELS)[number];

/** How many months one billing period covers. */
export const MONTHS_IN_PERIOD: Readonly<Record<BillingPeriod, number>> = {
  monthly: 1,
  quarterly: 3,
  yearly: 12,
};

/** What a SaaS subscription is priced at (a saas_subscriptions row). */
export interface SubscriptionPrice {
  readonly pricing_model: SubscriptionPricingModel;
  /** Exact decimal string: per seat and period (per_seat) or per period (flat). */
  readonly unit_price: string;
  /** Required for per_seat; informational for flat. */
  readonly seats: number | null;
  readonly billing_period: BillingPeriod;
}

/** Fractional digits of a monthly equivalent: those of the stored prices (numeric(18,6)). */
export const MONTHLY_SCALE = 6;

/** What one billing period of the subscription costs, exactly: unit price × seats, or the flat price. */
export function periodCost(subscription: SubscriptionPrice): Decimal {
  const unit = new Money(subscription.unit_price);
  if (subscription.pricing_model === 'flat') return unit;
  if (subscription.seats === null || !Number.isSafeInteger(subscription.seats) || subscription.seats < 0) {
    throw new RangeError(`a per_seat subscription needs a non-negative whole number of seats`);
  }
  return unit.times(subscription.seats);
}

/**
 * What some subscriptions cost per month together. Periods are summed in twelfths of a year
 * (monthly ×12, quarterly ×4, yearly ×1) and divided by 12 once at the end, so the total is exact
 * whenever it can be written in MONTHLY_SCALE decimals and otherwise rounded once (half-even),
 * never per subscription.
 */
export function monthlyEquivalent(subscriptions: Iterable<SubscriptionPrice>): Decimal {
  let twelfths = new Money(0);
  for (const subscription of subscriptions) {
    twelfths = twelfths.plus(
      periodCost(subscription).times(12 / MONTHS_IN_PERIOD[subscription.billing_period]),
    );
  }
  return twelfths.dividedBy(12).toDecimalPlaces(MONTHLY_SCALE, Decimal.ROUND_HALF_EVEN);
}

/** Fractional digits of a ledger amount (numeric(24,12)). */
export const LEDGER_SCALE = 12;

const MONTHS_BEFORE_PERIOD: Readonly<Record<BillingPeriod, (month: number) => number>> = {
  monthly: (month) => month,
  quarterly: (month) => month - (month % 3),
  yearly: () => 0,
};

/** Days of the calendar month, quarter or year (by the billing period) that holds `day` (YYYY-MM-DD). */
export function daysInPeriodOf(period: BillingPeriod, day: string): number {
  const [year, month] = day.split('-').map(Number);
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`${day} is not a YYYY-MM-DD day`);
  const first = MONTHS_BEFORE_PERIOD[period](month - 1);
  const start = Date.UTC(year, first, 1);
  const end = Date.UTC(year, first + MONTHS_IN_PERIOD[period], 1);
  return Math.round((end - start) / 86_400_000);
}

/**
 * What a subscription costs on one day, amortized: one billing period's cost spread evenly over the
 * days of the calendar period holding the day (a monthly plan over that month's 28 to 31 days, a
 * quarterly one over its quarter, a yearly one over its year), rounded once to LEDGER_SCALE
 * decimals (half-even). The days of a period add up to its cost within a few 10⁻¹² units.
 */
export function dailyShare(subscription: SubscriptionPrice, day: string): Decimal {
  return periodCost(subscription)
    .dividedBy(daysInPeriodOf(subscription.billing_period, day))
    .toDecimalPlaces(LEDGER_SCALE, Decimal.ROUND_HALF_EVEN);
}
