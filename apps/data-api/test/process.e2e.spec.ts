import {
  freePort,
  TEST_DATABASE_PREFIX,
  TEST_RUN_VARIABLE,
  testServerUrl,
  withAdmin,
  withDatabase,
} from '@slipway/devstack';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { MIGRATIONS } from '../src/database/migrations';

/**
 * data-api as it runs in production: the built bundle, a real port, real HTTP, real signals,
 * on a database that starts empty so that boot has to migrate it.
 */

const ROOT = join(__dirname, '../../..');
const MAIN = join(ROOT, 'dist/apps/data-api/main.js');
const SERVICE_TOKEN = `e2e-service-token-${randomBytes(8).toString('hex')}`;
const ADMIN_TELEGRAM_ID = '777';

jest.setTimeout(60_000);

interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];

function start(env: Record<string, string>, port: number): Running {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { child, url: `http://127.0.0.1:${port}`, stdout: () => out, stderr: () => err, exited };
}

/** The `code` of a fetch error's cause (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET…). */
function causeCode(reason: unknown): string | undefined {
  if (typeof reason !== 'object' || reason === null || !('cause' in reason)) return undefined;
  const cause = reason.cause;
  return typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
}

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

/** Polls /ready until it answers 200; fails if the process exits first. */
async function waitReady(running: Running): Promise<void> {
  for (;;) {
    if (hasExited(running.child)) {
      throw new Error(`data-api exited before it was ready:\n${running.stdout()}\n${running.stderr()}`);
    }
    try {
      const response = await fetch(`${running.url}/ready`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
}

/**
 * The first stdout line matching `predicate`; pino writes a request's line as its response
 * finishes, so it is looked for over a few polls (at most ~5 s) before giving up.
 */
async function findLog(
  running: Running,
  predicate: (entry: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown> | undefined> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const found = jsonLines(running.stdout()).find(predicate);
    if (found) return found;
    await sleep(50);
  }
  return undefined;
}

const hasRequestId =
  (id: string) =>
  (entry: Record<string, unknown>): boolean =>
    JSON.stringify(entry).includes(`"${id}"`);

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
          ? [Object.fromEntries(Object.entries(parsed))]
          : [];
      } catch {
        return [];
      }
    });
}

const nonJsonLines = (text: string): string[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .filter((line) => {
      try {
        const parsed: unknown = JSON.parse(line);
        return typeof parsed !== 'object' || parsed === null;
      } catch {
        return true;
      }
    });

async function inDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const databaseName = `${TEST_DATABASE_PREFIX}${process.env[TEST_RUN_VARIABLE] ?? 'adhoc'}_e2e_${randomBytes(4).toString('hex')}`;
let databaseUrl: string;

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx build data-api\` first`);
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${admin.escapeIdentifier(databaseName)}`));
  databaseUrl = withDatabase(testServerUrl(), databaseName);
});

afterAll(async () => {
  for (const child of children) {
    if (!hasExited(child)) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await gone;
    }
  }
  await withAdmin((admin) =>
    admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(databaseName)} WITH (FORCE)`),
  );
});

describe('data-api process', () => {
  let api: Running;

  beforeAll(async () => {
    const tables = await inDatabase(databaseUrl, (client) =>
      client.query<{ count: string }>(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'",
      ),
    );
    expect(tables.rows[0].count).toBe('0');
    api = start(
      {
        DATABASE_URL: databaseUrl,
        SERVICE_TOKEN,
        BOOTSTRAP_ADMIN_TELEGRAM_ID: ADMIN_TELEGRAM_ID,
        LOG_LEVEL: 'info',
        DB_POOL_SIZE: '5',
      },
      await freePort(),
    );
    await waitReady(api);
  });

  it('becomes ready on an empty database by applying every migration at boot', async () => {
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok' });

    const applied = await inDatabase(databaseUrl, (client) =>
      client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id'),
    );
    expect(applied.rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const projects = await inDatabase(databaseUrl, (client) =>
      client.query("SELECT to_regclass('public.projects') AS t"),
    );
    expect(projects.rows[0]).toEqual({ t: 'projects' });
  });

  it('makes the bootstrap admin an active admin at boot', async () => {
    const users = await inDatabase(databaseUrl, (client) =>
      client.query<{ role: string; is_active: boolean }>(
        'SELECT role, is_active FROM users WHERE telegram_id = $1',
        [ADMIN_TELEGRAM_ID],
      ),
    );
    expect(users.rows).toEqual([{ role: 'admin', is_active: true }]);
  });

  it('lets the bootstrap admin create a project over real HTTP', async () => {
    const created = await fetch(`${api.url}/api/projects`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-service-token': SERVICE_TOKEN,
        'x-telegram-id': ADMIN_TELEGRAM_ID,
      },
      body: JSON.stringify({ name: 'e2e-project', modules: ['api'] }),
    });
    expect(created.status).toBe(201);
    const project = (await created.json()) as { id: string; name: string; owner_id: string };
    expect(project.name).toBe('e2e-project');

    const owner = await inDatabase(databaseUrl, (client) =>
      client.query<{ telegram_id: string }>('SELECT telegram_id::text FROM users WHERE id = $1', [
        project.owner_id,
      ]),
    );
    expect(owner.rows).toEqual([{ telegram_id: ADMIN_TELEGRAM_ID }]);

    const fetched = await fetch(`${api.url}/api/projects/${project.id}`, {
      headers: { 'x-service-token': SERVICE_TOKEN, 'x-telegram-id': ADMIN_TELEGRAM_ID },
    });
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('etag')).toBe('"1"');
  });

  it('answers without identity 401 over real HTTP', async () => {
    const response = await fetch(`${api.url}/api/projects`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await response.arrayBuffer();
  });

  it('logs JSON lines carrying the request id, and never the service token', async () => {
    // A person's read, on whose behalf the service asks, is a line at info (a service's own is debug).
    const response = await fetch(`${api.url}/api/projects?limit=5`, {
      headers: {
        'x-service-token': SERVICE_TOKEN,
        'x-telegram-id': ADMIN_TELEGRAM_ID,
        'x-request-id': 'e2e-log-check-1',
        authorization: `Bearer ${SERVICE_TOKEN}`,
      },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('e2e-log-check-1');
    await response.arrayBuffer();

    const entry = await findLog(api, hasRequestId('e2e-log-check-1'));
    expect(entry).toMatchObject({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      service: 'data-api',
    });
    expect(JSON.stringify(entry)).toContain('/api/projects');

    expect(nonJsonLines(api.stdout())).toEqual([]);
    expect(api.stdout()).not.toContain(SERVICE_TOKEN);
    expect(api.stderr()).not.toContain(SERVICE_TOKEN);
  });

  it('keeps logging JSON lines without SQL text when a statement fails (unique violation)', async () => {
    const body = JSON.stringify({ telegram_id: Number(ADMIN_TELEGRAM_ID), role: 'member', username: 'dup' });
    const response = await fetch(`${api.url}/api/users`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-service-token': SERVICE_TOKEN,
        'x-request-id': 'e2e-conflict-1',
      },
      body,
    });
    expect(response.status).toBe(409);
    const text = await response.text();
    expect(text).not.toMatch(/INSERT|duplicate key|users_/);

    expect(await findLog(api, hasRequestId('e2e-conflict-1'))).toBeDefined();
    expect(nonJsonLines(api.stdout())).toEqual([]);
    expect(api.stdout()).not.toMatch(/PARAMETERS|INSERT INTO/);
  });

  it('on SIGTERM finishes every accepted request with 2xx and exits 0', async () => {
    let firstAnswered: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (firstAnswered = resolve));
    const requests = Array.from({ length: 50 }, (_, i) =>
      fetch(`${api.url}/api/projects?limit=100&count=true`, {
        headers: {
          'x-service-token': SERVICE_TOKEN,
          'x-telegram-id': ADMIN_TELEGRAM_ID,
          'x-request-id': `drain-${i}`,
        },
      }).then(async (response) => {
        firstAnswered();
        return { status: response.status, body: await response.text() };
      }),
    );
    await first;
    api.child.kill('SIGTERM');
    const results = await Promise.allSettled(requests);
    const exit = await api.exited;

    const answered = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed: unknown[] = results.flatMap((r): unknown[] => (r.status === 'rejected' ? [r.reason] : []));
    // A request is accepted when the server took it; one refused at the door (connection
    // refused, or 503 while closing) was not accepted and may be retried by the caller.
    // (fetch errors come from another realm than Jest's, so they are inspected by shape.)
    const refusedAtDoor = (reason: unknown): boolean => causeCode(reason) === 'ECONNREFUSED';
    const explain = (reason: unknown): string => `${String(reason)}: ${causeCode(reason) ?? 'no code'}`;
    const accepted = answered.filter((r) => r.status !== 503);
    expect(accepted.length).toBeGreaterThan(0);
    for (const response of accepted.filter((r) => r.status === 200)) {
      expect(JSON.parse(response.body)).toMatchObject({
        items: expect.any(Array),
        total: expect.any(Number),
      });
    }
    // One assertion, so that a failure shows the whole picture.
    expect({
      exit,
      acceptedButNot2xx: accepted.filter((r) => r.status < 200 || r.status >= 300),
      acceptedButDropped: failed.filter((reason) => !refusedAtDoor(reason)).map(explain),
    }).toEqual({ exit: { code: 0, signal: null }, acceptedButNot2xx: [], acceptedButDropped: [] });
  });
});

describe('data-api process with bad configuration', () => {
  it('exits 1 naming every missing or invalid variable, without the secret value', async () => {
    const running = start(
      { DATABASE_URL: 'mysql://root:sekrit-pw@db/x', DB_POOL_SIZE: 'abc', SERVICE_TOKEN },
      await freePort(),
    );
    const exit = await running.exited;
    const output = running.stdout() + running.stderr();
    expect(exit.code).toBe(1);
    expect(output).toContain('DB_POOL_SIZE');
    expect(output).toContain('DATABASE_URL');
    expect(output).not.toContain('sekrit-pw');
    expect(output).not.toContain(SERVICE_TOKEN);
  });
});
