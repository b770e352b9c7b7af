import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, createApp, envSpecs, listen, loadConfig } from '@slipway/platform';
import { AppModule, DESCRIPTION } from './app.module';
import { CostApiConfig } from './config';
import { rotateCredentials } from './integrations/rotate-credentials.command';

const logger = new Logger('cost-api');

async function main(): Promise<void> {
  const [command = 'serve'] = process.argv.slice(2);
  if (command === 'config-specs') {
    process.stdout.write(`${JSON.stringify(envSpecs(CostApiConfig))}\n`);
    return;
  }
  const config = loadConfig(CostApiConfig);
  if (command === 'openapi') {
    config.LOG_LEVEL = 'silent';
    const { app, openapi } = await createApp(AppModule.register(config), config, DESCRIPTION);
    process.stdout.write(`${JSON.stringify(openapi(), null, 2)}\n`);
    await app.close();
    return;
  }
  if (command === 'rotate-credentials') {
    const report = await rotateCredentials(config);
    process.stdout.write(`${JSON.stringify(report)}\n`);
    if (report.failed > 0) process.exitCode = 1;
    return;
  }
  if (command !== 'serve')
    throw new Error(`unknown command ${command}; use serve, openapi, rotate-credentials or config-specs`);
  const { app } = await createApp(AppModule.register(config), config, DESCRIPTION);
  const url = await listen(app, config);
  logger.log(`listening on ${url} (docs at ${url}/docs)`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
