import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, envSpecs, createApp, listen, loadConfig } from '@slipway/platform';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule, DESCRIPTION } from './app.module';
import { UserDirectory } from './auth/user-directory';
import { DataApiConfig } from './config';
import { createDataSource } from './database/data-source';
import { pendingSchemaChanges, runMigrations } from './database/migrator';

const logger = new Logger('data-api');

/** data-api calls nothing out and logs through each request's own logger: it needs no request scope. */
const APP_OPTIONS = { requestScopes: false };

async function serve(config: DataApiConfig): Promise<void> {
  const { app } = await createApp(AppModule.register(config), config, DESCRIPTION, APP_OPTIONS);
  if (config.MIGRATIONS_RUN) await runMigrations(app.get(DataSource));
  if (config.BOOTSTRAP_ADMIN_TELEGRAM_ID)
    await app.get(UserDirectory).ensureAdmin(config.BOOTSTRAP_ADMIN_TELEGRAM_ID);
  const url = await listen(app, config);
  logger.log(`listening on ${url} (docs at ${url}/docs)`);
}

async function withDataSource(
  config: DataApiConfig,
  work: (dataSource: DataSource) => Promise<void>,
): Promise<void> {
  const dataSource = await createDataSource(config).initialize();
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Writes a migration class holding what the entities need and the migrations lack. */
async function generateMigration(dataSource: DataSource, name: string | undefined): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('usage: migration:generate <PascalCaseName>');
  await runMigrations(dataSource);
  const { up, down } = await pendingSchemaChanges(dataSource);
  if (up.length === 0) {
    logger.log('entities and migrations agree; nothing to generate');
    return;
  }
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  const dir = join(process.cwd(), 'apps/data-api/src/database/migrations');
  writeFileSync(
    join(dir, `${stamp}-${name}.ts`),
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${lines(up)}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${lines(down)}\n  }\n}\n`,
  );
  logger.log(`wrote ${stamp}-${name}.ts; add ${className} to MIGRATIONS in migrations/index.ts`);
}

async function main(): Promise<void> {
  const [command = 'serve', argument] = process.argv.slice(2);
  const config = loadConfig(DataApiConfig);
  switch (command) {
    case 'serve':
      return serve(config);
    case 'migrate':
      return withDataSource(config, async (ds) => void (await runMigrations(ds)));
    case 'migration:generate':
      return withDataSource(config, (ds) => generateMigration(ds, argument));
    case 'openapi': {
      // The document goes to stdout, so logs are off; a failure is still told on stderr.
      config.LOG_LEVEL = 'silent';
      try {
        const { app, openapi } = await createApp(
          AppModule.register(config),
          config,
          DESCRIPTION,
          APP_OPTIONS,
        );
        process.stdout.write(`${JSON.stringify(openapi(), null, 2)}\n`);
        await app.close();
      } catch (error) {
        process.stderr.write(`openapi: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
      return;
    }
    case 'config-specs':
      process.stdout.write(`${JSON.stringify(envSpecs(DataApiConfig))}\n`);
      return;
    default:
      throw new Error(
        `unknown command ${command}; use serve, migrate, migration:generate <Name>, openapi or config-specs`,
      );
  }
}

main().catch((error: unknown) => {
  logger.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
