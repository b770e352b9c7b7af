import { randomBytes } from 'node:crypto';
import { TEST_RUN_VARIABLE } from './test-database';

export const TEST_REDIS_VARIABLE = 'SLIPWAY_TEST_REDIS_URL';

export interface TestRedis {
  url: string;
  /** Every key and stream a test file makes starts with this, e.g. `test:k2x9:4f1a:`. */
  prefix: string;
}

/** Redis for one test file: the run's server and a key prefix of its own (clean up with deleteKeysWithPrefix). */
export function testRedis(): TestRedis {
  const url = process.env[TEST_REDIS_VARIABLE];
  if (!url)
    throw new Error(
      `${TEST_REDIS_VARIABLE} is unset: run tests through jest.config.js (its global setup finds Redis)`,
    );
  return {
    url,
    prefix: `test:${process.env[TEST_RUN_VARIABLE] ?? 'adhoc'}:${randomBytes(3).toString('hex')}:`,
  };
}
