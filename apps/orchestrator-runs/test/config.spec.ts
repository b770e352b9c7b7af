import { configTableErrors } from '@slipway/devstack';
import { envSpecs } from '@slipway/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgentWorkerConfig, OrchestratorConfig } from '../src/config';

const README = join(__dirname, '../../../README.md');

describe('orchestrator-runs and agent-worker configuration', () => {
  it.each([
    { app: 'orchestrator-runs', config: OrchestratorConfig },
    { app: 'agent-worker', config: AgentWorkerConfig },
  ])('is documented in the README table for $app, variable by variable', ({ app, config }) => {
    const specs = envSpecs(config);
    expect(specs.map((spec) => spec.name)).toEqual(
      expect.arrayContaining([
        'REDIS_URL',
        'DATA_API_URL',
        'SERVICE_TOKEN',
        'ARTIFACTS_DIR',
        'PROFILES_DIR',
        'PORT',
      ]),
    );
    expect(configTableErrors(readFileSync(README, 'utf8'), app, specs)).toEqual([]);
  });
});
