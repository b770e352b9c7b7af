import { Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataApiClient, type DataApiClientOptions } from './data-api.client';

/**
 * `DataClientModule.forRoot({ baseUrl, serviceToken })` in an app's root module makes one
 * `DataApiClient` injectable everywhere; its connections close when the app shuts down.
 */
@Module({})
export class DataClientModule implements OnApplicationShutdown {
  constructor(private readonly client: DataApiClient) {}

  static forRoot(options: DataApiClientOptions): DynamicModule {
    return {
      module: DataClientModule,
      global: true,
      providers: [{ provide: DataApiClient, useFactory: () => new DataApiClient(options) }],
      exports: [DataApiClient],
    };
  }

  onApplicationShutdown(): Promise<void> {
    return this.client.close();
  }
}
