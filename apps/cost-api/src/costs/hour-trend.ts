import type { CostTotalsDto, CostTrendBucketDto } from '@slipway/contracts';
import { addTotals, totalsOf } from './cost-groups';
import { addDays, daysBetween } from './cost-range';
import { type CostScope, instantsOf } from './cost-scope';
import type { SpendSums } from './spend-sums';

/**
 * Local days one hour-trend read of data-api covers: its limit is 31 × 24 hours, which a month with
 * a DST change passes; chunks are read at once, so a long range is quicker too.
 */
const CHUNK_DAYS = 8;

/**
 * The scope's spend per hour of the organization's time zone, zero-filled: the ledger read in
 * chunks of whole local days, their hours put end to end. Each bucket starts at its local hour,
 * with its offset (2026-03-29T03:00:00+02:00), so DST hours stay distinct.
 */
export async function hourBuckets(
  sums: SpendSums,
  scope: CostScope,
): Promise<{ buckets: CostTrendBucketDto[]; total: CostTotalsDto }> {
  const { start_date: first, end_date: last } = scope.period;
  const chunks: [string, string][] = [];
  for (let day = first; daysBetween(day, last) > 0; day = addDays(day, CHUNK_DAYS)) {
    const end = addDays(day, CHUNK_DAYS - 1);
    chunks.push([day, end < last ? end : last]);
  }
  const trends = await Promise.all(
    chunks.map(([from, to]) => {
      const instants = instantsOf(scope.calendar, from, to);
      return sums.hourTrend({
        ...scope.filters,
        from: instants.from.toISOString(),
        to: instants.to.toISOString(),
        timezone: scope.org.timezone,
      });
    }),
  );
  return {
    buckets: trends.flatMap((trend) =>
      trend.buckets.map((bucket) => ({ start: bucket.local_start, ...totalsOf(bucket) })),
    ),
    total: addTotals(trends.map((trend) => trend.total)),
  };
}
