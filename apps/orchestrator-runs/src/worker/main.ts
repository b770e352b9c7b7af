import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { RUNS_STREAMS } from '@slipway/contracts';
import { ConfigError, createApp, envSpecs, listen, loadConfig, MetricsService } from '@slipway/platform';
import { RedisStreamsServer, useStreamsTransport } from '@slipway/streams';
import { AgentWorkerConfig } from '../config';
import { WORKER_DESCRIPTION, WorkerModule } from './worker.module';

const logger = new Logger('agent-worker');

/** The agent worker: consumer group `agent-workers` on runs.phase-requests, WORKER_CONCURRENCY phases at a time. */
async function main(): Promise<void> {
  if (process.argv[2] === 'config-specs') {
    process.stdout.write(`${JSON.stringify(envSpecs(AgentWorkerConfig))}\n`);
    return;
  }
  const config = loadConfig(AgentWorkerConfig);
  const { app } = await createApp(WorkerModule.register(config), config, WORKER_DESCRIPTION);
  const server = new RedisStreamsServer({
    url: config.REDIS_URL,
    prefix: config.REDIS_PREFIX,
    group: 'agent-workers',
    contracts: RUNS_STREAMS,
    concurrency: config.WORKER_CONCURRENCY,
    visibilityTimeoutMs: config.VISIBILITY_TIMEOUT_MS,
    maxDeliveries: config.PHASE_MAX_ATTEMPTS + 1,
    registry: app.get(MetricsService).registry,
  });
  useStreamsTransport(app, server);
  await app.startAllMicroservices();
  const url = await listen(app, config);
  logger.log(`consuming runs.phase-requests; health and metrics on ${url}`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
