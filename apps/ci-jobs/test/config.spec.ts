import { configTableErrors } from '@slipway/devstack';
import { ConfigError, envSpecs, loadConfig } from '@slipway/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CiJobsConfig } from '../src/config';

describe('ci-jobs configuration', () => {
  it('is documented in the README table, variable by variable', () => {
    expect(
      configTableErrors(
        readFileSync(join(__dirname, '../../../README.md'), 'utf8'),
        'ci-jobs',
        envSpecs(CiJobsConfig),
      ),
    ).toEqual([]);
  });

  it('stops on a short webhook secret or a non-Redis URL, naming both and showing neither secret', () => {
    let error: unknown;
    try {
      loadConfig(CiJobsConfig, { GITEA_WEBHOOK_SECRET: 'short', REDIS_URL: 'http://x' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = error instanceof Error ? error.message : '';
    expect(message).toContain('GITEA_WEBHOOK_SECRET=(hidden)');
    expect(message).toContain('REDIS_URL=(hidden)');
    expect(message).not.toContain('short');
  });
});
