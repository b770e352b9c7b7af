import { Injectable } from '@nestjs/common';
import type { IntegrationCredentialDto } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { Organization } from '../organizations/org-directory';
import { CredentialCipherError } from './credential-cipher';
import type { CredentialParts } from './credential-fields';
import { IntegrationCheck } from './integration-check';
import { IntegrationRecords } from './integration-records';
import { specOf } from './integrations.service';
import { SealedCredentials } from './sealed-credentials';

/**
 * A validated credential in the clear, for the services that call providers on an organization's
 * behalf (the agent-worker). Only a valid integration is handed out; anything else is a 404, so a
 * caller falls back to its own.
 */
@Injectable()
export class IntegrationCredentials {
  constructor(
    private readonly records: IntegrationRecords,
    private readonly sealed: SealedCredentials,
    private readonly check: IntegrationCheck,
  ) {}

  async valid(org: Organization, provider: string): Promise<IntegrationCredentialDto> {
    const spec = specOf(provider);
    const record = await this.records.find(org.id, spec.id);
    if (!record || record.status !== 'valid' || record.validated_at === null)
      throw ProblemException.notFound(`A valid ${spec.id} integration of ${org.slug}`);
    let parts: CredentialParts;
    try {
      parts = this.sealed.open(record);
    } catch (error) {
      if (!(error instanceof CredentialCipherError)) throw error;
      throw new ProblemException(
        'unavailable',
        `The ${spec.id} credential of ${org.slug} cannot be opened (${error.message})`,
      );
    }
    return {
      provider: spec.id,
      base_url: this.check.baseUrlOf(spec, parts) ?? '',
      settings: parts.settings,
      secrets: parts.secrets,
      fingerprint: record.fingerprint,
      validated_at: record.validated_at,
    };
  }
}
