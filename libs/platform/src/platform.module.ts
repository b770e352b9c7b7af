import { Global, Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { BaseConfig } from './config';
import { loggerParams } from './logging';
import { MetricsController, MetricsService } from './metrics';

/** What every app imports once: its validated config, pino logging with request ids, and /metrics. */
@Global()
@Module({})
export class PlatformModule {
  static forApp<T extends BaseConfig>(service: string, config: T): DynamicModule {
    const configToken = config.constructor;
    return {
      module: PlatformModule,
      imports: [LoggerModule.forRoot(loggerParams(config.LOG_LEVEL, service))],
      controllers: [MetricsController],
      providers: [MetricsService, { provide: configToken, useValue: config }],
      exports: [MetricsService, configToken],
    };
  }
}
