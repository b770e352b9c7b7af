import { loadConfig, ProblemException } from '@slipway/platform';
import { DataApiConfig } from '../src/config';
import { Db } from '../src/database/db';
import { freshDatabase } from './support/harness';
import type { TestDatabase } from '@slipway/devstack';

describe('the request-path database adapter', () => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await freshDatabase();
    db = new Db(
      loadConfig(DataApiConfig, {
        DATABASE_URL: database.url,
        DB_STATEMENT_TIMEOUT_MS: '200',
        DB_POOL_SIZE: '2',
      }),
    );
  });
  afterAll(async () => {
    await db.onApplicationShutdown();
    await database.drop();
  });

  it('stops a statement at DB_STATEMENT_TIMEOUT_MS and answers the timeout problem', async () => {
    const slow = db.query('SELECT pg_sleep(2)');
    await expect(slow).rejects.toBeInstanceOf(ProblemException);
    await expect(slow).rejects.toMatchObject({ code: 'timeout', status: 503 });
    const [{ ok }] = await db.query<{ ok: number }>('SELECT 1 AS ok');
    expect(ok).toBe(1);
  });

  it('rolls a transaction back entirely when any statement in it fails', async () => {
    const work = db.transaction(async (tx) => {
      await tx.query("INSERT INTO servers (name, host) VALUES ('kept-only-if-committed', 'h')");
      await tx.query("INSERT INTO servers (name, host) VALUES ('kept-only-if-committed', 'h')");
    });
    await expect(work).rejects.toMatchObject({ code: 'conflict' });
    const rows = await db.query("SELECT 1 FROM servers WHERE name = 'kept-only-if-committed'");
    expect(rows).toHaveLength(0);
  });

  it('maps foreign-key and not-null violations to field errors without SQL', async () => {
    const missing = db.query('INSERT INTO incidents (server_id, type, title) VALUES ($1, $2, $3)', [
      '00000000-0000-4000-8000-000000000000',
      't',
      't',
    ]);
    await expect(missing).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'server_id' }],
    });
    const nulls = db.query('INSERT INTO servers (name, host) VALUES ($1, NULL)', ['no-host']);
    await expect(nulls).rejects.toMatchObject({ code: 'validation_failed', errors: [{ field: 'host' }] });
  });
});
