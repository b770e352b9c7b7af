import { Module } from '@nestjs/common';
import { NotificationsCoreModule } from '../notifications/notifications-core.module';
import { CredentialRotation } from './credential-rotation';
import { IntegrationCheck } from './integration-check';
import { IntegrationCipher } from './integration-cipher';
import { IntegrationCredentials } from './integration-credentials.service';
import { IntegrationRecords } from './integration-records';
import { IntegrationsController } from './integrations.controller';
import { IntegrationsService } from './integrations.service';
import { SealedCredentials } from './sealed-credentials';

const STORE = [IntegrationRecords, IntegrationCipher, SealedCredentials];

/** Credentials at rest: shared by the router and the rotation command (which needs no HTTP). */
@Module({ providers: [...STORE, CredentialRotation], exports: [CredentialRotation] })
export class CredentialStoreModule {}

@Module({
  imports: [NotificationsCoreModule],
  controllers: [IntegrationsController],
  providers: [...STORE, IntegrationCheck, IntegrationsService, IntegrationCredentials],
})
export class IntegrationsModule {}
