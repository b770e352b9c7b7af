import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataClientModule } from '@slipway/data-client';
import { PlatformModule } from '@slipway/platform';
import type { CostApiConfig } from '../config';
import { CredentialRotation, type RotationReport } from './credential-rotation';
import { CredentialStoreModule } from './integrations.module';

/** What `main.js rotate-credentials` needs: data-api and the credential store, no HTTP server. */
@Module({})
class RotationCommandModule {
  static register(config: CostApiConfig): DynamicModule {
    return {
      module: RotationCommandModule,
      imports: [
        PlatformModule.forApp('cost-api', config),
        DataClientModule.forRoot({ baseUrl: config.DATA_API_URL, serviceToken: config.SERVICE_TOKEN }),
        CredentialStoreModule,
      ],
    };
  }
}

/** Re-encrypts every integration under the first key of CREDENTIALS_ENCRYPTION_KEY and says how many. */
export async function rotateCredentials(config: CostApiConfig): Promise<RotationReport> {
  const context = await NestFactory.createApplicationContext(RotationCommandModule.register(config), {
    logger: false,
  });
  try {
    return await context.get(CredentialRotation).run();
  } finally {
    await context.close();
  }
}
