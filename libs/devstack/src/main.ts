import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openApiFiles } from './openapi/documents';
import { EMBEDDED_PORT, ensureDatabase, resolvePostgres, startEmbeddedPostgres } from './postgres';
import { placeEmbeddedPostgres } from './postgres-placement';
import { resolveRedis } from './redis';
import { startSuite } from './start';
import { spliceConfigTable, suiteConfigTable } from './config-table';

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

/**
 * Writes the committed OpenAPI documents (data-api's, and the gateway's merge of every service's);
 * the apps boot against PostgreSQL and Redis found or started as for `start`.
 */
async function writeOpenApi(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const postgres = await resolvePostgres(join(root, '.data'), log);
  try {
    const redis = await resolveRedis(join(root, '.data'), log);
    try {
      const files = await openApiFiles(root, {
        DATABASE_URL: process.env.DATABASE_URL ?? (await ensureDatabase(postgres.url, 'slipway')),
        REDIS_URL: redis.url,
      });
      for (const [path, text] of files) {
        writeFileSync(join(root, path), text);
        log(`wrote ${path}`);
      }
    } finally {
      await redis.stop();
    }
  } finally {
    await postgres.stop();
  }
}

/** `config-table --write`: the table spliced into README.md's `## Configuration`, then formatted as the repository's prettier does. */
function writeConfigTable(): void {
  const readme = join(root, 'README.md');
  writeFileSync(readme, spliceConfigTable(readFileSync(readme, 'utf8'), suiteConfigTable(root)));
  execFileSync(process.execPath, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--write', readme], {
    stdio: 'inherit',
  });
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'start':
      return startSuite(root);
    case 'config-table':
      if (args[0] === '--write') return writeConfigTable();
      process.stdout.write(`${suiteConfigTable(root)}\n`);
      return;
    case 'openapi':
      return writeOpenApi();
    case 'postgres':
      return embeddedPostgres(args[0] ?? join(root, '.data', 'postgres'), Number(args[1] ?? EMBEDDED_PORT));
    default:
      throw new Error('usage: devstack start | config-table [--write] | openapi | postgres [dir] [port]');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[slipway] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
