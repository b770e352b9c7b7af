import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../src/postgres';
import { freePort } from '../src/probe';

/** `devstack postgres <dir> <port>`: the built CLI initialises a fresh cluster, serves it, and stops cleanly on SIGTERM. */

const ROOT = join(__dirname, '../../..');
const MAIN = join(ROOT, 'dist/libs/devstack/main.js');

jest.setTimeout(60_000);

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

describe('devstack postgres (embedded PostgreSQL)', () => {
  let dir: string;
  let port: number;
  let child: ChildProcess;
  let output = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let serverUrl: string;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx build devstack\` first`);
    dir = await mkdtemp(join(tmpdir(), 'slipway-embedded-pg-'));
    port = await freePort();
    child = spawn(process.execPath, [MAIN, 'postgres', dir, String(port)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    serverUrl = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        output += chunk;
        const newline = stdout.indexOf('\n');
        if (newline >= 0) resolve(stdout.slice(0, newline).trim());
      });
      child.once('exit', (code) =>
        reject(new Error(`devstack postgres exited with ${code} before printing its URL:\n${output}`)),
      );
    });
  });

  afterAll(async () => {
    if (child !== undefined && !hasExited(child)) {
      child.kill('SIGKILL');
      await exited;
    }
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
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    const client = new Client({
      connectionString: withDatabase(serverUrl, 'postgres'),
      connectionTimeoutMillis: 2000,
    });
    await expect(client.connect()).rejects.toThrow();
    await client.end().catch(() => undefined);
  });
});
