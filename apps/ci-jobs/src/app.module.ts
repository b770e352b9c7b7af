import { Module, type DynamicModule } from '@nestjs/common';
import { CI_STREAMS } from '@slipway/contracts';
import { IdentityModule } from '@slipway/identity';
import { HealthModule, PlatformModule } from '@slipway/platform';
import { RedisModule, RedisReadiness } from '@slipway/redis';
import { StreamsModule } from '@slipway/streams';
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

@Module({})
export class AppModule {
  static register(config: CiJobsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forApp('ci-jobs', config),
        IdentityModule.forRoot({ serviceToken: config.SERVICE_TOKEN }),
        RedisModule.forRoot(config, 'ci-jobs'),
        StreamsModule.forProducer({
          url: config.REDIS_URL,
          prefix: config.REDIS_PREFIX,
          producer: 'ci-jobs',
          contracts: CI_STREAMS,
        }),
        HealthModule.forChecks([RedisReadiness]),
      ],
      controllers: [WebhooksController, JobsController, LogsController],
      providers: [JobStore, LogStore, JobIntake, ApiMetrics, RetentionSweeper, JobsService, WebhooksService],
    };
  }
}
