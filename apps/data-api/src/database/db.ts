import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { DataApiConfig } from '../config';
import { toDatabaseProblem } from './pg-errors';

/** Something that runs SQL: the pool, or one transaction. */
export interface Executor {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Calendar dates stay the YYYY-MM-DD text PostgreSQL sends: parsed, they would become local midnights. */
const DATE_OID = 1082;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID && format !== 'binary'
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

async function run<T>(client: pg.Pool | pg.PoolClient, sql: string, params: unknown[]): Promise<T[]> {
  try {
    const result = await client.query(sql, params);
    return result.rows as T[];
  } catch (error) {
    throw toDatabaseProblem(error);
  }
}

/**
 * data-api's door to PostgreSQL for requests: parameterised statements on a plain pg pool and
 * transactions, errors mapped to problems. (TypeORM's DataSource keeps the schema: entities,
 * migrations, readiness.)
 */
@Injectable()
export class Db implements Executor, OnApplicationShutdown {
  private readonly pool: pg.Pool;
  private readonly logger = new Logger('database');

  constructor(config: DataApiConfig) {
    this.pool = new pg.Pool({
      connectionString: config.DATABASE_URL,
      max: config.DB_POOL_SIZE,
      options: `-c statement_timeout=${config.DB_STATEMENT_TIMEOUT_MS}`,
      application_name: 'slipway-data-api',
      types,
    });
    // An idle connection the server closed (restart, failover, admin) is dropped and replaced; never fatal.
    this.pool.on('error', (error) => this.logger.warn(`idle PostgreSQL connection lost: ${error.message}`));
  }

  query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return run<T>(this.pool, sql, params);
  }

  async transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work({ query: (sql, params = []) => run(client, sql, params) });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
