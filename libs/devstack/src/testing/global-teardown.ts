import { dropRunDatabases, TEST_RUN_VARIABLE } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const run = process.env[TEST_RUN_VARIABLE];
  if (run) await dropRunDatabases(run);
  await globalThis.slipwayTestServers?.redis.stop();
  await globalThis.slipwayTestServers?.postgres.stop();
}
