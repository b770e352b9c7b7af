import type { SpendDayBucket, SpendFiltersDto, SpendGroupField } from '@slipway/contracts';
import { ident, type Statement } from '../resources/sql';
import { EVENTS_COUNTED } from './spend-ingest.sql';

/**
 * The statements of the spend reads: sums over the daily rollups (aggregates, day/week/month
 * trends) or over the ledger itself (hour trends), every value a parameter. Sums travel as text, so
 * amounts stay exact.
 */

const SUMMED = ['amount', 'input_tokens', 'output_tokens', 'cached_input_tokens', 'events'] as const;

/** The node and every node under it (UNION: a cycle, were there one, would end). */
const subtree = (node: string, org: string) =>
  `ARRAY(WITH RECURSIVE subtree AS (
    SELECT id FROM hierarchy_nodes WHERE id = ${node} AND org_id = ${org}
    UNION SELECT h.id FROM hierarchy_nodes h JOIN subtree s ON h.parent_id = s.id
  ) SELECT id FROM subtree)`;

/** The organization's spend the filters keep (the ledger and the rollups share these columns). */
export function whereSpend(st: Statement, filters: SpendFiltersDto): void {
  const org = st.param(filters.org_id);
  st.where.push(`org_id = ${org}`);
  if (filters.node_id !== undefined) {
    const node = st.param(filters.node_id);
    st.where.push(filters.include_descendants ? `node_id = ANY(${subtree(node, org)})` : `node_id = ${node}`);
  }
  for (const field of ['project_id', 'provider', 'model', 'user_id'] as const) {
    const value = filters[field];
    if (value !== undefined) st.where.push(`${field} = ${st.param(value)}`);
  }
  if (filters.source !== undefined)
    st.where.push(`source = ANY(${st.param(filters.source)}::spend_source[])`);
}

export function whereDays(st: Statement, from: string, to: string): void {
  st.where.push(`local_day BETWEEN ${st.param(from)}::date AND ${st.param(to)}::date`);
}

/** The rollups' sums per group, largest amount first, with the number of groups and the sums of all. */
export function aggregateSql(st: Statement, groupBy: readonly SpendGroupField[], limit: number): string {
  const sums = SUMMED.map((c) => `sum(${c})::text AS ${c}`);
  const totals = SUMMED.map((c) => `(sum(sum(${c})) OVER ())::text AS total_${c}`);
  if (groupBy.length === 0)
    return `SELECT ${[...sums, '0 AS group_count'].join(', ')} FROM spend_rollups_daily ${st.whereClause()}`;
  const keys = groupBy.map(ident).join(', ');
  return `SELECT ${keys}, ${sums.join(', ')}, count(*) OVER () AS group_count, ${totals.join(', ')}
    FROM spend_rollups_daily ${st.whereClause()}
    GROUP BY ${keys} ORDER BY sum(amount) DESC, ${keys} LIMIT ${st.param(limit)}`;
}

/** Zero-filled buckets of the series `buckets`, joined to the sums of `source` per bucket, with the sums of all. */
const bucketed = (buckets: string, source: string, start: string) => `
WITH buckets AS (${buckets}), sums AS (${source})
SELECT ${start}, ${SUMMED.map((c) => `coalesce(s.${c}, 0)::text AS ${c}`).join(', ')},
  ${SUMMED.map((c) => `(sum(coalesce(s.${c}, 0)) OVER ())::text AS total_${c}`).join(', ')}
FROM buckets b LEFT JOIN sums s ON s.start = b.start ORDER BY b.start`;

/** Day, week (from Monday) or month buckets of local days over the rollups. */
export function dayTrendSql(st: Statement, bucket: SpendDayBucket, from: string, to: string): string {
  const unit = st.param(bucket);
  const step = st.param(`1 ${bucket}`);
  const series = `SELECT d::date AS start FROM generate_series(date_trunc(${unit}, ${st.param(from)}::timestamp), ${st.param(to)}::timestamp, ${step}::interval) AS d`;
  const sums = `SELECT date_trunc(${unit}, local_day::timestamp)::date AS start, ${SUMMED.map((c) => `sum(${c}) AS ${c}`).join(', ')}
    FROM spend_rollups_daily ${st.whereClause()} GROUP BY 1`;
  return bucketed(series, sums, `to_char(b.start, 'YYYY-MM-DD') AS start`);
}

/** Hour buckets of the time zone over the ledger, from `from` (included) to `to` (excluded). */
export function hourTrendSql(st: Statement, from: string, to: string, zone: string): string {
  const [start, end, tz] = [st.param(from), st.param(to), st.param(zone)];
  st.where.push(`occurred_at >= ${start}::timestamptz`, `occurred_at < ${end}::timestamptz`);
  const series = `SELECT h AS start FROM generate_series(date_trunc('hour', ${start}::timestamptz, ${tz}), ${end}::timestamptz, interval '1 hour') AS h
    WHERE h < ${end}::timestamptz`;
  const sums = `SELECT date_trunc('hour', occurred_at, ${tz}) AS start,
    ${SUMMED.map((c) => (c === 'events' ? `${EVENTS_COUNTED} AS events` : `sum(${c}) AS ${c}`)).join(', ')}
    FROM spend_ledger ${st.whereClause()} GROUP BY 1`;
  return bucketed(
    series,
    sums,
    `b.start, to_char(b.start AT TIME ZONE ${tz}, 'YYYY-MM-DD"T"HH24:MI:SS') AS local_wall,
    extract(epoch FROM (b.start AT TIME ZONE ${tz}) - (b.start AT TIME ZONE 'UTC'))::int AS offset_seconds`,
  );
}
