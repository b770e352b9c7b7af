import { Global, Injectable, Module } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ReadinessCheck } from '@slipway/platform';
import { DataSource } from 'typeorm';
import { DataApiConfig } from '../config';
import { dataSourceOptions } from './data-source';
import { Db } from './db';

/** Ready when PostgreSQL answers and no migration is pending. */
@Injectable()
export class DatabaseReadiness implements ReadinessCheck {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  readonly check = async () => {
    const session = this.indicators.check('database');
    try {
      await this.dataSource.query('SELECT 1');
      if (await this.dataSource.showMigrations()) return session.down({ message: 'migrations pending' });
      return session.up();
    } catch {
      return session.down({ message: 'unreachable' });
    }
  };
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [DataApiConfig],
      useFactory: (config: DataApiConfig) => ({
        ...dataSourceOptions({ ...config, DB_POOL_SIZE: 2 }),
        logging: false,
      }),
    }),
  ],
  providers: [Db],
  exports: [Db],
})
export class DatabaseModule {}
