import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { testRedis } from '@slipway/devstack';
import { createApp, loadConfig } from '@slipway/platform';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { AppModule, DESCRIPTION } from '../src/app.module';
import { CiJobsConfig } from '../src/config';

export const GITEA_SECRET = 'test-gitea-secret-0123456789';
export const GITHUB_SECRET = 'test-github-secret-0123456789';
export const SERVICE_TOKEN = 'test-service-token-0123456789';
export const FIXTURES = join(__dirname, 'fixtures/webhooks');

export const fixtureBytes = (name: string): Buffer => readFileSync(join(FIXTURES, name));
export const hmac = (secret: string, body: Buffer): string =>
  createHmac('sha256', secret).update(body).digest('hex');

export interface Reply<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

/** ci-jobs booted in-process on the run's Redis under a key prefix of its own. */
export class CiJobsHarness {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly redis: Redis,
    readonly prefix: string,
    readonly config: CiJobsConfig,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<CiJobsHarness> {
    const { url, prefix } = testRedis();
    const config = loadConfig(CiJobsConfig, {
      REDIS_URL: url,
      REDIS_PREFIX: prefix,
      GITEA_WEBHOOK_SECRET: GITEA_SECRET,
      GITHUB_WEBHOOK_SECRET: GITHUB_SECRET,
      SERVICE_TOKEN,
      LOG_LEVEL: 'silent',
      ...env,
    });
    const { app } = await createApp(AppModule.register(config), config, DESCRIPTION, { rawBody: true });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new CiJobsHarness(app, new Redis(url), prefix, config);
  }

  async request<T = unknown>(
    method: 'GET' | 'POST',
    url: string,
    options: { body?: Buffer | string | object; headers?: Record<string, string>; service?: boolean } = {},
  ): Promise<Reply<T>> {
    const payload =
      options.body === undefined
        ? undefined
        : Buffer.isBuffer(options.body) || typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body);
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(options.service === false ? {} : { 'x-service-token': SERVICE_TOKEN }),
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      payload,
    });
    const text = response.body;
    const body =
      text && /json/.test(String(response.headers['content-type'])) ? (JSON.parse(text) as T) : (text as T);
    return { status: response.statusCode, headers: response.headers, body, text };
  }

  /** A signed Gitea delivery of `bytes`. */
  gitea(
    event: string,
    bytes: Buffer,
    delivery: string,
    secret = GITEA_SECRET,
  ): Promise<Reply<{ job_id?: string; status?: string; duplicate?: boolean; ignored?: string }>> {
    return this.request('POST', '/webhook/gitea', {
      body: bytes,
      service: false,
      headers: {
        'x-gitea-event': event,
        'x-gitea-delivery': delivery,
        'x-gitea-signature': hmac(secret, bytes),
      },
    });
  }

  github(
    event: string,
    bytes: Buffer,
    delivery: string,
    secret = GITHUB_SECRET,
  ): Promise<
    Reply<{ job_id?: string; status?: string; duplicate?: boolean; ignored?: string; pong?: boolean }>
  > {
    return this.request('POST', '/webhook/github', {
      body: bytes,
      service: false,
      headers: {
        'x-github-event': event,
        'x-github-delivery': delivery,
        'x-hub-signature-256': `sha256=${hmac(secret, bytes)}`,
      },
    });
  }

  async close(): Promise<void> {
    await this.app.close();
    const keys = await this.redis.keys(`${this.prefix}*`);
    if (keys.length) await this.redis.del(...keys);
    await this.redis.quit();
  }
}
