import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import type { CostApiConfig } from '../config';
import { CredentialCipher, parseCredentialKeys } from './credential-cipher';

/** The cipher of CREDENTIALS_ENCRYPTION_KEY; without the variable, no credential can be stored or read (503). */
@Injectable()
export class IntegrationCipher {
  private readonly cipher: CredentialCipher | null;

  constructor(@Inject(APP_CONFIG) config: CostApiConfig) {
    const keys = config.CREDENTIALS_ENCRYPTION_KEY;
    this.cipher = keys ? new CredentialCipher(parseCredentialKeys(keys)) : null;
  }

  get configured(): boolean {
    return this.cipher !== null;
  }

  use(): CredentialCipher {
    if (!this.cipher)
      throw new ProblemException(
        'unavailable',
        'CREDENTIALS_ENCRYPTION_KEY is not configured: integration credentials cannot be stored or read',
      );
    return this.cipher;
  }
}
