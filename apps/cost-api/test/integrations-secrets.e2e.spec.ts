import { testRedis } from '@slipway/devstack';
import {
  startDataApiProcess,
  startServiceProcess,
  WORKSPACE_ROOT,
  type DataApiProcess,
  type ServiceProcess,
} from '@slipway/testing';
import { DataApiClient } from '@slipway/data-client';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { newOrgKey } from '../src/access/org-keys';
import { startProviderStandIn, type ProviderStandIn } from './provider-stand-in';

jest.setTimeout(120_000);

const COST_API = 'dist/apps/cost-api/main.js';
const run = promisify(execFile);
const SECRET_FIELDS = ['api_key', 'token', 'access_key_id', 'secret_access_key', 'session_token'];

/**
 * The built cost-api and data-api, logging at trace, through every path a credential takes —
 * setup, validation (accepted, rejected, unreachable), refusals, the service read, the rotation
 * command — and not one secret in any process's output.
 */
describe('integration credentials appear in no log (built processes, LOG_LEVEL=trace)', () => {
  const serviceToken = `secrets-token-${randomBytes(12).toString('hex')}`;
  const key1 = `k1:${randomBytes(32).toString('base64')}`;
  const key2 = `k2:${randomBytes(32).toString('base64')}`;
  const redis = testRedis();
  let standIn: ProviderStandIn;
  let dataApi: DataApiProcess;
  let costApi: ServiceProcess;
  let env: Record<string, string>;
  let orgKey: string;
  let slug: string;
  const rotationOutput: string[] = [];

  beforeAll(async () => {
    standIn = await startProviderStandIn();
    dataApi = await startDataApiProcess({ SERVICE_TOKEN: serviceToken, LOG_LEVEL: 'trace' });
    env = {
      SERVICE_TOKEN: serviceToken,
      DATA_API_URL: dataApi.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      CREDENTIALS_ENCRYPTION_KEY: key1,
      PROVIDER_BASE_URLS: standIn.baseUrlsEnv,
      ORG_CACHE_TTL_MS: '0',
      LOG_LEVEL: 'trace',
    };
    costApi = await startServiceProcess(COST_API, env);
    const client = new DataApiClient({ baseUrl: dataApi.url, serviceToken });
    await client.post('/api/org_plans', {
      body: {
        name: 'e2e',
        label: 'E2E',
        daily_pipelines: 10,
        monthly_pipelines: 10,
        concurrent_pipelines: 1,
        providers: 20,
        seats: 1,
        price_monthly: '0',
        currency: 'USD',
        shipped: false,
        shipped_version: 0,
      },
    });
    slug = `secrets-${randomBytes(3).toString('hex')}`;
    const { data: org } = await client.post('/api/organizations', {
      body: {
        slug,
        name: 'Secrets',
        currency: 'USD',
        timezone: 'UTC',
        country: 'US',
        fiscal_year_start: 1,
        plan: 'e2e',
      },
    });
    const key = newOrgKey();
    await client.post('/api/org_api_keys', {
      body: { org_id: org.id, name: 'admin', key_prefix: key.prefix, key_hash: key.hash, role: 'admin' },
    });
    orgKey = key.secret;
  });
  afterAll(async () => {
    await costApi?.stop();
    await dataApi?.close();
    await standIn?.close();
    const client = new Redis(redis.url);
    const keys = await client.keys(`${redis.prefix}*`);
    if (keys.length) await client.del(...keys);
    await client.quit();
  });

  const call = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(`${costApi.url}/api/v1/integrations/${slug}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const asOrg = () => ({ 'x-api-key': orgKey });

  it('keeps every secret out of cost-api’s and data-api’s output', async () => {
    const secrets: string[] = [];
    for (const [provider, good] of Object.entries(standIn.good)) {
      const wrong = { ...good };
      for (const name of SECRET_FIELDS) {
        const value = good[name];
        if (value === undefined) continue;
        wrong[name] = `${value}-wrong`;
        secrets.push(value, `${value}-wrong`);
      }
      expect((await call('POST', `/${provider}/setup`, asOrg(), wrong)).status).toBe(201);
      expect((await call('POST', `/${provider}/setup`, asOrg(), good)).status).toBe(201);
      expect((await call('POST', `/${provider}/validate`, asOrg())).status).toBe(200);
    }
    // Refusals that name the fields the secret came in.
    const malformed = 'sk-malformed secret-with-space-0000';
    secrets.push(malformed);
    expect(
      (await call('POST', '/openai/setup', asOrg(), { api_key: malformed, token: 'tok-extra-000000' }))
        .status,
    ).toBe(422);
    const unreachable = 'gitea-unreachable-token-000000';
    secrets.push(unreachable);
    const closed = await call('POST', '/gitea/setup', asOrg(), {
      token: unreachable,
      base_url: 'http://127.0.0.1:9',
    });
    expect(((await closed.json()) as { status_reason: string }).status_reason).toMatch(/^unreachable/);
    expect((await call('POST', '/gitea/setup', asOrg(), standIn.good.gitea)).status).toBe(201);
    // The service read hands the secret out; it is not logged either.
    const credential = await call('GET', '/openai/credential', { 'x-service-token': serviceToken });
    expect(credential.status).toBe(200);
    expect((await call('GET', '', asOrg())).status).toBe(200);

    const rotated = await run(process.execPath, [join(WORKSPACE_ROOT, COST_API), 'rotate-credentials'], {
      cwd: WORKSPACE_ROOT,
      env: { PATH: process.env.PATH ?? '', ...env, CREDENTIALS_ENCRYPTION_KEY: `${key2},${key1}` },
    });
    rotationOutput.push(rotated.stdout, rotated.stderr);
    const report = rotated.stdout.trim().split('\n').at(-1) ?? '';
    expect(JSON.parse(report)).toEqual({ rotated: 13, current: 0, failed: 0, key_id: 'k2' });

    const lines = costApi.logLines();
    expect(lines.some((line) => line.msg === 'integration checked' && line.status === 'invalid')).toBe(true);
    expect(lines.some((line) => line.level === 'trace' || line.level === 'debug')).toBe(true);
    const output = [costApi.output(), dataApi.output(), ...rotationOutput].join('\n');
    for (const secret of secrets) expect(output).not.toContain(secret);
    expect(output).not.toContain(key1.slice(3));
    expect(output).not.toContain(key2.slice(3));
  });
});
