import { configTableErrors } from '@slipway/devstack';
import { ConfigError, envSpecs, loadConfig } from '@slipway/platform';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayConfig, oidcEnabled } from '../src/config';
import { allowedOrigins } from '../src/gateway';

describe('gateway configuration', () => {
  it('is documented in the README table, variable by variable', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    expect(configTableErrors(readme, 'gateway', envSpecs(GatewayConfig))).toEqual([]);
  });

  it('has defaults for local use: every upstream on its port, cost-api and SSO off', () => {
    const config = loadConfig(GatewayConfig, {});
    expect([config.PORT, config.DATA_API_URL, config.ORCHESTRATOR_URL, config.CI_JOBS_URL]).toEqual([
      3000,
      'http://127.0.0.1:3001',
      'http://127.0.0.1:3002',
      'http://127.0.0.1:3003',
    ]);
    expect(config.COST_API_URL).toBeUndefined();
    expect(config.AUTH_CACHE_TTL_MS).toBe(30_000);
    expect(oidcEnabled(config)).toBe(false);
    expect(allowedOrigins(config)).toEqual(['http://127.0.0.1:3000']);
  });

  it('stops on a malformed upstream URL or cache TTL, naming each and hiding the secret', () => {
    let error: unknown;
    try {
      loadConfig(GatewayConfig, {
        DATA_API_URL: 'not a url',
        AUTH_CACHE_TTL_MS: '-1',
        OIDC_CLIENT_SECRET: '',
        REDIS_URL: 'http://secret@x',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = error instanceof Error ? error.message : '';
    expect(message).toContain('DATA_API_URL');
    expect(message).toContain('AUTH_CACHE_TTL_MS');
    expect(message).toContain('REDIS_URL=(hidden)');
    expect(message).not.toContain('secret@x');
  });

  it('allows the configured extra origins beside its own', () => {
    const config = loadConfig(GatewayConfig, {
      PUBLIC_URL: 'https://slipway.example.com/',
      CORS_ORIGINS: 'http://localhost:5173, https://admin.example.com',
    });
    expect(allowedOrigins(config)).toEqual([
      'https://slipway.example.com',
      'http://localhost:5173',
      'https://admin.example.com',
    ]);
  });
});
