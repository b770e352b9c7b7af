import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, type TestDatabase } from '@slipway/devstack';
import { createApp, loadConfig } from '@slipway/platform';
import { createHash } from 'node:crypto';
import { AppModule, DESCRIPTION } from '../../src/app.module';
import { DataApiConfig } from '../../src/config';
import { createDataSource } from '../../src/database/data-source';
import { MIGRATIONS } from '../../src/database/migrations';
import { runMigrations } from '../../src/database/migrator';

export const SERVICE_TOKEN = 'test-service-token-0123456789';
export const ADMIN_TELEGRAM_ID = 1001;
export const MEMBER_TELEGRAM_ID = 2002;
export const OTHER_TELEGRAM_ID = 3003;

/** One template per set of migrations: a new migration makes a new template. */
export const TEMPLATE = `slipway_tpl_${createHash('sha256')
  .update(MIGRATIONS.map((m) => m.name).join(','))
  .digest('hex')
  .slice(0, 12)}`;

export async function migrate(url: string): Promise<void> {
  const dataSource = await createDataSource({
    DATABASE_URL: url,
    DB_POOL_SIZE: 2,
    DB_STATEMENT_TIMEOUT_MS: 60_000,
  }).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export const freshDatabase = (): Promise<TestDatabase> => createTestDatabase(TEMPLATE, migrate);

export type Caller = { token: string } | { telegramId: number | string } | 'anonymous';

export interface Reply<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

export interface RequestOptions {
  as?: Caller;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Users {
  admin: { id: string; telegram_id: number };
  member: { id: string; telegram_id: number };
  other: { id: string; telegram_id: number };
}

/** data-api booted in-process on its own fresh database, spoken to through Fastify's request injection. */
export class DataApiHarness {
  users!: Users;

  private constructor(
    readonly app: NestFastifyApplication,
    readonly database: TestDatabase,
    readonly config: DataApiConfig,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<DataApiHarness> {
    const database = await freshDatabase();
    const config = loadConfig(DataApiConfig, {
      DATABASE_URL: database.url,
      SERVICE_TOKEN,
      LOG_LEVEL: 'silent',
      MIGRATIONS_RUN: 'false',
      DB_POOL_SIZE: '4',
      AUTH_CACHE_TTL_MS: '0',
      ...env,
    });
    const { app } = await createApp(AppModule.register(config), config, DESCRIPTION);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const harness = new DataApiHarness(app, database, config);
    harness.users = {
      admin: await harness.createUser(ADMIN_TELEGRAM_ID, 'admin'),
      member: await harness.createUser(MEMBER_TELEGRAM_ID, 'member'),
      other: await harness.createUser(OTHER_TELEGRAM_ID, 'member'),
    };
    return harness;
  }

  async createUser(
    telegramId: number,
    role: 'admin' | 'member',
    isActive = true,
  ): Promise<{ id: string; telegram_id: number }> {
    const reply = await this.request<{ id: string; telegram_id: number }>('POST', '/api/users', {
      body: { telegram_id: telegramId, role, is_active: isActive, username: `user${telegramId}` },
    });
    if (reply.status !== 201) throw new Error(`creating user ${telegramId}: ${reply.status} ${reply.text}`);
    return reply.body;
  }

  async request<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    options: RequestOptions = {},
  ): Promise<Reply<T>> {
    const as = options.as ?? { token: SERVICE_TOKEN };
    const identity: Record<string, string> =
      as === 'anonymous'
        ? {}
        : 'token' in as
          ? { 'x-service-token': as.token }
          : { 'x-service-token': SERVICE_TOKEN, 'x-telegram-id': String(as.telegramId) };
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...identity,
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      payload:
        options.body === undefined
          ? undefined
          : typeof options.body === 'string'
            ? options.body
            : JSON.stringify(options.body),
    });
    const text = response.body;
    const json =
      text && /json/.test(String(response.headers['content-type'])) ? (JSON.parse(text) as T) : (text as T);
    return { status: response.statusCode, headers: response.headers, body: json, text };
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }
}

export const asAdmin: Caller = { telegramId: ADMIN_TELEGRAM_ID };
export const asMember: Caller = { telegramId: MEMBER_TELEGRAM_ID };
export const asOther: Caller = { telegramId: OTHER_TELEGRAM_ID };
export const asService: Caller = { token: SERVICE_TOKEN };
