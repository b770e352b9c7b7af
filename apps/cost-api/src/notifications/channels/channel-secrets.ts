import { Injectable } from '@nestjs/common';
import { IntegrationCipher } from '../../integrations/integration-cipher';
import type { ChannelRecord } from '../records/channel-records';
import type { ChannelSecret } from './channel-settings';

/** The associated data of a channel's ciphertext: bound to its organization, so it opens nowhere else. */
const owner = (orgId: string) => ({ orgId, provider: 'notification-channel' });

const isSecret = (value: unknown): value is ChannelSecret =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/**
 * Seals a channel's secret with the integrations' cipher (AES-256-GCM under
 * CREDENTIALS_ENCRYPTION_KEY, with its key id) and opens it again for a send. Never logs it.
 */
@Injectable()
export class ChannelSecrets {
  constructor(private readonly cipher: IntegrationCipher) {}

  /** The row's columns for a secret (both null for none). */
  seal(
    orgId: string,
    secret: ChannelSecret | null,
  ): { secret_ciphertext: string | null; secret_key_id: string | null } {
    if (secret === null) return { secret_ciphertext: null, secret_key_id: null };
    const cipher = this.cipher.use();
    return {
      secret_ciphertext: cipher.encrypt(JSON.stringify(secret), owner(orgId)),
      secret_key_id: cipher.currentKeyId,
    };
  }

  /** The row's ciphertext under the current key (the same when it already is); throws CredentialCipherError. */
  reseal(
    record: Pick<ChannelRecord, 'org_id' | 'secret_ciphertext'>,
  ): { secret_ciphertext: string; secret_key_id: string } | null {
    if (record.secret_ciphertext === null) return null;
    const cipher = this.cipher.use();
    return {
      secret_ciphertext: cipher.reencrypt(record.secret_ciphertext, owner(record.org_id)),
      secret_key_id: cipher.currentKeyId,
    };
  }

  /** The row's secret in the clear ({} when it has none); throws CredentialCipherError when it cannot be opened. */
  open(record: Pick<ChannelRecord, 'org_id' | 'secret_ciphertext'>): ChannelSecret {
    if (record.secret_ciphertext === null) return {};
    const parsed: unknown = JSON.parse(
      this.cipher.use().decrypt(record.secret_ciphertext, owner(record.org_id)),
    );
    if (!isSecret(parsed)) throw new Error('a notification channel’s sealed secret is not a field map');
    return parsed;
  }
}
