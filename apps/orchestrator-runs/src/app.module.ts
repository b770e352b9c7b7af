import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type INestApplication,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RUNS_STREAMS } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { IdentityModule } from '@slipway/identity';
import { AppLogger, HealthModule, MetricsService, PlatformModule } from '@slipway/platform';
import { REDIS, RedisModule, RedisReadiness } from '@slipway/redis';
import { RedisStreamsServer, StreamProducer, useStreamsTransport } from '@slipway/streams';
import type { Redis } from 'ioredis';
import { OrchestratorConfig } from './config';
import { RunEventBus } from './events/run-event-bus';
import { RunEventStream } from './events/run-event-stream';
import { ProfileCatalog } from './profiles/profile-catalog';
import { DataApiErrorsInterceptor } from './records/data-api-errors';
import { RunRecords } from './records/run-records';
import { RunMetricsCalculator } from './runs/run-metrics';
import { RunOrchestrator } from './runs/run-orchestrator';
import { RunsController } from './runs/runs.controller';
import { RunsService } from './runs/runs.service';
import { RunsStreamsController } from './runs/runs-streams.controller';
import { sharedProviders } from './shared.providers';
import { RunWorkspace } from './workspace/run-workspace';

export const DESCRIPTION = {
  service: 'orchestrator-runs',
  title: 'Slipway orchestrator-runs',
  description: 'Multi-phase AI delivery runs: lifecycle, phases, artifacts, events, metrics.',
  version: '0.1.0',
};

/** Closes the event bus's subscriber connection and data-api's pool on shutdown. */
@Injectable()
class Connections implements OnApplicationShutdown {
  constructor(
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(DataApiClient) private readonly dataApi: DataApiClient,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
    await this.dataApi.close();
  }
}

/** Consumer group `orchestrator` on runs.phase-results and engineering:queue, on the app's Nest microservice. */
export function consumeRunsStreams(app: INestApplication, config: OrchestratorConfig): void {
  useStreamsTransport(
    app,
    new RedisStreamsServer({
      url: config.REDIS_URL,
      prefix: config.REDIS_PREFIX,
      group: 'orchestrator',
      contracts: RUNS_STREAMS,
      registry: app.get(MetricsService).registry,
    }),
  );
}

@Module({})
export class AppModule {
  static register(config: OrchestratorConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        PlatformModule.forApp('orchestrator-runs', config),
        IdentityModule.forRoot({ serviceToken: config.SERVICE_TOKEN }),
        RedisModule.forRoot(config, 'orchestrator-runs'),
        HealthModule.forChecks([RedisReadiness]),
      ],
      controllers: [RunsController, RunsStreamsController],
      providers: [
        ...sharedProviders(config, 'orchestrator-runs'),
        Connections,
        { provide: APP_INTERCEPTOR, useClass: DataApiErrorsInterceptor },
        {
          provide: RunMetricsCalculator,
          inject: [RunRecords, RunWorkspace],
          useFactory: (records: RunRecords, workspace: RunWorkspace) =>
            new RunMetricsCalculator(records, {
              workspace,
              historyRuns: config.PROJECTION_HISTORY_RUNS,
              defaultModel: { provider: config.LLM_PROVIDER, model: config.LLM_MODEL },
            }),
        },
        {
          provide: RunOrchestrator,
          inject: [
            RunRecords,
            RunEventBus,
            StreamProducer,
            ProfileCatalog,
            RunMetricsCalculator,
            DataApiClient,
            AppLogger,
          ],
          useFactory: (
            records: RunRecords,
            bus: RunEventBus,
            producer: StreamProducer<typeof RUNS_STREAMS>,
            profiles: ProfileCatalog,
            metrics: RunMetricsCalculator,
            dataApi: DataApiClient,
            logger: AppLogger,
          ) =>
            new RunOrchestrator(
              records,
              bus,
              producer,
              profiles,
              metrics,
              dataApi,
              { maxAttempts: config.PHASE_MAX_ATTEMPTS, dispatchTimeoutMs: config.DISPATCH_TIMEOUT_MS },
              logger,
            ),
        },
        {
          provide: RunsService,
          inject: [
            RunRecords,
            RunOrchestrator,
            RunEventBus,
            ProfileCatalog,
            RunWorkspace,
            DataApiClient,
            REDIS,
            AppLogger,
          ],
          useFactory: (
            records: RunRecords,
            orchestrator: RunOrchestrator,
            bus: RunEventBus,
            profiles: ProfileCatalog,
            workspace: RunWorkspace,
            dataApi: DataApiClient,
            redis: Redis,
            logger: AppLogger,
          ) =>
            new RunsService(
              records,
              orchestrator,
              bus,
              profiles,
              workspace,
              dataApi,
              redis,
              {
                nextWaitMs: config.NEXT_WAIT_MS,
                engineeringProfile: config.ENGINEERING_PROFILE,
                redisPrefix: config.REDIS_PREFIX,
              },
              logger,
            ),
        },
        {
          provide: RunEventStream,
          inject: [RunRecords, RunEventBus],
          useFactory: (records: RunRecords, bus: RunEventBus) =>
            new RunEventStream(records, bus, { pingMs: config.SSE_PING_MS }),
        },
      ],
    };
  }
}
