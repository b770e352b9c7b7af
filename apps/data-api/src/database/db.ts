import { Injectable } from '@nestjs/common';
import { DataSource, type QueryRunner } from 'typeorm';
import { toDatabaseProblem } from './pg-errors';

/** Something that runs SQL: the pool, or one transaction. */
export interface Executor {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

class RunnerExecutor implements Executor {
  constructor(private readonly runner: QueryRunner) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    try {
      const result = await this.runner.query(sql, params, true);
      return result.records as T[];
    } catch (error) {
      throw toDatabaseProblem(error);
    }
  }
}

/** data-api's only door to PostgreSQL: parameterised statements and transactions, errors mapped to problems. */
@Injectable()
export class Db implements Executor {
  constructor(private readonly dataSource: DataSource) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      return await new RunnerExecutor(runner).query<T>(sql, params);
    } finally {
      await runner.release();
    }
  }

  async transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const result = await work(new RunnerExecutor(runner));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }
}
