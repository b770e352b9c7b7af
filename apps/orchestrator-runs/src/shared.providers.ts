import type { Provider } from '@nestjs/common';
import { RUNS_STREAMS } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { REDIS } from '@slipway/redis';
import { StreamProducer } from '@slipway/streams';
import type { Redis } from 'ioredis';
import type { RunsSharedConfig } from './config';
import { RunEventBus } from './events/run-event-bus';
import { ProfileCatalog } from './profiles/profile-catalog';
import { RunRecords } from './records/run-records';
import { RunWorkspace } from './workspace/run-workspace';

/** What both the orchestrator and the agent worker hold: data-api, the event bus, profiles, the workspace (Redis is RedisModule's). */
export function sharedProviders(config: RunsSharedConfig, service: string): Provider[] {
  return [
    {
      provide: DataApiClient,
      useFactory: () =>
        new DataApiClient({ baseUrl: config.DATA_API_URL, serviceToken: config.SERVICE_TOKEN }),
    },
    {
      provide: RunRecords,
      inject: [DataApiClient],
      useFactory: (client: DataApiClient) => new RunRecords(client),
    },
    {
      provide: RunEventBus,
      inject: [REDIS, RunRecords],
      useFactory: (redis: Redis, records: RunRecords) => new RunEventBus(redis, records, config.REDIS_PREFIX),
    },
    { provide: ProfileCatalog, useFactory: () => ProfileCatalog.load(config.PROFILES_DIR) },
    { provide: RunWorkspace, useFactory: () => new RunWorkspace(config.ARTIFACTS_DIR) },
    {
      provide: StreamProducer,
      useFactory: () =>
        new StreamProducer({
          url: config.REDIS_URL,
          prefix: config.REDIS_PREFIX,
          producer: service,
          contracts: RUNS_STREAMS,
        }),
    },
  ];
}
