import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../src/postgres';
import { freePort } from '../src/probe';
import { launchPostgresCli, type PostgresCli } from './postgres-cli';

/** `devstack postgres <dir> <port>`: the built CLI initialises a fresh cluster, serves it, and stops cleanly on SIGTERM. */

jest.setTimeout(60_000);

describe('devstack postgres (embedded PostgreSQL)', () => {
  let dir: string;
  let port: number;
  let cli: PostgresCli;
  let serverUrl: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'slipway-embedded-pg-'));
    port = await freePort();
    cli = launchPostgresCli({ dir, port });
    serverUrl = await cli.url;
  });

  afterAll(async () => {
    if (cli !== undefined) await cli.kill();
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('prints the URL of the server on the port it was given, first thing on stdout', () => {
    const url = new URL(serverUrl);
    expect(url.protocol).toBe('postgres:');
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.port).toBe(String(port));
    expect(url.username).toBe('postgres');
  });

  it('initialised a fresh cluster in the directory', () => {
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
  });

  it('answers SELECT version()', async () => {
    const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: string }>('SELECT version()');
      expect(rows[0].version).toMatch(/^PostgreSQL \d+/);
    } finally {
      await client.end();
    }
  });

  it('creates a database, uses it, and drops it', async () => {
    const name = `slipway_embedded_check_${process.pid}`;
    const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
      const created = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      expect(created.rowCount).toBe(1);

      const inside = new Client({ connectionString: withDatabase(serverUrl, name) });
      await inside.connect();
      try {
        await inside.query('CREATE TABLE t (id int PRIMARY KEY, note text)');
        await inside.query("INSERT INTO t VALUES (1, 'hello')");
        const { rows } = await inside.query<{ note: string }>('SELECT note FROM t WHERE id = 1');
        expect(rows).toEqual([{ note: 'hello' }]);
        const current = await inside.query<{ db: string }>('SELECT current_database() AS db');
        expect(current.rows[0].db).toBe(name);
      } finally {
        await inside.end();
      }

      await admin.query(`DROP DATABASE ${admin.escapeIdentifier(name)}`);
      const dropped = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      expect(dropped.rowCount).toBe(0);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)}`);
      await admin.end();
    }
  });

  it('stops on SIGTERM with exit code 0, and the server is gone', async () => {
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    const client = new Client({
      connectionString: withDatabase(serverUrl, 'postgres'),
      connectionTimeoutMillis: 2000,
    });
    await expect(client.connect()).rejects.toThrow();
    await client.end().catch(() => undefined);
  });
});
