import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, envSpecs, createApp, listen, loadConfig } from '@slipway/platform';
import { AppModule, DESCRIPTION } from './app.module';
import { CiJobsConfig, CONFIG_FILE } from './config';

const logger = new Logger('ci-jobs');

async function main(): Promise<void> {
  const [command = 'serve'] = process.argv.slice(2);
  if (command === 'config-specs') {
    process.stdout.write(`${JSON.stringify(envSpecs(CiJobsConfig))}\n`);
    return;
  }
  const config = loadConfig(CiJobsConfig, process.env, CONFIG_FILE);
  if (command === 'openapi') {
    config.LOG_LEVEL = 'silent';
    const { app, openapi } = await createApp(AppModule.register(config), config, DESCRIPTION, {
      rawBody: true,
    });
    process.stdout.write(`${JSON.stringify(openapi(), null, 2)}\n`);
    await app.close();
    return;
  }
  if (command !== 'serve') throw new Error(`unknown command ${command}; use serve, openapi or config-specs`);
  const { app } = await createApp(AppModule.register(config), config, DESCRIPTION, { rawBody: true });
  const url = await listen(app, config);
  logger.log(`listening on ${url} (docs at ${url}/docs)`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
