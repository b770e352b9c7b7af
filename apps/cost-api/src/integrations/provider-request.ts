import { amzDateOf, sha256Hex, sigV4Authorization } from './aws-sigv4';
import type { CredentialParts } from './credential-fields';
import { normalizeBaseUrl } from './credential-fields';
import { isProviderId, type ProviderId, type ProviderSpec } from './providers';

export const USER_AGENT = 'slipway-cost-api';

/** The check call of a provider, ready to send. */
export interface CheckRequest {
  url: URL;
  headers: Record<string, string>;
}

/**
 * Reads PROVIDER_BASE_URLS: `openai=http://127.0.0.1:9999/openai,anthropic=…`, each a known
 * provider and an http(s) URL. Throws naming the entry.
 */
export function parseProviderBaseUrls(value: string): Partial<Record<ProviderId, string>> {
  const result: Partial<Record<ProviderId, string>> = {};
  for (const entry of value.split(',').map((e) => e.trim())) {
    if (entry === '') continue;
    const equals = entry.indexOf('=');
    const provider = entry.slice(0, Math.max(equals, 0));
    if (!isProviderId(provider)) throw new Error(`"${entry}" must be <provider>=<url> with a known provider`);
    const url = normalizeBaseUrl(entry.slice(equals + 1));
    if ('problem' in url) throw new Error(`the URL of ${provider} ${url.problem}`);
    result[provider] = url.url;
  }
  return result;
}

/**
 * Where a provider's calls go: the integration's own base URL, else the configured override,
 * else the provider's default (its `{setting}` placeholders filled). Undefined when none applies.
 */
export function baseUrlOf(
  spec: ProviderSpec,
  parts: Pick<CredentialParts, 'baseUrl' | 'settings'>,
  overrides: Partial<Record<ProviderId, string>>,
): string | undefined {
  if (parts.baseUrl) return parts.baseUrl;
  const base = overrides[spec.id] ?? spec.defaultBaseUrl;
  return base?.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(parts.settings[name] ?? ''));
}

/** The provider's cheapest authenticated call with this credential, at `baseUrl`. */
export function checkRequestOf(
  spec: ProviderSpec,
  parts: CredentialParts,
  baseUrl: string,
  now: Date,
): CheckRequest {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}${spec.check.path}`);
  for (const [parameter, setting] of Object.entries(spec.check.query ?? {}))
    url.searchParams.set(parameter, parts.settings[setting] ?? '');
  const headers: Record<string, string> = {
    accept: 'application/json',
    'user-agent': USER_AGENT,
    ...spec.check.headers,
  };
  const auth = spec.check.auth;
  const secret = (field: string) => parts.secrets[field] ?? '';
  switch (auth.scheme) {
    case 'bearer':
      headers.authorization = `Bearer ${secret(auth.field)}`;
      break;
    case 'token':
      headers.authorization = `token ${secret(auth.field)}`;
      break;
    case 'header':
      headers[auth.header] = secret(auth.field);
      break;
    case 'sigv4':
      Object.assign(headers, sigV4Headers(url, parts, auth.service, now));
      break;
  }
  return { url, headers };
}

/** host, x-amz-date, the session token if any, and the Authorization signing them. */
function sigV4Headers(url: URL, parts: CredentialParts, service: string, now: Date): Record<string, string> {
  const token = parts.secrets.session_token;
  const signed: Record<string, string> = {
    host: url.host,
    'x-amz-date': amzDateOf(now),
    ...(token ? { 'x-amz-security-token': token } : {}),
  };
  const authorization = sigV4Authorization({
    method: 'GET',
    url,
    headers: signed,
    payloadHash: sha256Hex(''),
    region: parts.settings.region ?? '',
    service,
    accessKeyId: parts.secrets.access_key_id ?? '',
    secretAccessKey: parts.secrets.secret_access_key ?? '',
    amzDate: signed['x-amz-date'] ?? '',
  });
  return { ...signed, authorization };
}
