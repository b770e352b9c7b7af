import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { configTableErrors } from '@slipway/devstack';
import { envSpecs, loadConfig } from '@slipway/platform';
import type { DataSource } from 'typeorm';
import { Db } from '../src/database/db';
import { ResourceFactory } from '../src/resources/resource.factory';
import { serversResource } from '../src/servers/servers.resource';
import { DataApiConfig } from '../src/config';
import { createDataSource } from '../src/database/data-source';
import { MIGRATIONS } from '../src/database/migrations';
import { pendingSchemaChanges } from '../src/database/migrator';
import { freshDatabase } from './support/harness';

const SOURCE = join(__dirname, '../src');
const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A fresh migrated database and a TypeORM DataSource on it, for the length of `work`. */
async function withMigratedDatabase(
  work: (dataSource: DataSource, url: string) => Promise<void>,
): Promise<void> {
  const database = await freshDatabase();
  const dataSource = await createDataSource({
    DATABASE_URL: database.url,
    DB_POOL_SIZE: 1,
    DB_STATEMENT_TIMEOUT_MS: 60_000,
  }).initialize();
  try {
    await work(dataSource, database.url);
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

describe('data-api schema and boundaries', () => {
  it('has a migration for everything the entities declare (no drift)', async () => {
    await withMigratedDatabase(async (dataSource) => {
      expect(await dataSource.showMigrations()).toBe(false);
      const changes = await pendingSchemaChanges(dataSource);
      expect(changes.up).toEqual([]);
    });
  });

  it('reverts every migration cleanly and applies them again', async () => {
    await withMigratedDatabase(async (dataSource) => {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.query<{ n: number }[]>(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
      );
      expect(tables[0].n).toBe(0);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => new m().name));
      expect((await pendingSchemaChanges(dataSource)).up).toEqual([]);
    });
  });

  it('stays alone with the database: no queue, stream or HTTP client in its code or its bundle', () => {
    const forbidden =
      /from ['"](ioredis|redis|bullmq|@nestjs\/microservices|@nestjs\/bullmq|@nestjs\/axios|undici|axios|node-fetch|got|node:https?|https?)['"]|\bfetch\(/;
    const offenders = sourceFiles(SOURCE).filter((file) => forbidden.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
    expect(sourceFiles(SOURCE).length).toBeGreaterThan(20);
  });

  it('documents every configuration variable in the README table, with its default', () => {
    expect(
      configTableErrors(readFileSync(join(ROOT, 'README.md'), 'utf8'), 'data-api', envSpecs(DataApiConfig)),
    ).toEqual([]);
  });
});

describe('resource definitions', () => {
  it('refuse a nullable sort field at boot, since keyset cursors cannot page past NULL', async () => {
    await withMigratedDatabase(async (dataSource, url) => {
      const config = loadConfig(DataApiConfig, { DATABASE_URL: url });
      const factory = new ResourceFactory(new Db(config), dataSource);
      expect(() => factory.for({ ...serversResource, sortable: ['region'] })).toThrow(
        'sort field region must be a NOT NULL column',
      );
      expect(() => factory.for(serversResource)).not.toThrow();
    });
  });
});
