import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { buildOpenApi, ConfigError, envSpecs, listen, loadConfig } from '@slipway/platform';
import { DESCRIPTION } from './app.module';
import { createGateway } from './gateway';
import { GatewayConfig } from './config';

const logger = new Logger('gateway');

async function main(): Promise<void> {
  const [command = 'serve', ...flags] = process.argv.slice(2);
  if (command === 'config-specs') {
    process.stdout.write(`${JSON.stringify(envSpecs(GatewayConfig))}\n`);
    return;
  }
  const config = loadConfig(GatewayConfig);
  if (command === 'openapi') {
    // The document it serves (the merged one); with --own, only the gateway's own routes.
    config.LOG_LEVEL = 'silent';
    const { app, openapi } = await createGateway(config);
    const document = flags.includes('--own') ? buildOpenApi(app, DESCRIPTION) : openapi();
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    await app.close();
    return;
  }
  if (command !== 'serve')
    throw new Error(`unknown command ${command}; use serve, openapi [--own] or config-specs`);
  const { app } = await createGateway(config);
  const url = await listen(app, config);
  logger.log(`listening on ${url} (docs at ${url}/docs)`);
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
