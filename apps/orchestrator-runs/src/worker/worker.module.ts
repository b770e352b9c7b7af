import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { RUNS_STREAMS } from '@slipway/contracts';
import { CostClientModule } from '@slipway/cost-client';
import { HealthModule, MetricsService, PlatformModule } from '@slipway/platform';
import { RedisModule, RedisReadiness } from '@slipway/redis';
import { RedisStreamsServer, useStreamsTransport } from '@slipway/streams';
import type { AgentWorkerConfig } from '../config';
import { RunsCoreModule } from '../runs-core.module';
import { ArtifactPrompter } from './artifact-prompter';
import { OrgCredentials } from './llm/org-credentials';
import { llmProvider, LlmProviderShutdown } from './llm/provider-registry';
import { RunBudget } from './llm/run-budget';
import { RunLlm } from './llm/run-llm';
import { PhaseExecutor } from './phase-executor';
import { PhaseLeases } from './phase-lease';
import { PhaseReaper } from './phase-reaper';
import { PhaseRequestsController } from './phase-requests.controller';
import { ReaperSchedule } from './reaper-schedule';
import { UsageLedger } from './usage-ledger';
import { WorkerIdentity } from './worker-identity';

export const WORKER_DESCRIPTION = {
  service: 'agent-worker',
  title: 'Slipway agent-worker',
  description: 'Executes run phases from runs.phase-requests: health and metrics only.',
  version: '0.1.0',
};

/** Consumer group `agent-workers` on runs.phase-requests, WORKER_CONCURRENCY phases at a time. */
export function consumePhaseRequests(app: INestApplication, config: AgentWorkerConfig): void {
  useStreamsTransport(
    app,
    new RedisStreamsServer({
      url: config.REDIS_URL,
      prefix: config.REDIS_PREFIX,
      group: 'agent-workers',
      contracts: RUNS_STREAMS,
      concurrency: config.WORKER_CONCURRENCY,
      visibilityTimeoutMs: config.VISIBILITY_TIMEOUT_MS,
      maxDeliveries: config.PHASE_MAX_ATTEMPTS + 1,
      registry: app.get(MetricsService).registry,
    }),
  );
}

/** The agent-worker process: consumes runs.phase-requests, runs the reaper, serves /health, /ready, /metrics. */
@Module({})
export class WorkerModule {
  static register(config: AgentWorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forApp('agent-worker', config),
        RedisModule.forRoot(config, 'agent-worker'),
        RunsCoreModule.register(config, 'agent-worker'),
        CostClientModule.forRoot({ baseUrl: config.COST_API_URL, serviceToken: config.SERVICE_TOKEN }),
        HealthModule.forChecks([RedisReadiness]),
      ],
      controllers: [PhaseRequestsController],
      providers: [
        WorkerIdentity,
        llmProvider,
        LlmProviderShutdown,
        OrgCredentials,
        RunLlm,
        RunBudget,
        PhaseLeases,
        ArtifactPrompter,
        UsageLedger,
        PhaseExecutor,
        PhaseReaper,
        ReaperSchedule,
      ],
    };
  }
}
