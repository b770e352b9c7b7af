import type { SubscriptionPlanDto } from '@slipway/contracts';
import { monthlyEquivalent, periodCost } from '@slipway/pricing';
import type { SubscriptionRecord } from './subscription-records';
import { priceOf, statusOn } from './subscription-rules';

/** A saas_subscriptions row as the subscriptions routes answer it, its status judged on `today`. */
export function toSubscriptionPlanDto(row: SubscriptionRecord, today: string): SubscriptionPlanDto {
  const price = priceOf(row);
  return {
    id: row.id,
    version: row.version,
    provider: row.provider,
    plan_name: row.plan_name,
    pricing_model: row.pricing_model,
    unit_price: row.unit_price,
    seats: row.seats,
    currency: row.currency,
    billing_period: row.billing_period,
    start_date: row.start_date,
    end_date: row.end_date,
    status: statusOn(row, today),
    notes: row.notes,
    period_cost: periodCost(price).toFixed(),
    monthly_cost: monthlyEquivalent([price]).toFixed(),
    created_at: row.created_at,
    updated_at: row.updated_at,
    deleted_at: row.deleted_at,
  };
}
