import { Injectable } from '@nestjs/common';
import type { NotificationSummaryDto, SummaryPeriod } from '@slipway/contracts';
import { Money } from '@slipway/pricing';
import { addDays, periodDays } from '../../costs/cost-range';
import { SpendSums } from '../../costs/spend-sums';
import type { Organization } from '../../organizations/org-directory';

const TOP = 5;

/** The days of the period that holds `day`: itself, or its week from Monday to Sunday. */
export function periodOf(period: SummaryPeriod, day: string): { from: string; to: string } {
  if (period === 'daily') return { from: day, to: day };
  const from = periodDays('this_week', day).start;
  return { from, to: addDays(from, 6) };
}

/** The last complete period on `today`: yesterday, or last week. */
export function lastCompletePeriod(period: SummaryPeriod, today: string): { from: string; to: string } {
  const { start, end } = periodDays(period === 'daily' ? 'yesterday' : 'last_week', today);
  return { from: start, to: end };
}

/** A change in % of the earlier amount, 2 decimals; null when that was 0. */
export function changePercent(change: Money, previous: Money): string | null {
  if (previous.isZero()) return null;
  return change.dividedBy(previous).times(100).toDecimalPlaces(2, Money.ROUND_HALF_EVEN).toFixed(2);
}

/**
 * A digest of an organization's spend over one local day or week: the total against the period
 * before, the top models and projects. Sums are data-api's rollups, exact.
 */
@Injectable()
export class SummaryBuilder {
  constructor(private readonly sums: SpendSums) {}

  async build(
    org: Organization,
    period: SummaryPeriod,
    days: { from: string; to: string },
  ): Promise<NotificationSummaryDto> {
    const length = period === 'daily' ? 1 : 7;
    const range = { org_id: org.id, from_day: days.from, to_day: days.to };
    const [models, projects, previous] = await Promise.all([
      this.sums.aggregate({ ...range, group_by: ['provider', 'model'], limit: TOP }),
      this.sums.aggregate({ ...range, group_by: ['project_id'], limit: TOP }),
      this.sums.aggregate({
        org_id: org.id,
        from_day: addDays(days.from, -length),
        to_day: addDays(days.to, -length),
      }),
    ]);
    const total = new Money(models.total.amount);
    const before = new Money(previous.total.amount);
    const change = total.minus(before);
    return {
      period,
      timezone: org.timezone,
      currency: org.currency,
      from_day: days.from,
      to_day: days.to,
      total: total.toFixed(),
      previous_total: before.toFixed(),
      change: change.toFixed(),
      change_percent: changePercent(change, before),
      events: models.total.events,
      top_models: models.groups.map((group) => ({
        provider: group.key.provider ?? '',
        model: group.key.model ?? null,
        amount: group.amount,
      })),
      top_projects: projects.groups.map((group) => ({
        project_id: group.key.project_id ?? null,
        amount: group.amount,
      })),
    };
  }
}

/** The digest as a notification's lines. */
export function summaryText(
  org: Organization,
  summary: NotificationSummaryDto,
): { title: string; text: string } {
  const span =
    summary.from_day === summary.to_day ? summary.from_day : `${summary.from_day} to ${summary.to_day}`;
  const change =
    summary.change_percent === null
      ? `${summary.change} ${summary.currency} (nothing the period before)`
      : `${summary.change} ${summary.currency} (${summary.change_percent} %)`;
  const lines = [
    `Spend of ${org.name} (${org.slug}), ${span} (${summary.timezone}): ${summary.total} ${summary.currency}`,
    `Change against the ${summary.period === 'daily' ? 'day' : 'week'} before: ${change}`,
    `Priced events: ${summary.events}`,
    '',
    'Top models:',
    ...(summary.top_models.length
      ? summary.top_models.map(
          (m) => `  ${m.provider}${m.model ? `/${m.model}` : ''}: ${m.amount} ${summary.currency}`,
        )
      : ['  none']),
    'Top projects:',
    ...(summary.top_projects.length
      ? summary.top_projects.map(
          (p) => `  ${p.project_id ?? '(no project)'}: ${p.amount} ${summary.currency}`,
        )
      : ['  none']),
  ];
  return {
    title: `${summary.period === 'daily' ? 'Daily' : 'Weekly'} spend of ${org.slug}, ${span}: ${summary.total} ${summary.currency}`,
    text: lines.join('\n'),
  };
}
