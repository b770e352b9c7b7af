import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, createApp, envSpecs, listen, loadConfig } from '@slipway/platform';
import { AgentWorkerConfig } from '../config';
import { consumePhaseRequests, WORKER_DESCRIPTION, WorkerModule } from './worker.module';

const logger = new Logger('agent-worker');

/** The agent worker: executes run phases (see consumePhaseRequests); health and metrics on PORT. */
async function main(): Promise<void> {
  if (process.argv[2] === 'config-specs') {
    process.stdout.write(`${JSON.stringify(envSpecs(AgentWorkerConfig))}\n`);
    return;
  }
  const config = loadConfig(AgentWorkerConfig);
  const { app } = await createApp(WorkerModule.register(config), config, WORKER_DESCRIPTION);
  consumePhaseRequests(app, config);
  await app.startAllMicroservices();
  const url = await listen(app, config);
  logger.log(`consuming runs.phase-requests; health and metrics on ${url}`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
