import { Agent, request } from 'undici';
import type { CredentialParts } from './credential-fields';
import { baseUrlOf, checkRequestOf } from './provider-request';
import type { ProviderId, ProviderSpec } from './providers';

/** What a check found: the provider took the credential, or why it did not. */
export interface CheckOutcome {
  status: 'valid' | 'invalid';
  /** Null when valid. Safe to store and show: never holds the secret. */
  reason: string | null;
}

export interface ProviderCheckOptions {
  /** The whole call, connect to last byte. */
  timeoutMs: number;
  /** PROVIDER_BASE_URLS: where each provider's calls go instead of its default. */
  baseUrls: Partial<Record<ProviderId, string>>;
}

/** The reason for an HTTP status that is not 2xx. */
export function reasonOfStatus(status: number): string {
  if (status === 401 || status === 403) return `rejected by provider (${status})`;
  if (status === 404) return 'check endpoint not found (404): is the base URL right?';
  if (status === 429) return 'rate limited by provider (429): validate again later';
  if (status >= 300 && status < 400) return `provider answered a redirect (${status}), not followed`;
  return `unexpected answer from provider (${status})`;
}

const property = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;

/**
 * The innermost message of an error (undici may wrap the socket's), e.g. `connect ECONNREFUSED
 * 127.0.0.1:9`. Read by shape: errors of node's own realm are no `Error` of a test's.
 */
export function networkReason(error: unknown): string {
  let current = error;
  for (
    let depth = 0;
    depth < 5 && typeof property(property(current, 'cause'), 'message') === 'string';
    depth++
  )
    current = property(current, 'cause');
  const message = property(current, 'message');
  return typeof message === 'string' && message !== '' ? message : 'connection failed';
}

export const scrub = (text: string, secrets: readonly string[]): string =>
  secrets.reduce((message, secret) => (secret ? message.split(secret).join('[redacted]') : message), text);

/**
 * Calls a provider's cheapest authenticated endpoint with a credential and says whether it was
 * accepted. No redirect is followed (the credential would go with it), the body is read and
 * dropped, and nothing of the credential reaches the outcome.
 */
export class ProviderCheck {
  private readonly agent: Agent;

  constructor(private readonly options: ProviderCheckOptions) {
    this.agent = new Agent({
      connect: { timeout: options.timeoutMs },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      keepAliveTimeout: 10_000,
    });
  }

  /** Where this credential's calls go (see baseUrlOf). */
  baseUrlOf(spec: ProviderSpec, parts: CredentialParts): string | undefined {
    return baseUrlOf(spec, parts, this.options.baseUrls);
  }

  async check(spec: ProviderSpec, parts: CredentialParts, now = new Date()): Promise<CheckOutcome> {
    const secrets = Object.values(parts.secrets);
    const baseUrl = this.baseUrlOf(spec, parts);
    if (baseUrl === undefined) return { status: 'invalid', reason: `${spec.label} needs a base URL` };
    const { url, headers } = checkRequestOf(spec, parts, baseUrl, now);
    const deadline = AbortSignal.timeout(this.options.timeoutMs);
    try {
      const response = await request(url, {
        method: 'GET',
        headers,
        signal: deadline,
        dispatcher: this.agent,
      });
      await response.body.dump({ limit: 64 * 1024 });
      if (response.statusCode >= 200 && response.statusCode < 300) return { status: 'valid', reason: null };
      return { status: 'invalid', reason: reasonOfStatus(response.statusCode) };
    } catch (error) {
      const why = deadline.aborted ? `no answer within ${this.options.timeoutMs} ms` : networkReason(error);
      return { status: 'invalid', reason: scrub(`unreachable: ${why}`, secrets) };
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
