import { Injectable } from '@nestjs/common';
import type { CostAlertParamsDto } from '@slipway/contracts';
import { Money } from '@slipway/pricing';
import { addDays } from '../costs/cost-range';
import { SpendSums, type SpendFilters } from '../costs/spend-sums';
import { HierarchyRecords } from '../hierarchy/hierarchy-records';
import type { Organization } from '../organizations/org-directory';
import { OrgCalendar } from '../quota/org-calendar';
import type { AlertRecord } from './alert-records';
import type { Measurement } from './alert-state';

const DEFAULT_TRAILING_DAYS = 7;
/** numeric(24,12), as cost_alert_events.value holds it. */
const VALUE_PLACES = 12;

const exact = (value: Money): string => value.toDecimalPlaces(VALUE_PLACES, Money.ROUND_HALF_EVEN).toFixed();

/** Days in the month of a YYYY-MM-DD day. */
const daysInMonth = (day: string): number =>
  new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0)).getUTCDate();

/**
 * What an alert's condition measures at an instant, in the organization's calendar, from the
 * spend rollups: a day's spend, the month's forecast (month to date + trailing daily mean × days
 * left), a day against the trailing mean, a node's spend against its budget.
 */
@Injectable()
export class AlertMeasures {
  constructor(
    private readonly sums: SpendSums,
    private readonly hierarchy: HierarchyRecords,
  ) {}

  measure(org: Organization, alert: AlertRecord, now: Date): Promise<Measurement> {
    const params = alert.params as CostAlertParamsDto;
    const today = new OrgCalendar(org.timezone).day(now);
    const threshold = new Money(alert.threshold);
    switch (alert.kind) {
      case 'daily_spend_above':
        return this.dailySpend(org, params, today, threshold);
      case 'monthly_forecast_above_budget':
        return this.forecast(org, params, today, threshold);
      case 'spike_vs_trailing_mean':
        return this.spike(org, params, today, threshold);
      case 'budget_percent':
        return this.budgetPercent(org, params, today, threshold);
    }
  }

  private async dailySpend(org: Organization, params: CostAlertParamsDto, today: string, threshold: Money) {
    const spend = await this.spend(org, params, today, today);
    return {
      window: today,
      value: exact(spend),
      above: spend.greaterThan(threshold),
      detail: { day: today },
    };
  }

  private async forecast(org: Organization, params: CostAlertParamsDto, today: string, budget: Money) {
    const days = params.trailing_days ?? DEFAULT_TRAILING_DAYS;
    const [monthToDate, trailing] = await Promise.all([
      this.spend(org, params, `${today.slice(0, 7)}-01`, today),
      this.spend(org, params, addDays(today, -days), addDays(today, -1)),
    ]);
    const mean = trailing.dividedBy(days);
    const daysLeft = daysInMonth(today) - Number(today.slice(8, 10));
    const forecast = monthToDate.plus(mean.times(daysLeft));
    return {
      window: today.slice(0, 7),
      value: exact(forecast),
      above: forecast.greaterThan(budget),
      detail: {
        month_to_date: exact(monthToDate),
        trailing_mean: exact(mean),
        trailing_days: days,
        days_left: daysLeft,
      },
    };
  }

  private async spike(org: Organization, params: CostAlertParamsDto, today: string, ratio: Money) {
    const days = params.trailing_days ?? DEFAULT_TRAILING_DAYS;
    const [spend, trailing] = await Promise.all([
      this.spend(org, params, today, today),
      this.spend(org, params, addDays(today, -days), addDays(today, -1)),
    ]);
    const mean = trailing.dividedBy(days);
    const detail = { day: today, spend: exact(spend), trailing_mean: exact(mean), trailing_days: days };
    // No baseline yet (a new organization): no day is a spike of it.
    if (!mean.greaterThan(0)) return { window: today, value: '0', above: false, detail };
    const minimum = new Money(params.min_amount ?? '0');
    return {
      window: today,
      value: exact(spend.dividedBy(mean)),
      above: spend.greaterThanOrEqualTo(minimum) && spend.greaterThan(mean.times(ratio)),
      detail,
    };
  }

  private async budgetPercent(org: Organization, params: CostAlertParamsDto, today: string, percent: Money) {
    const period = params.period ?? 'month';
    const window = period === 'day' ? today : today.slice(0, 7);
    const node = await this.hierarchy.node(org.id, params.node_id ?? '');
    const budget = period === 'day' ? node.daily_budget : node.monthly_budget;
    if (budget === null || new Money(budget).isZero())
      return {
        window,
        value: null,
        above: false,
        detail: { reason: `node ${node.code} has no ${period}ly budget` },
      };
    const from = period === 'day' ? today : `${today.slice(0, 7)}-01`;
    const spend = await this.spend(org, { node_id: node.id, include_descendants: true }, from, today);
    const used = spend.dividedBy(budget).times(100);
    return {
      window,
      value: exact(used),
      above: used.greaterThanOrEqualTo(percent),
      detail: { node_id: node.id, node: node.code, spend: exact(spend), budget, period },
    };
  }

  private async spend(
    org: Organization,
    params: CostAlertParamsDto,
    from: string,
    to: string,
  ): Promise<Money> {
    const filters: SpendFilters = {
      org_id: org.id,
      ...(params.node_id
        ? { node_id: params.node_id, include_descendants: params.include_descendants ?? true }
        : {}),
      ...(params.project_id ? { project_id: params.project_id } : {}),
      ...(params.provider ? { provider: params.provider } : {}),
      ...(params.model ? { model: params.model } : {}),
      ...(params.source ? { source: [params.source] } : {}),
    };
    const { total } = await this.sums.aggregate({ ...filters, from_day: from, to_day: to });
    return new Money(total.amount);
  }
}
