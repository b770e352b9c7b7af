import { Injectable } from '@nestjs/common';
import {
  type CostAnswerDto,
  type CostFiltersQueryDto,
  type CostPeriodDto,
  MAX_COST_DAYS,
} from '@slipway/contracts';
import { Clock } from '@slipway/platform';
import type { Organization } from '../organizations/org-directory';
import { OrgCalendar } from '../quota/org-calendar';
import { addDays, resolveRange } from './cost-range';
import type { SpendFilters } from './spend-sums';

/** What one cost read sums: the organization's spend the filters keep, over its local days. */
export interface CostScope {
  org: Organization;
  calendar: OrgCalendar;
  period: CostPeriodDto;
  filters: SpendFilters;
}

type Filters = Omit<CostFiltersQueryDto, 'start_date' | 'end_date' | 'period'>;

/** data-api's filters of a query: only those given (every data-api spend read takes the same). */
export function spendFilters(orgId: string, query: Filters): SpendFilters {
  const filters: SpendFilters = { org_id: orgId };
  if (query.node_id !== undefined) filters.node_id = query.node_id;
  if (query.include_descendants !== undefined) filters.include_descendants = query.include_descendants;
  if (query.project_id !== undefined) filters.project_id = query.project_id;
  if (query.provider !== undefined) filters.provider = query.provider;
  if (query.model !== undefined) filters.model = query.model;
  if (query.user_id !== undefined) filters.user_id = query.user_id;
  if (query.source !== undefined) filters.source = query.source;
  return filters;
}

/** The local days of the scope as data-api's rollup reads take them. */
export const dayWindow = (scope: CostScope) => ({
  ...scope.filters,
  from_day: scope.period.start_date,
  to_day: scope.period.end_date,
});

/** What every cost answer starts with. */
export const answerOf = (scope: CostScope): CostAnswerDto => ({
  org: scope.org.slug,
  currency: scope.org.currency,
  period: scope.period,
});

/** The instant a local day (YYYY-MM-DD) begins in the calendar's zone. */
export function dayStart(calendar: OrgCalendar, day: string): Date {
  // UTC midnight of the day is on that local day east of UTC, on the evening before west of it.
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  return calendar.day(utcMidnight) === day
    ? calendar.dayStart(utcMidnight)
    : calendar.nextDayStart(utcMidnight);
}

/** The instants from the first local day's start to the start of the day after the last. */
export const instantsOf = (calendar: OrgCalendar, firstDay: string, lastDay: string) => ({
  from: dayStart(calendar, firstDay),
  to: dayStart(calendar, addDays(lastDay, 1)),
});

/** Turns a cost query into its scope: the organization's local days (422 when invalid) and filters. */
@Injectable()
export class CostScopes {
  constructor(private readonly clock: Clock) {}

  of(org: Organization, query: CostFiltersQueryDto, maxDays = MAX_COST_DAYS): CostScope {
    const calendar = new OrgCalendar(org.timezone);
    const period = resolveRange(query, calendar.day(this.clock.now()), org.timezone, maxDays);
    return { org, calendar, period, filters: spendFilters(org.id, query) };
  }
}
