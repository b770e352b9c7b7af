import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, createApp, envSpecs, listen, loadConfig } from '@slipway/platform';
import { CostWorkerConfig } from '../config';
import { consumeWorkerStreams, WORKER_DESCRIPTION, WorkerModule } from './worker.module';

const logger = new Logger('cost-worker');

/** The cost-worker (see WorkerModule); `config-specs` prints its variables. */
async function main(): Promise<void> {
  if (process.argv[2] === 'config-specs') {
    process.stdout.write(`${JSON.stringify(envSpecs(CostWorkerConfig))}\n`);
    return;
  }
  const config = loadConfig(CostWorkerConfig);
  const { app } = await createApp(WorkerModule.register(config), config, WORKER_DESCRIPTION);
  consumeWorkerStreams(app, config);
  await app.startAllMicroservices();
  const url = await listen(app, config);
  logger.log(`consuming cost.usage and ci.job-events; health and metrics on ${url}`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
