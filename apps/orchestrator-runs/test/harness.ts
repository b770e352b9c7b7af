import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataApiClient } from '@slipway/data-client';
import { testRedis } from '@slipway/devstack';
import { createApp, loadConfig } from '@slipway/platform';
import { Redis } from 'ioredis';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDataApi, TEST_SERVICE_TOKEN as SERVICE_TOKEN, type DataApiFixture } from '@slipway/testing';
import { AppModule, consumeRunsStreams, DESCRIPTION } from '../src/app.module';
import { AgentWorkerConfig, OrchestratorConfig } from '../src/config';
import { consumePhaseRequests, WORKER_DESCRIPTION, WorkerModule } from '../src/worker/worker.module';

export { SERVICE_TOKEN };

export const PROFILES_DIR = join(__dirname, '../profiles');
/** The shipped profiles and small ones made for tests. */
export const TEST_PROFILES_DIR = join(__dirname, 'fixtures/profiles');
export type User = { id: string; email: string; role?: string };
export const ALICE: User = { id: 'alice', email: 'alice@example.com' };
export const BOB: User = { id: 'bob', email: 'bob@example.com' };
export const ADMIN: User = { id: 'root', email: 'root@example.com', role: 'admin' };

/** The template provider's default model and the prices the suite registers for it. */
export const TEMPLATE_PRICE = { input: '0.003', output: '0.015', cached: '0.0003' };

export interface Reply<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

export interface HarnessOptions {
  /** Settings of both the API and the worker (e.g. another PROFILES_DIR). */
  shared?: Record<string, string>;
  api?: Record<string, string>;
  worker?: Record<string, string> | false;
}

/**
 * The whole runs slice for a test file: data-api on its own database, the orchestrator API and an
 * agent worker in-process, on the test's Redis prefix, artifacts in a temporary directory.
 */
export class RunsHarness {
  private constructor(
    readonly dataApi: DataApiFixture,
    readonly dataApiUrl: string,
    readonly client: DataApiClient,
    readonly api: NestFastifyApplication,
    readonly apiUrl: string,
    readonly worker: INestApplication | null,
    readonly redis: Redis,
    readonly redisUrl: string,
    readonly prefix: string,
    readonly artifactsDir: string,
    readonly profilesDir: string,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<RunsHarness> {
    const dataApi = await startDataApi();
    const dataApiUrl = dataApi.url;
    const client = dataApi.client;
    await client.post('/api/available_models', {
      body: {
        provider: 'template',
        model_name: 'slipway-template-1',
        input_price_per_1k: TEMPLATE_PRICE.input,
        output_price_per_1k: TEMPLATE_PRICE.output,
        cached_input_price_per_1k: TEMPLATE_PRICE.cached,
      },
    });
    const { url, prefix } = testRedis();
    const artifactsDir = await mkdtemp(join(tmpdir(), 'slipway-runs-'));
    const shared = {
      REDIS_URL: url,
      REDIS_PREFIX: prefix,
      SERVICE_TOKEN,
      DATA_API_URL: dataApiUrl,
      ARTIFACTS_DIR: artifactsDir,
      PROFILES_DIR,
      LOG_LEVEL: 'silent',
      ...options.shared,
    };
    const apiConfig = loadConfig(OrchestratorConfig, { ...shared, NEXT_WAIT_MS: '20000', ...options.api });
    const { app: api } = await createApp(AppModule.register(apiConfig), apiConfig, DESCRIPTION);
    consumeRunsStreams(api, apiConfig);
    await api.startAllMicroservices();
    await api.listen(0, '127.0.0.1');
    const worker =
      options.worker === false ? null : await RunsHarness.startWorker(shared, options.worker ?? {});
    return new RunsHarness(
      dataApi,
      dataApiUrl,
      client,
      api,
      await api.getUrl(),
      worker,
      new Redis(url),
      url,
      prefix,
      artifactsDir,
      shared.PROFILES_DIR,
    );
  }

  static async startWorker(
    shared: Record<string, string>,
    env: Record<string, string>,
  ): Promise<INestApplication> {
    const config = loadConfig(AgentWorkerConfig, {
      ...shared,
      HEARTBEAT_MS: '200',
      LEASE_MS: '3000',
      REAPER_INTERVAL_MS: '500',
      VISIBILITY_TIMEOUT_MS: '5000',
      ...env,
    });
    const { app } = await createApp(WorkerModule.register(config), config, WORKER_DESCRIPTION);
    consumePhaseRequests(app, config);
    await app.startAllMicroservices();
    await app.init();
    return app;
  }

  /** The environment a worker process needs to join this harness. */
  workerEnv(): Record<string, string> {
    return {
      REDIS_URL: this.redisUrl,
      REDIS_PREFIX: this.prefix,
      SERVICE_TOKEN,
      DATA_API_URL: this.dataApiUrl,
      ARTIFACTS_DIR: this.artifactsDir,
      PROFILES_DIR: this.profilesDir,
    };
  }

  async request<T = unknown>(
    method: 'GET' | 'POST',
    url: string,
    options: { as?: User | null; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const as = options.as === undefined ? ALICE : options.as;
    const response = await this.api.inject({
      method,
      url,
      headers: {
        ...(as
          ? {
              'x-service-token': SERVICE_TOKEN,
              'x-user-id': as.id,
              'x-user-email': as.email,
              ...(as.role ? { 'x-user-role': as.role } : {}),
            }
          : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      payload: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = response.body;
    const body =
      text && /json/.test(String(response.headers['content-type'])) ? (JSON.parse(text) as T) : (text as T);
    return { status: response.statusCode, headers: response.headers, body, text };
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.api.close();
    await this.dataApi.close();
    const keys = await this.redis.keys(`${this.prefix}*`);
    if (keys.length) await this.redis.del(...keys);
    await this.redis.quit();
    await rm(this.artifactsDir, { recursive: true, force: true });
  }
}
