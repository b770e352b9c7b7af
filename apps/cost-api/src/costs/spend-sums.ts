import { Injectable } from '@nestjs/common';
import { DataApiClient, type operations, type Schemas } from '@slipway/data-client';

type QueryOf<O extends keyof operations> = operations[O]['parameters']['query'];

export type AggregateQuery = QueryOf<'SpendRollupsController_aggregate'>;
export type DayTrendQuery = QueryOf<'SpendRollupsController_trend'>;
export type HourTrendQuery = QueryOf<'SpendLedgerController_hourTrend'>;
/** The filters every spend read of data-api takes (the organization, node, project, …). */
export type SpendFilters = Omit<AggregateQuery, 'from_day' | 'to_day' | 'group_by' | 'limit'>;

export type Aggregate = Schemas['SpendAggregateDto'];
export type Totals = Schemas['SpendTotalsDto'];
export type DayTrend = Schemas['SpendDayTrendDto'];
export type HourTrend = Schemas['SpendHourTrendDto'];

/**
 * data-api's sums of the spend ledger (service-only reads): aggregates and day/week/month trends
 * over the daily rollups, hour trends over the ledger. Arithmetic only; the rules are the callers'.
 */
@Injectable()
export class SpendSums {
  constructor(private readonly data: DataApiClient) {}

  async aggregate(query: AggregateQuery): Promise<Aggregate> {
    return (await this.data.get('/api/spend_rollups/aggregate', { params: { query } })).data;
  }

  async dayTrend(query: DayTrendQuery): Promise<DayTrend> {
    return (await this.data.get('/api/spend_rollups/trend', { params: { query } })).data;
  }

  async hourTrend(query: HourTrendQuery): Promise<HourTrend> {
    return (await this.data.get('/api/spend_ledger/trend', { params: { query } })).data;
  }
}
