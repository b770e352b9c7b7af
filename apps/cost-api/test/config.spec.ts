import { configTableErrors } from '@slipway/devstack';
import { envSpecs, loadConfig } from '@slipway/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CostApiConfig } from '../src/config';

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
