import { ValidateBy } from 'class-validator';
import { parseCredentialKeys } from './credential-cipher';
import { parseProviderBaseUrls } from './provider-request';

/** A setting whose text `parse` must accept; its error (which never quotes a key) is the message. */
export const Parses = (name: string, parse: (text: string) => unknown) =>
  ValidateBy({
    name,
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        try {
          parse(value);
          return true;
        } catch {
          return false;
        }
      },
      defaultMessage: (args) => {
        try {
          parse(String(args?.value));
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
        return `${name} is not valid`;
      },
    },
  });

/** CREDENTIALS_ENCRYPTION_KEY: `kid:base64-of-32-bytes[,kid:…]`. */
export const CredentialKeys = () => Parses('credentialKeys', parseCredentialKeys);

/** PROVIDER_BASE_URLS: `provider=url[,provider=url]`. */
export const ProviderBaseUrls = () => Parses('providerBaseUrls', parseProviderBaseUrls);
