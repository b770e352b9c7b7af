import { join } from 'node:path';
import { EMBEDDED_PORT, startEmbeddedPostgres } from './postgres';
import { startSuite } from './start';
import { suiteConfigTable } from './config-table';

const root = process.cwd();

/** Starts only an embedded PostgreSQL and prints its URL; stops on SIGTERM or SIGINT. */
async function embeddedPostgres(dir: string, port: number): Promise<void> {
  const server = await startEmbeddedPostgres(dir, port);
  process.stdout.write(`${server.url}\n`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  switch (command) {
    case 'start':
      return startSuite(root);
    case 'config-table':
      process.stdout.write(`${suiteConfigTable(root)}\n`);
      return;
    case 'postgres':
      return embeddedPostgres(args[0] ?? join(root, '.data', 'postgres'), Number(args[1] ?? EMBEDDED_PORT));
    default:
      throw new Error('usage: devstack start | devstack config-table | devstack postgres [dir] [port]');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[slipway] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
