import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RUNS_STREAMS } from '@slipway/contracts';
import { CostApiErrorsInterceptor, CostClientModule } from '@slipway/cost-client';
import { IdentityModule } from '@slipway/identity';
import { HealthModule, MetricsService, PlatformModule } from '@slipway/platform';
import { RedisModule, RedisReadiness } from '@slipway/redis';
import { RedisStreamsServer, useStreamsTransport } from '@slipway/streams';
import type { OrchestratorConfig } from './config';
import { RunEventStream } from './events/run-event-stream';
import { DataApiErrorsInterceptor } from '@slipway/data-client';
import { EngineeringTaskRuns } from './runs/engineering-tasks';
import { CompletionEstimator } from './runs/metrics/completion-estimate';
import { PhaseCostProjector } from './runs/metrics/cost-projection';
import { RunAdmission } from './runs/run-admission';
import { ProfileHistory } from './runs/metrics/profile-history';
import { RunMetricsCalculator } from './runs/run-metrics';
import { RunLauncher } from './runs/run-launcher';
import { RunOrchestrator } from './runs/run-orchestrator';
import { RunsController } from './runs/runs.controller';
import { RunsService } from './runs/runs.service';
import { RunsStreamsController } from './runs/runs-streams.controller';
import { PlannerModule } from './planner/planner.module';
import { RunsCoreModule } from './runs-core.module';

export const DESCRIPTION = {
  service: 'orchestrator-runs',
  title: 'Slipway orchestrator-runs',
  description:
    'Multi-phase AI delivery runs (lifecycle, phases, artifacts, events, metrics) and the planner: ideas become reviewed PatchSets on projects and tasks.',
  version: '0.1.0',
};

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

/** The orchestrator-runs process: the /runs API and the consumer of phase results and engineering tasks. */
@Module({})
export class AppModule {
  static register(config: OrchestratorConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forApp('orchestrator-runs', config),
        IdentityModule.forRoot({ serviceToken: config.SERVICE_TOKEN }),
        RedisModule.forRoot(config, 'orchestrator-runs'),
        RunsCoreModule.register(config, 'orchestrator-runs'),
        CostClientModule.forRoot({ baseUrl: config.COST_API_URL, serviceToken: config.SERVICE_TOKEN }),
        PlannerModule.register(config),
        HealthModule.forChecks([RedisReadiness]),
      ],
      controllers: [RunsController, RunsStreamsController],
      providers: [
        { provide: APP_INTERCEPTOR, useClass: DataApiErrorsInterceptor },
        { provide: APP_INTERCEPTOR, useClass: CostApiErrorsInterceptor },
        ProfileHistory,
        PhaseCostProjector,
        CompletionEstimator,
        RunMetricsCalculator,
        RunAdmission,
        RunOrchestrator,
        RunLauncher,
        RunsService,
        EngineeringTaskRuns,
        RunEventStream,
      ],
    };
  }
}
