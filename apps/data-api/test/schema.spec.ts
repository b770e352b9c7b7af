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

  it('moves only the orchestrator’s own state out of run metadata (RunInternalState)', async () => {
    await withMigratedDatabase(async (dataSource) => {
      const names = MIGRATIONS.map((m) => new m().name);
      const undo = names.length - names.indexOf('RunInternalState1796118436335');
      for (let i = 0; i < undo; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const one = async (sql: string, params: unknown[]): Promise<string> =>
        (await dataSource.query<{ id: string }[]>(`${sql} RETURNING id`, params))[0].id;
      const owner = await one(`INSERT INTO users (telegram_id) VALUES (11)`, []);
      const attacker = await one(`INSERT INTO users (telegram_id) VALUES (66)`, []);
      const project = await one(`INSERT INTO projects (name, modules, owner_id) VALUES ('p', '{}', $1)`, [
        owner,
      ]);
      const task = (type: string) =>
        one(`INSERT INTO tasks (project_id, type, title) VALUES ($1, $2, 't')`, [project, type]);
      const run = (ownerId: string, metadata: object, extra = "'planning', 'created'") =>
        one(
          `INSERT INTO runs (profile, owner_id, project_id, metadata, current_phase, status)
           VALUES ('p', $1, $2, $3, ${extra})`,
          [ownerId, project, JSON.stringify(metadata)],
        );
      const linkBack = (taskId: string, runId: string) =>
        dataSource.query(`UPDATE tasks SET result = jsonb_build_object('run_id', $2::text) WHERE id = $1`, [
          taskId,
          runId,
        ]);
      // The orchestrator's own link; a member's forged one that the old code linked back all the
      // same when the run ended; a link to a task that names another run.
      const genuineTask = await task('engineering');
      const genuine = await run(owner, { task_id: genuineTask, source: 'engineering:queue', client: 'A' });
      await linkBack(genuineTask, genuine);
      const victimTask = await task('engineering');
      const forged = await run(attacker, { task_id: victimTask, source: 'engineering:queue' });
      await linkBack(victimTask, forged);
      const otherTask = await task('engineering');
      const unlinked = await run(owner, { task_id: otherTask });
      const hold = { reason: 'budget', phase: 'planning', detail: 'over' };
      const waiting = await run(owner, { approval: hold }, "'planning', 'awaiting_approval'");
      const stray = await run(owner, { approval: hold });
      const skipping = await run(owner, { skip_validation: 'architecture' }, "'architecture', 'running'");
      const staleSkip = await run(owner, { skip_validation: 'planning' }, "'architecture', 'running'");

      await dataSource.runMigrations({ transaction: 'each' });
      const rows = await dataSource.query<
        {
          id: string;
          task_id: string | null;
          approval: object | null;
          skip_validation_phase: string | null;
          metadata: object;
        }[]
      >('SELECT id, task_id, approval, skip_validation_phase, metadata FROM runs');
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(genuine)).toMatchObject({ task_id: genuineTask, metadata: { client: 'A' } });
      expect(byId.get(forged)).toMatchObject({ task_id: null, metadata: {} });
      expect(byId.get(unlinked)).toMatchObject({ task_id: null, metadata: {} });
      expect(byId.get(waiting)).toMatchObject({ approval: hold, metadata: {} });
      expect(byId.get(stray)).toMatchObject({ approval: null, metadata: {} });
      expect(byId.get(skipping)).toMatchObject({ skip_validation_phase: 'architecture', metadata: {} });
      expect(byId.get(staleSkip)).toMatchObject({ skip_validation_phase: null, metadata: {} });
    });
  });

  it('counts no adjustment as an event in the daily rollups written before (AdjustmentRollupEvents)', async () => {
    await withMigratedDatabase(async (dataSource) => {
      await dataSource.undoLastMigration({ transaction: 'each' });
      const [org] = await dataSource.query<{ id: string }[]>(
        `INSERT INTO organizations (slug, name, currency, timezone, country, plan)
         VALUES ('acme', 'Acme', 'USD', 'UTC', 'US', 'free') RETURNING id`,
      );
      const rollup = (source: string, events: number) =>
        dataSource.query(
          `INSERT INTO spend_rollups_daily (org_id, local_day, provider, source, amount, events)
           VALUES ($1, '2026-11-30', 'openai', $2, '1.5', $3)`,
          [org.id, source, events],
        );
      await rollup('run', 5);
      await rollup('adjustment', 3);

      await dataSource.runMigrations({ transaction: 'each' });
      const rows = await dataSource.query<{ source: string; events: number; amount: string }[]>(
        'SELECT source, events, amount::text FROM spend_rollups_daily ORDER BY source',
      );
      expect(rows).toEqual([
        { source: 'run', events: 5, amount: '1.500000000000' },
        { source: 'adjustment', events: 0, amount: '1.500000000000' },
      ]);
    });
  });

  it('lets users go without Telegram and leaves each email address with one user (UsersWithoutTelegram)', async () => {
    await withMigratedDatabase(async (dataSource) => {
      const names = MIGRATIONS.map((m) => new m().name);
      const undo = names.length - names.indexOf('UsersWithoutTelegram1796128145379');
      for (let i = 0; i < undo; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const user = async (
        telegramId: number,
        email: string | null,
        active = true,
        createdAt = '2025-01-01',
      ) =>
        (
          await dataSource.query<{ id: string }[]>(
            `INSERT INTO users (telegram_id, email, is_active, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
            [telegramId, email, active, createdAt],
          )
        )[0].id;
      // Three spellings of one address: the oldest holder is inactive, so the oldest active one keeps it.
      const inactiveFirst = await user(21, 'Dup@Example.org', false, '2020-01-01');
      const activeFirst = await user(22, 'dup@example.org', true, '2021-01-01');
      const activeLater = await user(23, 'DUP@example.org', true, '2022-01-01');
      const solo = await user(24, 'solo@example.org');
      const blank = await user(25, '');
      const spaces = await user(26, '  ');
      const none = await user(27, null);

      await dataSource.runMigrations({ transaction: 'each' });
      const rows = await dataSource.query<{ id: string; email: string | null; version: number }[]>(
        'SELECT id, email, version FROM users',
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(activeFirst)).toEqual({ id: activeFirst, email: 'dup@example.org', version: 1 });
      expect(byId.get(inactiveFirst)).toEqual({ id: inactiveFirst, email: null, version: 2 });
      expect(byId.get(activeLater)).toEqual({ id: activeLater, email: null, version: 2 });
      expect(byId.get(solo)).toEqual({ id: solo, email: 'solo@example.org', version: 1 });
      expect(byId.get(blank)?.email).toBeNull();
      expect(byId.get(spaces)?.email).toBeNull();
      expect(byId.get(none)).toEqual({ id: none, email: null, version: 1 });

      const insert = (email: string | null) =>
        dataSource.query('INSERT INTO users (email) VALUES ($1)', [email]);
      await insert(null);
      await insert(null);
      await insert('new@example.org');
      await expect(insert('Solo@Example.ORG')).rejects.toThrow(/UQ_users_email_lower/);

      // Reverting would make telegram_id required again: refused while a user has none.
      for (let i = 0; i < undo - 1; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      await expect(dataSource.undoLastMigration({ transaction: 'each' })).rejects.toThrow(
        /have no telegram_id/,
      );
      await dataSource.query('DELETE FROM users WHERE telegram_id IS NULL');
      await dataSource.undoLastMigration({ transaction: 'each' });
      await expect(insert('again@example.org')).rejects.toThrow(/telegram_id/);
      await dataSource.runMigrations({ transaction: 'each' });
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
