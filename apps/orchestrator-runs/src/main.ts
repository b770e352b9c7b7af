import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, createApp, envSpecs, listen, loadConfig } from '@slipway/platform';
import { AppModule, consumeRunsStreams, DESCRIPTION } from './app.module';
import { OrchestratorConfig } from './config';

const logger = new Logger('orchestrator-runs');

/**
 * orchestrator-runs: the /runs API, and consumer group `orchestrator` on runs.phase-results and
 * engineering:queue. `config-specs` prints its variables; `openapi` its OpenAPI document.
 */
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  if (command === 'config-specs') {
    process.stdout.write(`${JSON.stringify(envSpecs(OrchestratorConfig))}\n`);
    return;
  }
  const config = loadConfig(OrchestratorConfig);
  if (command === 'openapi') config.LOG_LEVEL = 'silent';
  const { app, openapi } = await createApp(AppModule.register(config), config, DESCRIPTION);
  if (command === 'openapi') {
    process.stdout.write(`${JSON.stringify(openapi(), null, 2)}\n`);
    await app.close();
    return;
  }
  consumeRunsStreams(app, config);
  await app.startAllMicroservices();
  const url = await listen(app, config);
  logger.log(`orchestrator-runs on ${url} (docs ${url}/docs)`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
