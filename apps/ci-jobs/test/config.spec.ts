import { configTableErrors } from '@slipway/devstack';
import { ConfigError, envSpecs, loadConfig } from '@slipway/platform';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CiJobsConfig, CONFIG_FILE, RunnerConfig } from '../src/config';

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

  describe('CI_JOBS_CONFIG, a YAML file beneath the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slipway-config-'));
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads the documented example for both processes', () => {
      const example = join(__dirname, '../ci-jobs.example.yaml');
      expect(loadConfig(CiJobsConfig, { CI_JOBS_CONFIG: example }, CONFIG_FILE)).toMatchObject({
        WEBHOOK_DEDUPE_SECONDS: 86400,
        DATA_API_URL: 'http://127.0.0.1:3001',
      });
      expect(loadConfig(RunnerConfig, { CI_JOBS_CONFIG: example }, CONFIG_FILE)).toMatchObject({
        RUNNER_CONCURRENCY: 2,
        RUNNER_MAX_ATTEMPTS: 3,
      });
    });

    it('lets the environment override the file', () => {
      const path = file('override.yaml', 'RUNNER_CONCURRENCY: 8\nLOG_LEVEL: debug\n');
      expect(
        loadConfig(RunnerConfig, { CI_JOBS_CONFIG: path, LOG_LEVEL: 'warn' }, CONFIG_FILE),
      ).toMatchObject({ RUNNER_CONCURRENCY: 8, LOG_LEVEL: 'warn' });
    });

    it('refuses unknown keys, nested values, bad values and unreadable files, naming them', () => {
      const typo = file('typo.yaml', 'RUNER_CONCURRENCY: 8\nREDIS_URL: { host: x }\n');
      expect(() => loadConfig(RunnerConfig, { CI_JOBS_CONFIG: typo }, CONFIG_FILE)).toThrow(
        /RUNER_CONCURRENCY is not a known setting[\s\S]*REDIS_URL must be a single value/,
      );
      const bad = file('bad.yaml', 'RUNNER_CONCURRENCY: many\n');
      expect(() => loadConfig(RunnerConfig, { CI_JOBS_CONFIG: bad }, CONFIG_FILE)).toThrow(
        'RUNNER_CONCURRENCY="many" is invalid',
      );
      expect(() =>
        loadConfig(RunnerConfig, { CI_JOBS_CONFIG: join(dir, 'missing.yaml') }, CONFIG_FILE),
      ).toThrow('cannot be read as YAML');
    });
  });
});
