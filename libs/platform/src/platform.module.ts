import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { BaseConfig } from './config';
import { ShutdownState } from './health';
import { AppLogger, loggerOf } from './logging';
import { MetricsController, MetricsService } from './metrics';

/** The app's validated configuration, for shared machinery that reads settings (rate limits). */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** What every app imports once: its validated config, its logger and /metrics. */
@Global()
@Module({})
export class PlatformModule {
  static forApp<T extends BaseConfig>(service: string, config: T): DynamicModule {
    const configToken = config.constructor;
    return {
      module: PlatformModule,
      controllers: [MetricsController],
      providers: [
        { provide: MetricsService, useFactory: () => new MetricsService(service) },
        { provide: configToken, useValue: config },
        { provide: APP_CONFIG, useValue: config },
        { provide: AppLogger, useValue: new AppLogger(loggerOf(service, config)) },
        ShutdownState,
      ],
      exports: [MetricsService, configToken, APP_CONFIG, AppLogger, ShutdownState],
    };
  }
}
