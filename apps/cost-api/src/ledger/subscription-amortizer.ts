import { Injectable } from '@nestjs/common';
import type { QuotaJobReportDto } from '@slipway/contracts';
import { Clock } from '@slipway/platform';
import { dailyShare } from '@slipway/pricing';
import { AllOrgs } from '../organizations/all-orgs';
import { SubscriptionRecords, type SubscriptionRecord } from '../subscriptions/subscription-records';
import { priceOf, statusOn } from '../subscriptions/subscription-rules';
import { eventId, type LedgerRow } from './ledger-rows';
import { LedgerWriter } from './ledger-writer';
import { spendOrgOf, type SpendOrg } from './spend-scopes';

/** Local days written each run: today and the days before it, so days a stopped worker missed are caught up. */
export const AMORTIZED_DAYS = 7;

/** The local days `count` back from today's (today last), in the organization's time zone. */
export function recentDays(org: SpendOrg, now: Date, count: number): string[] {
  const [year, month, day] = org.calendar.day(now).split('-').map(Number);
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(year, month - 1, day - (count - 1 - i))).toISOString().slice(0, 10),
  );
}

/** A subscription's share of one local day: event id `saas:<subscription id>:<day>`, written once. */
export function subscriptionRow(subscription: SubscriptionRecord, org: SpendOrg, day: string): LedgerRow {
  const price = priceOf(subscription);
  return {
    event_id: eventId('saas', `${subscription.id}:${day}`),
    org_id: org.id,
    occurred_at: org.calendar.startOfDay(day).toISOString(),
    local_day: day,
    source: 'saas',
    provider: subscription.provider,
    model: subscription.plan_name,
    ...(price.pricing_model === 'per_seat' && price.seats !== null ? { quantity: String(price.seats) } : {}),
    amount: dailyShare(price, day).toFixed(),
    currency: subscription.currency,
    price_snapshot: {
      subscription_id: subscription.id,
      pricing_model: subscription.pricing_model,
      unit_price: subscription.unit_price,
      seats: subscription.seats,
      billing_period: subscription.billing_period,
    },
  };
}

/** Whether the subscription is billed on `day`: started, not ended, not cancelled. */
const billedOn = (subscription: SubscriptionRecord, day: string): boolean =>
  subscription.deleted_at === null &&
  subscription.start_date <= day &&
  statusOn(subscription, day) === 'active';

/**
 * SaaS amortization: each active subscription's daily share of its billing period (libs/pricing
 * dailyShare) on every local day of its organization, written to the ledger as source saas. A
 * run writes today and the AMORTIZED_DAYS − 1 days before; the days already written are
 * duplicates that change nothing, so the job runs as often as it likes.
 */
@Injectable()
export class SubscriptionAmortizer {
  constructor(
    private readonly orgs: AllOrgs,
    private readonly subscriptions: SubscriptionRecords,
    private readonly writer: LedgerWriter,
    private readonly clock: Clock,
  ) {}

  amortize(): Promise<QuotaJobReportDto> {
    return this.orgs.each(async (record) => {
      const org = spendOrgOf(record);
      const days = recentDays(org, this.clock.now(), AMORTIZED_DAYS);
      const rows = (await this.subscriptions.list(org.id)).flatMap((subscription) =>
        days
          .filter((day) => billedOn(subscription, day))
          .map((day) => subscriptionRow(subscription, org, day)),
      );
      if (rows.length === 0) return 0;
      const { inserted, rejected } = await this.writer.write(rows);
      const [refused] = rejected.values();
      if (refused) throw refused;
      return inserted;
    });
  }
}
