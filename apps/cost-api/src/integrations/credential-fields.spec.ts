import { IntegrationSetupDto } from '@slipway/contracts';
import { getMetadataStorage } from 'class-validator';
import { fingerprintOf, normalizeBaseUrl, readCredentialFields } from './credential-fields';
import { parseProviderBaseUrls } from './provider-request';
import { CREDENTIAL_FIELD_NAMES, PROVIDERS } from './providers';

describe('IntegrationSetupDto', () => {
  it('declares exactly the fields the catalogue’s providers take', () => {
    const declared = getMetadataStorage()
      .getTargetValidationMetadatas(IntegrationSetupDto, '', true, false)
      .map((meta) => meta.propertyName);
    expect([...new Set(declared)].sort()).toEqual([...CREDENTIAL_FIELD_NAMES].sort());
  });
});

describe('readCredentialFields', () => {
  it('sorts a body into secrets, settings and the base URL', () => {
    expect(
      readCredentialFields(PROVIDERS.azure_openai, {
        api_key: 'abc123',
        endpoint: 'https://res.openai.azure.com/',
        api_version: '2024-10-21',
      }),
    ).toEqual({
      parts: {
        secrets: { api_key: 'abc123' },
        settings: { api_version: '2024-10-21' },
        baseUrl: 'https://res.openai.azure.com',
      },
    });
  });

  it('names every missing, unknown and malformed field, never a value', () => {
    const read = readCredentialFields(PROVIDERS.bedrock, {
      access_key_id: 'AKIA 0000',
      region: 'Mars',
      api_key: 'sk-leak-me',
    });
    expect(read).toEqual({
      errors: [
        { field: 'api_key', message: 'api_key is not a credential field of AWS Bedrock' },
        { field: 'access_key_id', message: 'access_key_id must be printable ASCII without spaces' },
        { field: 'secret_access_key', message: 'secret_access_key is required' },
        { field: 'region', message: 'region is not in the expected form (AWS region, such as us-east-1)' },
      ],
    });
    expect(JSON.stringify(read)).not.toContain('sk-leak-me');
  });

  it('refuses non-string and empty values', () => {
    expect(readCredentialFields(PROVIDERS.openai, { api_key: 42 })).toEqual({
      errors: [{ field: 'api_key', message: 'api_key must be a non-empty string' }],
    });
    expect(readCredentialFields(PROVIDERS.openai, { api_key: '' })).toEqual({
      errors: [{ field: 'api_key', message: 'api_key must be a non-empty string' }],
    });
  });

  it('takes a base URL only where the provider has one', () => {
    expect(readCredentialFields(PROVIDERS.openai, { api_key: 'k', base_url: 'https://x' })).toEqual({
      errors: [{ field: 'base_url', message: 'base_url is not a credential field of OpenAI' }],
    });
    expect(readCredentialFields(PROVIDERS.github, { token: 'ghp_1' })).toEqual({
      parts: { secrets: { token: 'ghp_1' }, settings: {}, baseUrl: null },
    });
  });
});

describe('normalizeBaseUrl', () => {
  it.each([
    ['https://git.example.com/', { url: 'https://git.example.com' }],
    ['http://127.0.0.1:3000/gitea', { url: 'http://127.0.0.1:3000/gitea' }],
    ['ftp://example.com', { problem: 'must be an http or https URL' }],
    ['file:///etc/passwd', { problem: 'must be an http or https URL' }],
    ['https://user:pw@example.com', { problem: 'must not carry a user or password' }],
    ['https://example.com/?key=1', { problem: 'must not carry a query or fragment' }],
    ['https://example.com/?', { problem: 'must not carry a query or fragment' }],
    ['example.com', { problem: 'must be an absolute http(s) URL' }],
  ])('%s', (text, expected) => {
    expect(normalizeBaseUrl(text)).toEqual(expected);
  });
});

describe('fingerprintOf', () => {
  it.each([
    ['sk-proj-0123456789abcdwxyz', 'sk-…wxyz'],
    ['gsk_0123456789abcdefwxyz', 'gsk_…wxyz'],
    ['AKIAIOSFODNN7EXAMPLE', '…MPLE'],
    ['short-key', '…'],
  ])('%s → %s', (secret, expected) => {
    expect(fingerprintOf(secret)).toBe(expected);
  });
});

describe('parseProviderBaseUrls', () => {
  it('reads provider=url pairs', () => {
    expect(parseProviderBaseUrls('openai=http://127.0.0.1:9999/, anthropic=https://a.example')).toEqual({
      openai: 'http://127.0.0.1:9999',
      anthropic: 'https://a.example',
    });
    expect(parseProviderBaseUrls('')).toEqual({});
  });

  it('refuses unknown providers and non-http URLs', () => {
    expect(() => parseProviderBaseUrls('nope=http://x')).toThrow(/known provider/);
    expect(() => parseProviderBaseUrls('openai')).toThrow(/known provider/);
    expect(() => parseProviderBaseUrls('openai=ftp://x')).toThrow(/the URL of openai must be an http/);
  });
});
