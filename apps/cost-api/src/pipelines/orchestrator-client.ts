import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Principal } from '@slipway/identity';
import { APP_CONFIG, currentRequestId, ProblemException } from '@slipway/platform';
import { ERROR_CATALOGUE, type ErrorCode, type FieldErrorDto } from '@slipway/contracts';
import { Pool } from 'undici';
import type { CostApiConfig } from '../config';

const TIMEOUT_MS = 30_000;

interface Problem {
  code?: unknown;
  detail?: unknown;
  errors?: unknown;
}

/** orchestrator-runs' refusal as this service's: the same code, detail and field errors; its failures a 502. */
function relayed(status: number, body: unknown, retryAfter: string | undefined): ProblemException {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Problem;
  const code =
    typeof problem.code === 'string' && problem.code in ERROR_CATALOGUE ? (problem.code as ErrorCode) : null;
  if (status >= 500 || code === null)
    return new ProblemException('bad_gateway', `orchestrator-runs answered ${status}`);
  const errors = Array.isArray(problem.errors) ? (problem.errors as FieldErrorDto[]) : undefined;
  const detail = typeof problem.detail === 'string' ? problem.detail : ERROR_CATALOGUE[code].title;
  return new ProblemException(code, detail, errors, retryAfter ? { 'Retry-After': retryAfter } : {});
}

/**
 * orchestrator-runs as the pipelines proxy calls it: with the service token, on behalf of the
 * forwarded user when there is one (an org key or the root key acts as the service), carrying the
 * request id. A refusal comes back as the same problem (a 429 of admission stays a 429).
 */
@Injectable()
export class OrchestratorClient implements OnApplicationShutdown {
  private readonly pool: Pool;

  constructor(@Inject(APP_CONFIG) private readonly config: CostApiConfig) {
    this.pool = new Pool(config.ORCHESTRATOR_URL, {
      connections: 16,
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
    });
  }

  async call(method: 'GET' | 'POST', path: string, principal: Principal, body?: unknown): Promise<unknown> {
    const requestId = currentRequestId();
    const headers: Record<string, string> = {
      'x-service-token': this.config.SERVICE_TOKEN,
      accept: 'application/json',
      ...(requestId ? { 'x-request-id': requestId } : {}),
      ...(principal.kind === 'user'
        ? {
            'x-user-id': principal.id,
            ...(principal.email ? { 'x-user-email': principal.email } : {}),
            'x-user-role': principal.role,
          }
        : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    };
    let answer: Awaited<ReturnType<Pool['request']>>;
    let parsed: unknown;
    try {
      answer = await this.pool.request({
        method,
        path,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await answer.body.text();
      parsed = text ? (JSON.parse(text) as unknown) : null;
    } catch {
      throw new ProblemException('upstream_unavailable', 'orchestrator-runs did not answer', [], {
        'Retry-After': '5',
      });
    }
    if (answer.statusCode < 300) return parsed;
    const retryAfter = answer.headers['retry-after'];
    throw relayed(answer.statusCode, parsed, typeof retryAfter === 'string' ? retryAfter : undefined);
  }

  onApplicationShutdown(): Promise<void> {
    return this.pool.close();
  }
}
