import { testRedis } from '@slipway/devstack';
import {
  BUILT,
  startDataApi,
  startServiceProcess,
  TEST_SERVICE_TOKEN as SERVICE_TOKEN,
  WORKSPACE_ROOT,
  type DataApiFixture,
  type ServiceProcess,
} from '../../src';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = WORKSPACE_ROOT;
export const GITEA_SECRET = 'bad-input-gitea-secret-0123456789';
export const GITHUB_SECRET = 'bad-input-github-secret-0123456789';
/** cost-api's COST_ROOT_API_KEY: X-API-Key of the operator, for its admin routes. */
export const COST_ROOT_KEY = 'bad-input-cost-root-key-0123456789abcdef';

/** Every provider cost-api can validate a credential with, each sent to a port nothing listens on. */
const COST_PROVIDERS = [
  'openai',
  'anthropic',
  'gemini',
  'azure_openai',
  'bedrock',
  'mistral',
  'cohere',
  'groq',
  'deepseek',
  'openrouter',
  'xai',
  'github',
  'gitea',
];
/** A privileged port: no test process can listen there, so a validation answers `unreachable` at once. */
const CLOSED_PORT_URL = 'http://127.0.0.1:1';

/**
 * The HTTP services on the run's PostgreSQL and Redis, as their built bundles (`npm run build`):
 * data-api on a database of its own with the usual test users, orchestrator-runs, ci-jobs, cost-api
 * (every provider behind a closed port: nothing leaves the machine), and the gateway in front of them.
 */
export class Stack {
  private constructor(
    readonly dataApi: DataApiFixture,
    readonly urls: {
      'data-api': string;
      'orchestrator-runs': string;
      'ci-jobs': string;
      'cost-api': string;
      gateway: string;
    },
    /** An API key of the admin, for the gateway's own routes. */
    readonly adminKey: string,
    private readonly services: ServiceProcess[],
    private readonly redis: Redis,
    private readonly prefix: string,
    readonly artifactsDir: string,
  ) {}

  static async start(): Promise<Stack> {
    const dataApi = await startDataApi({ LOG_LEVEL: 'error' });
    const dataApiUrl = dataApi.url;
    const { url: redisUrl, prefix } = testRedis();
    const artifactsDir = await mkdtemp(join(tmpdir(), 'slipway-bad-input-'));
    const shared = {
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      SERVICE_TOKEN,
      LOG_LEVEL: 'error',
      SHUTDOWN_DRAIN_MS: '0',
    };
    const runsStarted = startServiceProcess(BUILT.orchestratorRuns, {
      ...shared,
      DATA_API_URL: dataApiUrl,
      ARTIFACTS_DIR: artifactsDir,
      PROFILES_DIR: join(ROOT, 'apps/orchestrator-runs/profiles'),
      NEXT_WAIT_MS: '100',
      RATE_LIMIT_CREATE_PER_MINUTE: '100000',
      RATE_LIMIT_ADVANCE_PER_MINUTE: '100000',
    });
    const [runs, cost, ci] = await Promise.all([
      runsStarted,
      runsStarted.then((started) =>
        startServiceProcess(BUILT.costApi, {
          ...shared,
          DATA_API_URL: dataApiUrl,
          ORCHESTRATOR_URL: started.url,
          COST_ROOT_API_KEY: COST_ROOT_KEY,
          CREDENTIALS_ENCRYPTION_KEY: `k1:${randomBytes(32).toString('base64')}`,
          PROVIDER_BASE_URLS: COST_PROVIDERS.map((provider) => `${provider}=${CLOSED_PORT_URL}`).join(','),
          INTEGRATION_VALIDATE_TIMEOUT_MS: '500',
        }),
      ),
      startServiceProcess(BUILT.ciJobs, {
        ...shared,
        DATA_API_URL: dataApiUrl,
        GITEA_WEBHOOK_SECRET: GITEA_SECRET,
        GITHUB_WEBHOOK_SECRET: GITHUB_SECRET,
      }),
    ]);
    const gateway = await startServiceProcess(BUILT.gateway, {
      ...shared,
      DATA_API_URL: dataApiUrl,
      ORCHESTRATOR_URL: runs.url,
      CI_JOBS_URL: ci.url,
      COST_API_URL: cost.url,
      RATE_LIMIT_DEFAULT_PER_MIN: '1000000',
      RATE_LIMIT_LOGIN_PER_MIN: '1000000',
    });
    const { data: key } = await dataApi.client.post('/api/api_keys', {
      body: { name: 'bad input', owner_id: dataApi.users.admin.id },
    });
    return new Stack(
      dataApi,
      {
        'data-api': dataApiUrl,
        'orchestrator-runs': runs.url,
        'ci-jobs': ci.url,
        'cost-api': cost.url,
        gateway: gateway.url,
      },
      key.key,
      [runs, ci, cost, gateway],
      new Redis(redisUrl),
      prefix,
      artifactsDir,
    );
  }

  /** What the spawned services wrote (errors only), for a failure's message. */
  output(): string {
    return this.services.map((s) => s.output()).join('\n');
  }

  async close(): Promise<void> {
    await Promise.all(this.services.map((s) => s.stop()));
    await this.dataApi.close();
    const keys = await this.redis.keys(`${this.prefix}*`);
    if (keys.length) await this.redis.del(...keys);
    await this.redis.quit();
    await rm(this.artifactsDir, { recursive: true, force: true });
  }
}
