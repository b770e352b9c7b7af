import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { resolvePostgres, type PostgresServer } from '../postgres';
import { resolveRedis, type RedisServer } from '../redis';
import { TEST_PG_VARIABLE, TEST_RUN_VARIABLE } from './test-database';
import { TEST_REDIS_VARIABLE } from './test-redis';

declare global {
  var slipwayTestServers: { postgres: PostgresServer; redis: RedisServer } | undefined;
}

/** Finds or starts PostgreSQL and Redis once for the whole run (DESIGN §2) and hands their URLs to every worker. */
export default async function globalSetup(): Promise<void> {
  const dataDir = join(__dirname, '../../../../.data');
  const log = (line: string) => process.stderr.write(`[test setup] ${line}\n`);
  const postgres = await resolvePostgres(dataDir, log);
  const redis = await resolveRedis(dataDir, log);
  process.env[TEST_PG_VARIABLE] = postgres.url;
  process.env[TEST_REDIS_VARIABLE] = redis.url;
  process.env[TEST_RUN_VARIABLE] = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  globalThis.slipwayTestServers = { postgres, redis };
}
