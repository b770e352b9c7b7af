import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabase } from '../postgres';

export const TEST_PG_VARIABLE = 'SLIPWAY_TEST_POSTGRES_URL';
export const TEST_RUN_VARIABLE = 'SLIPWAY_TEST_RUN';
export const TEST_DATABASE_PREFIX = 'slipway_test_';

export function testServerUrl(): string {
  const url = process.env[TEST_PG_VARIABLE];
  if (!url)
    throw new Error(
      `${TEST_PG_VARIABLE} is unset: run tests through jest.config.js (its global setup finds PostgreSQL)`,
    );
  return url;
}

/** Runs `work` with a client on the test server's `postgres` database. */
export async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from a template that `prepare` builds once per
 * template name (concurrent workers wait on an advisory lock while the first one builds it).
 */
export async function createTestDatabase(
  template: string,
  prepare: (url: string) => Promise<void>,
): Promise<TestDatabase> {
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const { rowCount } = await admin.query(
        'SELECT 1 FROM pg_database WHERE datname = $1 AND datistemplate',
        [template],
      );
      if (rowCount) return;
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(template)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(template)}`);
      await prepare(withDatabase(testServerUrl(), template));
      await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(template)} WITH IS_TEMPLATE true`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  const run = process.env[TEST_RUN_VARIABLE] ?? 'adhoc';
  const name = `${TEST_DATABASE_PREFIX}${run}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) =>
    admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`,
    ),
  );
  return {
    url: withDatabase(testServerUrl(), name),
    name,
    drop: () =>
      withAdmin(
        async (admin) =>
          void (await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`)),
      ),
  };
}

/** Drops what a run left behind (databases of crashed test files). */
export async function dropRunDatabases(run: string): Promise<void> {
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${TEST_DATABASE_PREFIX}${run}_%`],
    );
    for (const { datname } of rows)
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(datname)} WITH (FORCE)`);
  });
}
