import { configTableErrors } from '@slipway/devstack';
import { envSpecs, loadConfig } from '@slipway/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CostApiConfig, CostWorkerConfig } from '../src/config';

describe('cost-api configuration', () => {
  it('is documented in the README table, variable by variable (regenerate: npm run config-table -- --write)', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const specs = envSpecs(CostApiConfig);
    expect(specs.map((spec) => spec.name)).toEqual(
      expect.arrayContaining(['PORT', 'SERVICE_TOKEN', 'REDIS_URL', 'DATA_API_URL', 'ORCHESTRATOR_URL']),
    );
    expect(configTableErrors(readme, 'cost-api', specs)).toEqual([]);
  });

  it('has defaults for local use: port 3004, its peers on theirs', () => {
    // The credentials key has no default: any deployment must choose its own.
    const config = loadConfig(CostApiConfig, {
      CREDENTIALS_ENCRYPTION_KEY: `local:${Buffer.alloc(32, 7).toString('base64')}`,
    });
    expect([config.PORT, config.DATA_API_URL, config.ORCHESTRATOR_URL]).toEqual([
      3004,
      'http://127.0.0.1:3001',
      'http://127.0.0.1:3002',
    ]);
  });

  it('marks its keys and the Redis URL secret', () => {
    const secret = envSpecs(CostApiConfig)
      .filter((spec) => spec.sensitive)
      .map((spec) => spec.name);
    expect(secret).toEqual(expect.arrayContaining(['SERVICE_TOKEN', 'REDIS_URL', 'COST_ROOT_API_KEY']));
  });
});

describe('cost-worker configuration', () => {
  it('is documented in the README table, variable by variable (regenerate: npm run config-table -- --write)', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const specs = envSpecs(CostWorkerConfig);
    expect(specs.map((spec) => spec.name)).toEqual(
      expect.arrayContaining([
        'PORT',
        'REDIS_URL',
        'DATA_API_URL',
        'INGEST_BATCH_SIZE',
        'CI_RATES_USD_PER_MINUTE',
      ]),
    );
    expect(configTableErrors(readme, 'cost-worker', specs)).toEqual([]);
  });

  it('has defaults for local use: port 9103, a batch of 1000, the CI rates of each executor class', () => {
    const config = loadConfig(CostWorkerConfig, {});
    expect([config.PORT, config.INGEST_BATCH_SIZE, config.DATA_API_URL]).toEqual([
      9103,
      1000,
      'http://127.0.0.1:3001',
    ]);
    expect(JSON.parse(config.CI_RATES_USD_PER_MINUTE)).toEqual({ local: '0.008', kubernetes: '0.012' });
  });

  it('stops at boot on CI rates it cannot read exactly, or a batch data-api would refuse', () => {
    expect(() => loadConfig(CostWorkerConfig, { CI_RATES_USD_PER_MINUTE: '{"local":0.008}' })).toThrow(
      /CI_RATES_USD_PER_MINUTE.*rate of local must be a decimal string/,
    );
    expect(() => loadConfig(CostWorkerConfig, { CI_RATES_USD_PER_MINUTE: 'cheap' })).toThrow(
      /CI_RATES_USD_PER_MINUTE/,
    );
    expect(() => loadConfig(CostWorkerConfig, { INGEST_BATCH_SIZE: '5001' })).toThrow(/INGEST_BATCH_SIZE/);
  });
});
