import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { BaseConfig } from './config';
import { ShutdownState } from './health';
import { MetricsController, MetricsService } from './metrics';

/** What every app imports once: its validated config and /metrics. */
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
        ShutdownState,
      ],
      exports: [MetricsService, configToken, ShutdownState],
    };
  }
}
