import {
  type CostPeriod,
  type CostPeriodDto,
  type CostRangeQueryDto,
  DEFAULT_COST_PERIOD,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';

const DAY_MS = 86_400_000;

/** Local calendar days as YYYY-MM-DD, counted on a UTC time line (no zone: a day is a day). */
const toMs = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, days: number): string => toDay(toMs(day) + days * DAY_MS);
export const daysBetween = (from: string, to: string): number => (toMs(to) - toMs(from)) / DAY_MS + 1;

const parts = (day: string) => ({ y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)) });
const firstOfMonth = (y: number, m: number): string => toDay(Date.UTC(y, m - 1, 1));
const monday = (day: string): string => addDays(day, -((new Date(toMs(day)).getUTCDay() + 6) % 7));

/** The days of a named period, as the organization's calendar has them on `today`. */
export function periodDays(period: CostPeriod, today: string): { start: string; end: string } {
  const { y, m } = parts(today);
  const quarter = m - ((m - 1) % 3);
  switch (period) {
    case 'today':
      return { start: today, end: today };
    case 'yesterday':
      return { start: addDays(today, -1), end: addDays(today, -1) };
    case 'last_7_days':
      return { start: addDays(today, -6), end: today };
    case 'last_30_days':
      return { start: addDays(today, -29), end: today };
    case 'last_90_days':
      return { start: addDays(today, -89), end: today };
    case 'this_week':
      return { start: monday(today), end: today };
    case 'last_week':
      return { start: addDays(monday(today), -7), end: addDays(monday(today), -1) };
    case 'this_month':
      return { start: firstOfMonth(y, m), end: today };
    case 'last_month':
      return { start: firstOfMonth(y, m - 1), end: addDays(firstOfMonth(y, m), -1) };
    case 'this_quarter':
      return { start: firstOfMonth(y, quarter), end: today };
    case 'last_quarter':
      return { start: firstOfMonth(y, quarter - 3), end: addDays(firstOfMonth(y, quarter), -1) };
    case 'this_year':
      return { start: firstOfMonth(y, 1), end: today };
  }
}

const refused = (field: string, message: string) => ProblemException.validation([{ field, message }]);

/**
 * The local days a cost read covers: `period`, or start_date to end_date (today when left out),
 * or DEFAULT_COST_PERIOD; refused (422) when both kinds are given, when end_date comes alone or
 * before start_date, or when the range spans more than `maxDays`.
 */
export function resolveRange(
  query: CostRangeQueryDto,
  today: string,
  timezone: string,
  maxDays: number,
): CostPeriodDto {
  const explicit = query.start_date !== undefined || query.end_date !== undefined;
  if (explicit && query.period !== undefined)
    throw refused('period', 'give either period or start_date/end_date, not both');
  if (query.end_date !== undefined && query.start_date === undefined)
    throw refused('start_date', 'start_date is required with end_date');
  const period = explicit ? null : (query.period ?? DEFAULT_COST_PERIOD);
  const { start, end } =
    period === null
      ? { start: query.start_date as string, end: query.end_date ?? today }
      : periodDays(period, today);
  const days = daysBetween(start, end);
  if (days < 1) throw refused('end_date', `end_date ${end} is before start_date ${start}`);
  if (days > maxDays)
    throw refused('end_date', `the range may span at most ${maxDays} days; it spans ${days}`);
  return { start_date: start, end_date: end, days, period, timezone };
}
