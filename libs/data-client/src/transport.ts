import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, type Dispatcher } from 'undici';
import { DataApiNetworkError, type CallInfo } from './errors';
import { currentRequestId } from '@slipway/platform';

export interface RetryPolicy {
  /** Attempts in all, the first included, for calls that may be repeated. Default 3. */
  attempts: number;
  /** Backoff before the 2nd attempt; doubles each time, with jitter. Default 100 ms. */
  baseDelayMs: number;
  /** Longest wait between attempts, also the cap on a Retry-After honoured. Default 2 s. */
  maxDelayMs: number;
}

export interface TransportOptions {
  serviceToken: string;
  /** Per attempt, from sending to the whole body read. Default 10 s. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Keep-alive connections per data-api origin. Default 16. */
  connections: number;
  /** How long an idle keep-alive connection is kept. Default 30 s. */
  keepAliveTimeoutMs: number;
  /** Which calls may be sent again; default `isIdempotent` (a peer whose POSTs are idempotent says so here). */
  repeatable?: (method: string, headers: Headers) => boolean;
  /** The error for a call that got no answer; default `DataApiNetworkError`. */
  unanswered?: (call: CallInfo, attempts: number, timedOut: boolean, cause: unknown) => Error;
}

export const REQUEST_ID_HEADER = 'x-request-id';
export const SERVICE_TOKEN_HEADER = 'x-service-token';

/** Safe to send twice: the methods RFC 9110 calls idempotent, and any write guarded by If-Match. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRIED_STATUSES = new Set([502, 503, 504]);
/** Statuses whose Response may not carry a body (fetch spec). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export const isIdempotent = (method: string, headers: Headers): boolean =>
  IDEMPOTENT_METHODS.has(method.toUpperCase()) || headers.has('if-match');

/**
 * The `fetch` openapi-fetch calls: undici's pooled keep-alive Agent underneath, the service token and
 * request id stamped on, each attempt bounded by the timeout, network errors and 502/503/504 retried
 * with backoff for idempotent calls only. Other clients of Slipway services (libs/cost-client) use
 * it as their fetch too.
 */
export class Transport {
  private readonly agent: Agent;

  constructor(private readonly options: TransportOptions) {
    this.agent = new Agent({
      connections: options.connections,
      keepAliveTimeout: options.keepAliveTimeoutMs,
      connect: { timeout: options.timeoutMs },
    });
  }

  readonly fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const headers = new Headers(request.headers);
    headers.set(SERVICE_TOKEN_HEADER, this.options.serviceToken);
    if (!headers.has(REQUEST_ID_HEADER)) headers.set(REQUEST_ID_HEADER, currentRequestId() ?? randomUUID());
    const call: CallInfo = {
      method: request.method,
      url: `${url.pathname}${url.search}`,
      requestId: headers.get(REQUEST_ID_HEADER) ?? undefined,
    };
    const body = request.body === null ? null : Buffer.from(await request.arrayBuffer());
    const repeatable = (this.options.repeatable ?? isIdempotent)(request.method, headers);
    const attempts = repeatable ? Math.max(1, this.options.retry.attempts) : 1;

    for (let attempt = 1; ; attempt++) {
      const deadline = AbortSignal.timeout(this.options.timeoutMs);
      try {
        const answer = await this.agent.request({
          origin: url.origin,
          path: call.url,
          method: request.method as Dispatcher.HttpMethod,
          headers: Object.fromEntries(headers),
          body,
          signal: AbortSignal.any([request.signal, deadline]),
        });
        const content = await answer.body.arrayBuffer();
        if (RETRIED_STATUSES.has(answer.statusCode) && attempt < attempts) {
          await sleep(this.backoff(attempt, answer.headers['retry-after']));
          continue;
        }
        return toResponse(answer.statusCode, answer.headers, content);
      } catch (error) {
        if (request.signal.aborted) throw error;
        if (attempt >= attempts) {
          const unanswered = this.options.unanswered ?? dataApiUnanswered;
          throw unanswered(call, attempt, deadline.aborted, error);
        }
        await sleep(this.backoff(attempt, undefined));
      }
    }
  };

  close(): Promise<void> {
    return this.agent.close();
  }

  /** Exponential backoff with jitter (half to full), or the server's Retry-After seconds, both capped. */
  private backoff(attempt: number, retryAfter: string | string[] | undefined): number {
    const { baseDelayMs, maxDelayMs } = this.options.retry;
    const seconds =
      typeof retryAfter === 'string' && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
    if (seconds !== undefined) return Math.min(seconds * 1000, maxDelayMs);
    const exponential = Math.min(baseDelayMs * 2 ** (attempt - 1), maxDelayMs);
    return exponential / 2 + (Math.random() * exponential) / 2;
  }
}

const dataApiUnanswered = (call: CallInfo, attempts: number, timedOut: boolean, cause: unknown) =>
  new DataApiNetworkError(call, attempts, timedOut, cause);

function toResponse(
  status: number,
  raw: Record<string, string | string[] | undefined>,
  content: ArrayBuffer,
): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, item);
  }
  return new Response(NULL_BODY_STATUSES.has(status) ? null : content, { status, headers });
}
