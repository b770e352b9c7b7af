import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataApiClient } from '@slipway/data-client';
import { testRedis } from '@slipway/devstack';
import { createApp, loadConfig } from '@slipway/platform';
import {
  startDataApi,
  TEST_SERVICE_TOKEN as SERVICE_TOKEN,
  trustedHeaders,
  type DataApiFixture,
  type TestUser,
} from '@slipway/testing';
import { Redis } from 'ioredis';
import { newOrgKey } from '../src/access/org-keys';
import { AppModule, DESCRIPTION } from '../src/app.module';
import { CostApiConfig } from '../src/config';

export { SERVICE_TOKEN };

/** The operator's key every harness runs with. */
export const ROOT_KEY = 'test-root-key-0123456789abcdefghijklmnop';

/** A plan the harness registers, with small limits a test can reach. */
export const TEST_PLAN = {
  name: 'test',
  label: 'Test',
  daily_pipelines: 20,
  monthly_pipelines: 100,
  concurrent_pipelines: 3,
  providers: 3,
  seats: 5,
  price_monthly: '0',
  currency: 'USD',
  shipped: false,
  shipped_version: 0,
};

/** Who a request is sent as: an org key, the root key, a forwarded user, the bare service token, or nobody. */
export type Caller =
  { key: string } | { root: true } | { user: TestUser } | { service: true } | { anonymous: true };

export interface Reply<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

export interface TestOrg {
  id: string;
  slug: string;
  /** An admin key of the organization. */
  key: string;
}

const headersOf = (as: Caller): Record<string, string> => {
  if ('key' in as) return { 'x-api-key': as.key };
  if ('root' in as) return { 'x-api-key': ROOT_KEY };
  if ('user' in as) return trustedHeaders(SERVICE_TOKEN, as.user);
  if ('service' in as) return trustedHeaders(SERVICE_TOKEN);
  return {};
};

/**
 * cost-api for one test file: the built data-api on its own database, cost-api in-process on the
 * test's Redis prefix with the root key above, and the `test` plan registered.
 */
export class CostHarness {
  private orgs = 0;

  private constructor(
    readonly dataApi: DataApiFixture,
    readonly app: NestFastifyApplication,
    readonly url: string,
    readonly redis: Redis,
    readonly prefix: string,
    readonly config: CostApiConfig,
  ) {}

  get client(): DataApiClient {
    return this.dataApi.client;
  }

  static async start(env: Record<string, string> = {}): Promise<CostHarness> {
    const dataApi = await startDataApi();
    const { url, prefix } = testRedis();
    try {
      const config = loadConfig(CostApiConfig, {
        REDIS_URL: url,
        REDIS_PREFIX: prefix,
        SERVICE_TOKEN,
        DATA_API_URL: dataApi.url,
        COST_ROOT_API_KEY: ROOT_KEY,
        ORG_CACHE_TTL_MS: '0',
        LOG_LEVEL: 'silent',
        ...env,
      });
      await dataApi.client.post('/api/org_plans', { body: TEST_PLAN });
      const { app } = await createApp(AppModule.register(config), config, DESCRIPTION);
      await app.listen(0, '127.0.0.1');
      return new CostHarness(dataApi, app, await app.getUrl(), new Redis(url), prefix, config);
    } catch (error) {
      await dataApi.close();
      throw error;
    }
  }

  /** An organization written straight into data-api (not through onboarding), with an admin key. */
  async createOrg(overrides: Record<string, unknown> = {}): Promise<TestOrg> {
    this.orgs += 1;
    const { data: org } = await this.client.post('/api/organizations', {
      body: {
        slug: `org-${this.orgs}-${Math.random().toString(36).slice(2, 8)}`,
        name: `Org ${this.orgs}`,
        currency: 'USD',
        timezone: 'UTC',
        country: 'US',
        fiscal_year_start: 1,
        plan: TEST_PLAN.name,
        ...overrides,
      },
    });
    const key = await this.createKey(org.id, 'admin');
    return { id: org.id, slug: org.slug, key };
  }

  /** A key of `orgId` with `role`, written straight into data-api. */
  async createKey(orgId: string, role: 'owner' | 'admin' | 'member' | 'viewer'): Promise<string> {
    const key = newOrgKey();
    await this.client.post('/api/org_api_keys', {
      body: { org_id: orgId, name: `${role} key`, key_prefix: key.prefix, key_hash: key.hash, role },
    });
    return key.secret;
  }

  async request<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    as: Caller,
    options: { body?: unknown; headers?: Record<string, string>; payload?: string } = {},
  ): Promise<Reply<T>> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...headersOf(as),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      payload: options.payload ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = response.body;
    const body =
      text && /json/.test(String(response.headers['content-type'])) ? (JSON.parse(text) as T) : (text as T);
    return { status: response.statusCode, headers: response.headers, body, text };
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.dataApi.close();
    const keys = await this.redis.keys(`${this.prefix}*`);
    if (keys.length) await this.redis.del(...keys);
    await this.redis.quit();
  }
}
