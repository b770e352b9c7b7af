import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBEDDED_PORT, ensureDatabase, resolvePostgres, startEmbeddedPostgres } from './postgres';
import { placeEmbeddedPostgres } from './postgres-placement';
import { startSuite } from './start';
import { suiteConfigTable } from './config-table';

const root = process.cwd();

/** Starts only an embedded PostgreSQL and prints its URL (its data directory on stderr); stops on SIGTERM or SIGINT. */
async function embeddedPostgres(dir: string, port: number): Promise<void> {
  const placement = await placeEmbeddedPostgres(dir);
  const server = await startEmbeddedPostgres(placement, port);
  process.stdout.write(`${server.url}\n`);
  process.stderr.write(`data in ${placement.dataDir}\n`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Writes data-api's OpenAPI document; the app boots against a database found or started as for `start`. */
async function writeOpenApi(target: string): Promise<void> {
  const postgres = await resolvePostgres(join(root, '.data'), (line) => process.stderr.write(`${line}\n`));
  try {
    const url = process.env.DATABASE_URL ?? (await ensureDatabase(postgres.url, 'slipway'));
    const document = execFileSync('node', [join(root, 'dist/apps/data-api/main.js'), 'openapi'], {
      env: { ...process.env, DATABASE_URL: url },
      maxBuffer: 64 * 1024 * 1024,
    });
    writeFileSync(target, document);
  } finally {
    await postgres.stop();
  }
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'start':
      return startSuite(root);
    case 'config-table':
      process.stdout.write(`${suiteConfigTable(root)}\n`);
      return;
    case 'openapi':
      return writeOpenApi(args[0] ?? join(root, 'apps/data-api/openapi.json'));
    case 'postgres':
      return embeddedPostgres(args[0] ?? join(root, '.data', 'postgres'), Number(args[1] ?? EMBEDDED_PORT));
    default:
      throw new Error('usage: devstack start | config-table | openapi [file] | postgres [dir] [port]');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[slipway] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
