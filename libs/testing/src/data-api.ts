import { createTestDatabase, type TestDatabase } from '@slipway/devstack';
import { DataApiClient } from '@slipway/data-client';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BUILT, startServiceProcess, WORKSPACE_ROOT, type ServiceProcess } from './service-process';

/** The service token every test of the suite runs with. */
export const TEST_SERVICE_TOKEN = 'test-service-token-0123456789';

export interface RegistryUser {
  id: string;
  telegram_id: number;
}

/** The users every data-api fixture starts with: an admin and two members. */
export interface TestUsers {
  admin: RegistryUser;
  member: RegistryUser;
  other: RegistryUser;
}

export const TEST_TELEGRAM_IDS = { admin: 1001, member: 2002, other: 3003 } as const;

/** One template per set of migrations the build holds: a new migration makes a new template. */
function templateName(): string {
  const migrations = readdirSync(join(WORKSPACE_ROOT, 'apps/data-api/src/database/migrations')).sort();
  return `slipway_tpl_proc_${createHash('sha256').update(migrations.join(',')).digest('hex').slice(0, 12)}`;
}

/** Migrates the template with the built data-api's own `migrate` command. */
async function migrate(url: string): Promise<void> {
  await promisify(execFile)(process.execPath, [join(WORKSPACE_ROOT, BUILT.dataApi), 'migrate'], {
    cwd: WORKSPACE_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: url,
      SERVICE_TOKEN: TEST_SERVICE_TOKEN,
      LOG_LEVEL: 'warn',
    },
  });
}

export interface DataApiFixture {
  url: string;
  serviceToken: string;
  /** data-api's typed client, as the service token. */
  client: DataApiClient;
  users: TestUsers;
  process: ServiceProcess;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The built data-api for one test file of another app: its own database cloned from a migrated
 * template, a real port, the service token, and the usual test users.
 */
export async function startDataApi(env: Record<string, string> = {}): Promise<DataApiFixture> {
  const database = await createTestDatabase(templateName(), migrate);
  let service: ServiceProcess | undefined;
  try {
    service = await startServiceProcess(BUILT.dataApi, {
      DATABASE_URL: database.url,
      SERVICE_TOKEN: TEST_SERVICE_TOKEN,
      MIGRATIONS_RUN: 'false',
      AUTH_CACHE_TTL_MS: '0',
      LOG_LEVEL: 'warn',
      ...env,
    });
    const client = new DataApiClient({ baseUrl: service.url, serviceToken: TEST_SERVICE_TOKEN });
    const user = async (role: 'admin' | 'member', telegramId: number): Promise<RegistryUser> => {
      const { data } = await client.post('/api/users', {
        body: { telegram_id: telegramId, role, is_active: true, username: `user${telegramId}` },
      });
      return { id: data.id, telegram_id: telegramId };
    };
    const users: TestUsers = {
      admin: await user('admin', TEST_TELEGRAM_IDS.admin),
      member: await user('member', TEST_TELEGRAM_IDS.member),
      other: await user('member', TEST_TELEGRAM_IDS.other),
    };
    const running = service;
    return {
      url: service.url,
      serviceToken: TEST_SERVICE_TOKEN,
      client,
      users,
      process: service,
      database,
      close: async () => {
        await client.close();
        await running.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await service?.stop('SIGKILL');
    await database.drop();
    throw error;
  }
}
