import type { CurrencyAmountDto, FieldErrorDto, SubscriptionStatus } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { monthlyEquivalent, type SubscriptionPrice } from '@slipway/pricing';

/** The fields the rules read of a plan (stored, or stored with a change applied). */
export interface PlanTerms extends SubscriptionPrice {
  readonly start_date: string;
  readonly end_date: string | null;
  readonly status: SubscriptionStatus;
  readonly currency: string;
}

/** A plan is coherent: a per-seat plan names its seats; it ends on or after the day it starts. 422 otherwise. */
export function assertCoherent(plan: PlanTerms): void {
  const errors: FieldErrorDto[] = [];
  if (plan.pricing_model === 'per_seat' && plan.seats === null) {
    errors.push({ field: 'seats', message: 'seats is required for a per_seat plan' });
  }
  if (plan.end_date !== null && plan.end_date < plan.start_date) {
    errors.push({ field: 'end_date', message: 'end_date must be on or after start_date' });
  }
  if (errors.length) throw ProblemException.validation(errors);
}

/**
 * A plan's status on `today` (YYYY-MM-DD, the organization's local date): cancelled stays cancelled;
 * a plan whose last billed day has passed is expired, whatever was stored; otherwise active.
 */
export function statusOn(plan: Pick<PlanTerms, 'status' | 'end_date'>, today: string): SubscriptionStatus {
  if (plan.status === 'cancelled') return 'cancelled';
  if (plan.status === 'expired' || (plan.end_date !== null && plan.end_date < today)) return 'expired';
  return 'active';
}

/**
 * Stored rows written past cost-api (straight into data-api) may lack seats; they count none rather
 * than failing every read.
 */
export const priceOf = (plan: SubscriptionPrice): SubscriptionPrice =>
  plan.pricing_model === 'per_seat' && plan.seats === null ? { ...plan, seats: 0 } : plan;

/** The monthly equivalent of some plans per currency (currencies are never added together), sorted by currency. */
export function monthlyCostByCurrency(plans: readonly PlanTerms[]): CurrencyAmountDto[] {
  const byCurrency = new Map<string, SubscriptionPrice[]>();
  for (const plan of plans)
    byCurrency.set(plan.currency, [...(byCurrency.get(plan.currency) ?? []), priceOf(plan)]);
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, prices]) => ({ currency, amount: monthlyEquivalent(prices).toFixed() }));
}
