import { ProblemException } from '@slipway/platform';
import { randomBytes } from 'node:crypto';
import { CostApiConfig } from '../config';
import { IntegrationCipher } from './integration-cipher';

const configWith = (keys: string | undefined) =>
  Object.assign(new CostApiConfig(), { CREDENTIALS_ENCRYPTION_KEY: keys });

describe('IntegrationCipher', () => {
  it('seals with the first configured key', () => {
    const cipher = new IntegrationCipher(configWith(`k7:${randomBytes(32).toString('base64')}`));
    expect(cipher.configured).toBe(true);
    expect(cipher.use().currentKeyId).toBe('k7');
  });

  it('without CREDENTIALS_ENCRYPTION_KEY stores and reads nothing: 503, saying why', () => {
    const cipher = new IntegrationCipher(configWith(undefined));
    expect(cipher.configured).toBe(false);
    const refused = (() => {
      try {
        cipher.use();
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(ProblemException);
    expect(refused).toMatchObject({ code: 'unavailable', status: 503 });
    expect(String(refused)).toMatch(/CREDENTIALS_ENCRYPTION_KEY is not configured/);
  });
});
