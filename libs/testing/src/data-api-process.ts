import { createTestDatabase, type TestDatabase } from '@slipway/devstack';
import { BUILT, startServiceProcess, type ServiceProcess } from './service-process';

export interface DataApiProcess extends ServiceProcess {
  database: TestDatabase;
  /** Stops the process and drops its database. */
  close(): Promise<void>;
}

/**
 * The built data-api on a database of its own that starts empty, so that boot migrates it, as it
 * does in production.
 */
export async function startDataApiProcess(env: Record<string, string>): Promise<DataApiProcess> {
  const database = await createTestDatabase('template0', () => Promise.resolve());
  try {
    const service = await startServiceProcess(BUILT.dataApi, { DATABASE_URL: database.url, ...env });
    return {
      ...service,
      database,
      close: async () => {
        await service.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
