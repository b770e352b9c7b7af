import {
  Controller,
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type INestApplication,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RUNS_STREAMS } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { AppLogger, HealthModule, MetricsService, PlatformModule } from '@slipway/platform';
import { RedisModule, RedisReadiness } from '@slipway/redis';
import {
  RedisStreamsServer,
  StreamEventPattern,
  StreamProducer,
  type PayloadOf,
  type StreamContext,
  useStreamsTransport,
} from '@slipway/streams';
import { hostname } from 'node:os';
import type { AgentWorkerConfig } from '../config';
import { RunEventBus } from '../events/run-event-bus';
import { ProfileCatalog } from '../profiles/profile-catalog';
import { RunRecords } from '../records/run-records';
import { sharedProviders } from '../shared.providers';
import { RunWorkspace } from '../workspace/run-workspace';
import { createProvider } from './llm/provider-registry';
import type { LlmProvider } from './llm/provider';
import { PhaseExecutor } from './phase-executor';
import { PhaseReaper } from './phase-reaper';

export const WORKER_DESCRIPTION = {
  service: 'agent-worker',
  title: 'Slipway agent-worker',
  description: 'Executes run phases from runs.phase-requests: health and metrics only.',
  version: '0.1.0',
};

const LLM = Symbol('llm-provider');
const OnRunsStream = StreamEventPattern<typeof RUNS_STREAMS>();
type PhaseRequest = PayloadOf<typeof RUNS_STREAMS, 'runs.phase-requests'>;

@Controller()
class PhaseRequestsController {
  constructor(@Inject(PhaseExecutor) private readonly executor: PhaseExecutor) {}

  @OnRunsStream('runs.phase-requests')
  async execute(
    @Payload() request: PhaseRequest,
    @Ctx() context: StreamContext<PhaseRequest>,
  ): Promise<void> {
    await this.executor.handle(request, context.envelope.correlationId);
  }
}

/** Sweeps lapsed leases at start (what a crash left) and then every REAPER_INTERVAL_MS. */
@Injectable()
class ReaperSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(PhaseReaper) private readonly reaper: PhaseReaper,
    @Inject('REAPER_INTERVAL_MS') private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    const sweep = () => {
      this.sweeping = this.reaper.sweep().catch(() => 0);
    };
    sweep();
    this.timer = setInterval(() => {
      void this.sweeping.then(sweep);
    }, this.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }
}

@Injectable()
class Connections implements OnApplicationShutdown {
  constructor(
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(DataApiClient) private readonly dataApi: DataApiClient,
    @Inject(LLM) private readonly provider: LlmProvider,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.bus.close();
    await this.provider.close?.();
    await this.dataApi.close();
  }
}

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
    const workerId = `${hostname()}-${process.pid}`;
    return {
      module: WorkerModule,
      global: true,
      imports: [
        PlatformModule.forApp('agent-worker', config),
        RedisModule.forRoot(config, 'agent-worker'),
        HealthModule.forChecks([RedisReadiness]),
      ],
      controllers: [PhaseRequestsController],
      providers: [
        ...sharedProviders(config, 'agent-worker'),
        Connections,
        ReaperSchedule,
        { provide: 'REAPER_INTERVAL_MS', useValue: config.REAPER_INTERVAL_MS },
        {
          provide: LLM,
          useFactory: () =>
            createProvider({
              provider: config.LLM_PROVIDER,
              ...(config.LLM_BASE_URL ? { baseUrl: config.LLM_BASE_URL } : {}),
              ...(config.LLM_API_KEY ? { apiKey: config.LLM_API_KEY } : {}),
              timeoutMs: config.LLM_TIMEOUT_MS,
              maxAttempts: config.LLM_MAX_ATTEMPTS,
            }),
        },
        {
          provide: PhaseExecutor,
          inject: [RunRecords, RunEventBus, StreamProducer, ProfileCatalog, LLM, RunWorkspace, AppLogger],
          useFactory: (
            records: RunRecords,
            bus: RunEventBus,
            producer: StreamProducer<typeof RUNS_STREAMS>,
            profiles: ProfileCatalog,
            provider: LlmProvider,
            workspace: RunWorkspace,
            logger: AppLogger,
          ) =>
            new PhaseExecutor(
              records,
              bus,
              producer,
              profiles,
              provider,
              workspace,
              {
                workerId,
                leaseMs: config.LEASE_MS,
                heartbeatMs: config.HEARTBEAT_MS,
                maxAttempts: config.PHASE_MAX_ATTEMPTS,
                dispatchTimeoutMs: config.DISPATCH_TIMEOUT_MS,
                defaultModel: config.LLM_MODEL,
                maxInputTokens: config.LLM_MAX_INPUT_TOKENS,
                maxOutputTokens: config.LLM_MAX_OUTPUT_TOKENS,
              },
              logger.child({ worker: workerId }),
            ),
        },
        {
          provide: PhaseReaper,
          inject: [RunRecords, RunEventBus, StreamProducer, AppLogger],
          useFactory: (
            records: RunRecords,
            bus: RunEventBus,
            producer: StreamProducer<typeof RUNS_STREAMS>,
            logger: AppLogger,
          ) =>
            new PhaseReaper(
              records,
              bus,
              producer,
              { maxAttempts: config.PHASE_MAX_ATTEMPTS, dispatchTimeoutMs: config.DISPATCH_TIMEOUT_MS },
              logger.child({ worker: workerId }),
            ),
        },
      ],
    };
  }
}
