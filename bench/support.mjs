// What the benchmarks share: ports, percentiles, and the built processes they start and stop.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** Node processes a benchmark started; `stopAll` ends them. */
export class Processes {
  children = [];

  /** Starts `node args…` from the workspace root and waits until `readyUrl` answers (2xx, or anything with `anyAnswer`). */
  async start(args, env, readyUrl, { anyAnswer = false } = {}) {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.children.push(child);
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`${args[0]} exited with ${child.exitCode}`);
      if (
        await fetch(readyUrl).then(
          (r) => r.ok || anyAnswer,
          () => false,
        )
      )
        return child;
      await sleep(100);
    }
    throw new Error(`${args[0]} did not become ready at ${readyUrl}`);
  }

  /** SIGTERM to every process still running, then waits for them to exit. */
  async stopAll() {
    const running = this.children.filter((child) => child.exitCode === null && child.signalCode === null);
    for (const child of running) child.kill('SIGTERM');
    await Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve))));
  }
}

/** Deletes every Redis key under a benchmark's prefix. */
export async function deletePrefix(redis, prefix) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** The PostgreSQL server the benchmarks use: DATABASE_URL's, else the local one. */
const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');

async function admin(sql) {
  const client = new pg.Client({
    connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString(),
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database of this name, migrated by the built data-api; its URL. */
export async function migratedDatabase(name) {
  await dropDatabase(name);
  await admin(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  const migrate = spawn(process.execPath, ['dist/apps/data-api/main.js', 'migrate'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise((resolve) => migrate.once('exit', resolve));
  if (code !== 0) throw new Error('migrations failed');
  return url;
}

export const dropDatabase = (name) => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
