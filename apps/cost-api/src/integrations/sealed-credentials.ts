import { Injectable } from '@nestjs/common';
import type { CredentialParts } from './credential-fields';
import { fingerprintOf } from './credential-fields';
import { IntegrationCipher } from './integration-cipher';
import { settingsOf } from './integration-mapping';
import type { IntegrationRecord } from './integration-records';
import type { ProviderSpec } from './providers';

/** The stored form of a credential: what an org_integrations row holds of it. */
export interface SealedCredential {
  ciphertext: string;
  key_id: string;
  fingerprint: string;
  base_url: string | null;
  settings: Record<string, string>;
}

const isStringMap = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/**
 * Seals a credential's secrets into a row (encrypted, bound to the org and provider) and opens a
 * row again. Settings and base URL stay in the clear; the fingerprint is the masked secret.
 */
@Injectable()
export class SealedCredentials {
  constructor(private readonly cipher: IntegrationCipher) {}

  seal(orgId: string, spec: ProviderSpec, parts: CredentialParts): SealedCredential {
    const cipher = this.cipher.use();
    return {
      ciphertext: cipher.encrypt(JSON.stringify(parts.secrets), { orgId, provider: spec.id }),
      key_id: cipher.currentKeyId,
      fingerprint: fingerprintOf(parts.secrets[spec.fingerprintField] ?? ''),
      base_url: parts.baseUrl,
      settings: parts.settings,
    };
  }

  /** The row's credential in the clear; throws CredentialCipherError when it cannot be opened. */
  open(record: IntegrationRecord): CredentialParts {
    const plaintext = this.cipher
      .use()
      .decrypt(record.ciphertext, { orgId: record.org_id, provider: record.provider });
    const secrets: unknown = JSON.parse(plaintext);
    if (!isStringMap(secrets))
      throw new Error(`the ${record.provider} credential of ${record.org_id} is not a field map`);
    return { secrets, settings: settingsOf(record), baseUrl: record.base_url };
  }
}
