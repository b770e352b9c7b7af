/** Reading what an OpenAI-compatible server answers: a failure by its status, in the provider's words. */
import type { IncomingHttpHeaders } from 'node:http';
import type { ProviderErrorCode } from './provider';

export interface Failure {
  code: ProviderErrorCode;
  retryable: boolean;
  /** Follows the provider's name in the error message. */
  detail: string;
  status?: number;
  retryAfterMs?: number;
  cause?: unknown;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const field = (value: unknown, name: string): unknown => (isRecord(value) ? value[name] : undefined);
const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Retry-After as seconds or an HTTP date, or OpenAI's `retry-after-ms`; undefined when absent. */
function retryAfterMs(headers: IncomingHttpHeaders): number | undefined {
  const milliseconds = headerValue(headers['retry-after-ms'])?.trim();
  if (milliseconds && /^\d+(\.\d+)?$/.test(milliseconds)) return Number(milliseconds);
  const value = headerValue(headers['retry-after'])?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** The provider's own words: OpenAI's `{"error": {"message"}}`, else the start of the body. */
function providerMessage(text: string): string {
  try {
    const json: unknown = JSON.parse(text);
    const message = field(field(json, 'error'), 'message') ?? field(json, 'message');
    if (typeof message === 'string' && message.trim()) return message.trim();
  } catch {
    // Not JSON: fall back to the text itself.
  }
  return text.trim().slice(0, 300) || 'no error message';
}

export function failureOf(status: number, headers: IncomingHttpHeaders, text: string): Failure {
  const detail = `answered ${status}: ${providerMessage(text)}`;
  if (status === 429)
    return {
      code: 'provider_rate_limited',
      retryable: true,
      status,
      detail,
      retryAfterMs: retryAfterMs(headers),
    };
  if (status >= 500)
    return {
      code: 'provider_unavailable',
      retryable: true,
      status,
      detail,
      retryAfterMs: retryAfterMs(headers),
    };
  if (status === 401 || status === 403)
    return { code: 'provider_unauthorized', retryable: false, status, detail };
  if (status >= 400) return { code: 'provider_rejected', retryable: false, status, detail };
  return { code: 'provider_bad_response', retryable: false, status, detail };
}
