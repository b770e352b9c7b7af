import { Module, type DynamicModule } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import { COST_STREAMS } from '@slipway/contracts/cost';
import { RUNS_STREAMS } from '@slipway/contracts/runs';
import { DataClientModule } from '@slipway/data-client';
import { StreamProducer, StreamsModule } from '@slipway/streams';
import { RunsSharedConfig } from './config';
import { RunEventBus } from './events/run-event-bus';
import { ProfileCatalog } from './profiles/profile-catalog';
import { AvailableModels } from './records/available-models';
import { RunRecords } from './records/run-records';
import { RunWorkspace } from './workspace/run-workspace';

/** What the orchestrator and its workers emit: the runs streams, and the usage the cost service prices. */
export const EMITTED_STREAMS = { ...RUNS_STREAMS, ...COST_STREAMS } as const;
export type RunsProducer = StreamProducer<typeof EMITTED_STREAMS>;

/**
 * What the orchestrator API and the agent worker both hold, imported by AppModule and WorkerModule:
 * data-api, the runs streams' producer, the run records, the model prices, the event bus, the
 * profiles, the workspaces, the clock, and the settings they share (`RunsSharedConfig`, the app's config).
 */
@Module({})
export class RunsCoreModule {
  static register(config: RunsSharedConfig, service: string): DynamicModule {
    return {
      module: RunsCoreModule,
      // Feature modules of either process (the planner's) use these as the app's own.
      global: true,
      imports: [
        DataClientModule.forRoot({ baseUrl: config.DATA_API_URL, serviceToken: config.SERVICE_TOKEN }),
        StreamsModule.forProducer({
          url: config.REDIS_URL,
          prefix: config.REDIS_PREFIX,
          producer: service,
          contracts: EMITTED_STREAMS,
        }),
      ],
      providers: [
        { provide: RunsSharedConfig, useValue: config },
        Clock,
        RunRecords,
        AvailableModels,
        RunEventBus,
        RunWorkspace,
        // Read and validated once at boot: an invalid profile stops the process.
        { provide: ProfileCatalog, useFactory: () => ProfileCatalog.load(config.PROFILES_DIR) },
      ],
      exports: [
        RunsSharedConfig,
        Clock,
        RunRecords,
        AvailableModels,
        RunEventBus,
        RunWorkspace,
        ProfileCatalog,
        StreamsModule,
      ],
    };
  }
}
