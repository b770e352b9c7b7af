import { Module, type DynamicModule } from '@nestjs/common';
import { CI_STREAMS } from '@slipway/contracts';
import { IdentityModule } from '@slipway/identity';
import { HealthModule, MetricsService, PlatformModule } from '@slipway/platform';
import {
  REDIS,
  RedisLifecycle,
  redisProvider,
  RedisReadiness,
  StreamProducer,
  StreamsModule,
} from '@slipway/streams';
import type { Redis } from 'ioredis';
import type { CiJobsConfig } from './config';
import { JobIntake } from './jobs/job-intake';
import { JobStore } from './jobs/job-store';
import { JobsController } from './jobs/jobs.controller';
import { JobsService } from './jobs/jobs.service';
import { RetentionSweeper } from './jobs/retention-sweeper';
import { ApiMetrics } from './metrics';
import { LogStore } from './logs/log-store';
import { LogsController } from './logs/logs.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';

export const DESCRIPTION = {
  service: 'ci-jobs',
  title: 'Slipway ci-jobs',
  description: 'Git webhooks become CI jobs: queue, status, live logs.',
  version: '0.1.0',
};

/** Redis-backed state shared by the HTTP routes. */
@Module({})
class RedisModule {
  static register(config: CiJobsConfig): DynamicModule {
    return {
      module: RedisModule,
      global: true,
      providers: [redisProvider(config, 'ci-jobs'), RedisLifecycle],
      exports: [REDIS],
    };
  }
}

@Module({})
export class AppModule {
  static register(config: CiJobsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forApp('ci-jobs', config),
        IdentityModule.forRoot({ serviceToken: config.SERVICE_TOKEN }),
        RedisModule.register(config),
        StreamsModule.forProducer({
          url: config.REDIS_URL,
          prefix: config.REDIS_PREFIX,
          producer: 'ci-jobs',
          contracts: CI_STREAMS,
        }),
        HealthModule.forChecks([RedisReadiness]),
      ],
      controllers: [WebhooksController, JobsController, LogsController],
      providers: [
        {
          provide: JobStore,
          inject: [REDIS],
          useFactory: (redis: Redis) => new JobStore(redis, config.REDIS_PREFIX),
        },
        {
          provide: LogStore,
          inject: [REDIS],
          useFactory: (redis: Redis) => new LogStore(redis, config.REDIS_PREFIX),
        },
        {
          provide: JobIntake,
          inject: [JobStore, StreamProducer, REDIS],
          useFactory: (store: JobStore, producer: StreamProducer<typeof CI_STREAMS>, redis: Redis) =>
            new JobIntake(store, producer, redis, config.WEBHOOK_DEDUPE_SECONDS),
        },
        {
          provide: ApiMetrics,
          inject: [MetricsService, JobStore],
          useFactory: (metrics: MetricsService, store: JobStore) => new ApiMetrics(metrics.registry, store),
        },
        RetentionSweeper,
        JobsService,
        WebhooksService,
      ],
    };
  }
}
