import { Module } from '@nestjs/common';
import { RepositoryOrgs } from '@slipway/cost-client';
import { ModelPriceRecords } from '../pricing/model-price-records';
import { SubscriptionRecords } from '../subscriptions/subscription-records';
import { LedgerBatcher } from './ledger-batcher';
import { LedgerMetrics } from './ledger-metrics';
import { LedgerPrices } from './ledger-prices';
import { LedgerRecords } from './ledger-records';
import { LedgerSchedules } from './ledger-schedules';
import { LedgerWriter } from './ledger-writer';
import { SpendEventsController } from './spend-events.controller';
import { SpendIngest } from './spend-ingest';
import { SpendRecompute } from './spend-recompute';
import { SpendScopes } from './spend-scopes';
import { SubscriptionAmortizer } from './subscription-amortizer';

/**
 * The spend ledger's writer side, the cost-worker's own: model calls and CI jobs from the streams,
 * SaaS amortization and recomputes from the queue, each priced and written to data-api's ledger.
 */
@Module({
  controllers: [SpendEventsController],
  providers: [
    ModelPriceRecords,
    SubscriptionRecords,
    RepositoryOrgs,
    SpendScopes,
    LedgerPrices,
    LedgerRecords,
    LedgerMetrics,
    LedgerWriter,
    LedgerBatcher,
    SpendIngest,
    SubscriptionAmortizer,
    SpendRecompute,
    LedgerSchedules,
  ],
})
export class LedgerModule {}
