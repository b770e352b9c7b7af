import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { COST_STREAMS } from '@slipway/contracts';
import { DataClientModule } from '@slipway/data-client';
import { HealthModule, MetricsService, PlatformModule } from '@slipway/platform';
import { RedisModule, RedisReadiness } from '@slipway/redis';
import { RedisStreamsServer, useStreamsTransport } from '@slipway/streams';
import { QuotaJobsModule } from '../admin/quota-jobs.module';
import { BudgetsWorkerModule } from '../budgets/budgets-worker.module';
import type { CostWorkerConfig } from '../config';
import { CostCoreModule } from '../cost-core.module';
import { DataApiReadiness } from '../data-api-readiness';
import { LedgerModule } from '../ledger/ledger.module';
import { SPEND_STREAMS } from '../ledger/spend-streams';
import { NotificationsWorkerModule } from '../notifications/notifications-worker.module';
import { WorkerSchedulesModule } from '../schedules/worker-schedules.module';
import { QuotaSchedules } from './quota-schedules';

export const WORKER_DESCRIPTION = {
  service: 'cost-worker',
  title: 'Slipway cost-worker',
  description:
    'Prices usage and CI time into the spend ledger, amortizes subscriptions, resets quotas, runs the cost schedules: health and metrics only.',
  version: '0.1.0',
};

/** Every stream the worker consumes: the cost domain's and the CI job ends. */
export const WORKER_STREAMS = { ...COST_STREAMS, ...SPEND_STREAMS } as const;

/** Every stream is read by consumer group `cost-worker`. */
export const WORKER_CONSUMER_GROUP = 'cost-worker';

/**
 * Consumer group `cost-worker`: the spend streams in batches of INGEST_BATCH_SIZE, twice that many
 * handled at once (one batch on the wire to data-api while the next is read); other streams ten at
 * a time.
 */
export function consumeWorkerStreams(app: INestApplication, config: CostWorkerConfig): void {
  const spend = { count: config.INGEST_BATCH_SIZE, concurrency: 2 * config.INGEST_BATCH_SIZE };
  useStreamsTransport(
    app,
    new RedisStreamsServer({
      url: config.REDIS_URL,
      prefix: config.REDIS_PREFIX,
      group: WORKER_CONSUMER_GROUP,
      contracts: WORKER_STREAMS,
      perStream: Object.fromEntries(Object.keys(SPEND_STREAMS).map((stream) => [stream, spend])),
      visibilityTimeoutMs: config.INGEST_VISIBILITY_TIMEOUT_MS,
      registry: app.get(MetricsService).registry,
    }),
  );
}

/**
 * The cost-worker process, an entry point of cost-api: the spend streams, the BullMQ schedules
 * (quota resets, amortization, pipeline and budget reservation expiry, recomputes, and those of the notifications and
 * alerts), /health, /ready and /metrics. It shares cost-api's core (CostCoreModule) and quota
 * jobs, not its routes.
 */
@Module({})
export class WorkerModule {
  static register(config: CostWorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forApp('cost-worker', config),
        RedisModule.forRoot(config, 'cost-worker'),
        DataClientModule.forRoot({ baseUrl: config.DATA_API_URL, serviceToken: config.SERVICE_TOKEN }),
        CostCoreModule,
        HealthModule.forChecks([RedisReadiness, DataApiReadiness]),
        WorkerSchedulesModule,
        QuotaJobsModule,
        LedgerModule,
        NotificationsWorkerModule,
        BudgetsWorkerModule,
      ],
      providers: [QuotaSchedules],
    };
  }
}
