import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataClientModule } from '@slipway/data-client';
import { PlatformModule } from '@slipway/platform';
import type { CostApiConfig } from '../config';
import { ChannelSecretRotation } from '../notifications/channels/channel-rotation';
import { ChannelSecrets } from '../notifications/channels/channel-secrets';
import { ChannelRecords } from '../notifications/records/channel-records';
import { CredentialRotation, type RotationReport } from './credential-rotation';
import { IntegrationCipher } from './integration-cipher';
import { CredentialStoreModule } from './integrations.module';

/** Notification channels' sealed secrets, under the same keys as the integrations'. */
@Module({ providers: [ChannelRecords, IntegrationCipher, ChannelSecrets, ChannelSecretRotation] })
class ChannelSecretStoreModule {}

/** What `main.js rotate-credentials` needs: data-api and the stores of sealed secrets, no HTTP server. */
@Module({})
class RotationCommandModule {
  static register(config: CostApiConfig): DynamicModule {
    return {
      module: RotationCommandModule,
      imports: [
        PlatformModule.forApp('cost-api', config),
        DataClientModule.forRoot({ baseUrl: config.DATA_API_URL, serviceToken: config.SERVICE_TOKEN }),
        CredentialStoreModule,
        ChannelSecretStoreModule,
      ],
    };
  }
}

/**
 * Re-encrypts every integration credential and notification channel secret under the first key of
 * CREDENTIALS_ENCRYPTION_KEY and says how many, both counted together.
 */
export async function rotateCredentials(config: CostApiConfig): Promise<RotationReport> {
  const context = await NestFactory.createApplicationContext(RotationCommandModule.register(config), {
    logger: false,
  });
  try {
    const integrations = await context.get(CredentialRotation).run();
    const channels = await context.get(ChannelSecretRotation).run();
    return {
      rotated: integrations.rotated + channels.rotated,
      current: integrations.current + channels.current,
      failed: integrations.failed + channels.failed,
      key_id: integrations.key_id,
    };
  } finally {
    await context.close();
  }
}
