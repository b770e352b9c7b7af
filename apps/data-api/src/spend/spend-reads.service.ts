import { Injectable } from '@nestjs/common';
import {
  DEFAULT_SPEND_GROUPS,
  MAX_SPEND_DAYS,
  MAX_SPEND_HOUR_DAYS,
  type SpendAggregateDto,
  type SpendAggregateQueryDto,
  type SpendDayTrendDto,
  type SpendGroupField,
  type SpendHourTrendDto,
  type SpendHourTrendQueryDto,
  type SpendTrendQueryDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { Db } from '../database/db';
import { Statement } from '../resources/sql';
import { aggregateSql, dayTrendSql, hourTrendSql, whereDays, whereSpend } from './spend-reads.sql';
import { localStart, totalsOf, type SumsRow } from './spend-sums';

const DAY_MS = 86_400_000;
/** PostgreSQL's "invalid parameter value": here, a time zone its tz database does not know. */
const INVALID_PARAMETER = '22023';

const refused = (field: string, message: string) => ProblemException.validation([{ field, message }]);

/** Days from `from` to `to`, both included; refused when `to` comes first or the span is too long. */
function daySpan(from: string, to: string, max: number): number {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days < 1) throw refused('to_day', 'to_day must not be before from_day');
  if (days > max) throw refused('to_day', `from_day to to_day may span at most ${max} days`);
  return days;
}

type GroupRow = SumsRow & Record<SpendGroupField, string | null> & { group_count: string };
type HourRow = SumsRow & { start: Date; local_wall: string; offset_seconds: number };

/**
 * Sums of an organization's spend: aggregates and day/week/month trends over the daily rollups,
 * hour trends over the ledger. Arithmetic only; what the sums mean is the cost service's.
 */
@Injectable()
export class SpendReads {
  constructor(private readonly db: Db) {}

  async aggregate(query: SpendAggregateQueryDto): Promise<SpendAggregateDto> {
    daySpan(query.from_day, query.to_day, MAX_SPEND_DAYS);
    const groupBy = [...new Set(query.group_by ?? [])];
    const st = new Statement();
    whereSpend(st, query);
    whereDays(st, query.from_day, query.to_day);
    const rows = await this.db.query<GroupRow>(
      aggregateSql(st, groupBy, query.limit ?? DEFAULT_SPEND_GROUPS),
      st.params,
    );
    if (groupBy.length === 0)
      return { groups: [], total: totalsOf(rows[0]), group_count: 0, truncated: false };
    const groupCount = rows.length ? Number(rows[0].group_count) : 0;
    return {
      groups: rows.map((row) => ({
        key: Object.fromEntries(groupBy.map((field) => [field, row[field]])),
        ...totalsOf(row),
      })),
      total: totalsOf(rows[0], 'total_'),
      group_count: groupCount,
      truncated: groupCount > rows.length,
    };
  }

  async dayTrend(query: SpendTrendQueryDto): Promise<SpendDayTrendDto> {
    daySpan(query.from_day, query.to_day, MAX_SPEND_DAYS);
    const bucket = query.bucket ?? 'day';
    const st = new Statement();
    whereSpend(st, query);
    whereDays(st, query.from_day, query.to_day);
    const rows = await this.db.query<SumsRow & { start: string }>(
      dayTrendSql(st, bucket, query.from_day, query.to_day),
      st.params,
    );
    return {
      bucket,
      buckets: rows.map((row) => ({ start: row.start, ...totalsOf(row) })),
      total: totalsOf(rows[0], 'total_'),
    };
  }

  async hourTrend(query: SpendHourTrendQueryDto): Promise<SpendHourTrendDto> {
    const span = Date.parse(query.to) - Date.parse(query.from);
    if (!(span > 0)) throw refused('to', 'to must come after from');
    if (span > MAX_SPEND_HOUR_DAYS * DAY_MS)
      throw refused('to', `from to to may span at most ${MAX_SPEND_HOUR_DAYS} days`);
    const timezone = query.timezone ?? 'UTC';
    const st = new Statement();
    whereSpend(st, query);
    const rows = await this.db
      .query<HourRow>(hourTrendSql(st, query.from, query.to, timezone), st.params)
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === INVALID_PARAMETER)
          throw refused('timezone', `the database knows no time zone ${timezone}`);
        throw error;
      });
    return {
      bucket: 'hour',
      timezone,
      buckets: rows.map((row) => ({
        start: row.start.toISOString(),
        local_start: localStart(row.local_wall, row.offset_seconds),
        ...totalsOf(row),
      })),
      total: totalsOf(rows[0], 'total_'),
    };
  }
}
