/**
 * How the openai planner fails: problems with stable codes and plain details. The model's output
 * and the provider's key are never repeated; the calls already made travel with the problem, so
 * the usage of a failed proposal is still recorded.
 */
import type { ErrorCode } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { ProviderError } from '../../worker/llm/provider';
import type { ProposalCall } from '../engine/planner-engine';

/** Errors named in a bad-output detail, at most; `errors` carries up to MAX_FIELD_ERRORS. */
const DETAIL_ERRORS = 3;
const MAX_FIELD_ERRORS = 20;
const MAX_DETAIL = 1_000;

/** A planner failure, with the model calls it cost. */
export class PlannerProblem extends ProblemException {
  constructor(
    code: ErrorCode,
    detail: string,
    readonly calls: readonly ProposalCall[],
    options: { errors?: { field: string; message: string }[]; headers?: Record<string, string> } = {},
  ) {
    super(
      code,
      detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL)}…` : detail,
      options.errors,
      options.headers,
    );
  }
}

/** Two answers that could not be used: how many attempts, the last answer's first errors. */
export function badOutput(
  attempts: number,
  errors: readonly string[],
  calls: readonly ProposalCall[],
): PlannerProblem {
  const first = errors.slice(0, DETAIL_ERRORS).join('; ');
  const more = errors.length > DETAIL_ERRORS ? ` (and ${errors.length - DETAIL_ERRORS} more)` : '';
  return new PlannerProblem(
    'planner_bad_output',
    `The planner model answered unusable output ${attempts} times (${attempts} attempts, the last after being shown its errors): ${first}${more}`,
    calls,
    {
      errors: errors.slice(0, MAX_FIELD_ERRORS).map((message) => ({
        field: /^([^\s:]+):/.exec(message)?.[1] ?? 'answer',
        message,
      })),
    },
  );
}

function retryAfter(error: ProviderError): Record<string, string> {
  return error.retryAfterMs === undefined
    ? {}
    : { 'retry-after': String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))) };
}

/**
 * A provider failure as a problem: a timeout is a 504, an outage, a rate limit or an unreachable
 * server a 503 (with Retry-After when the provider sent one), a refused key or request a 502.
 * Anything else is rethrown as it is.
 */
export function providerProblem(
  error: unknown,
  calls: readonly ProposalCall[],
  secret: string,
): PlannerProblem {
  if (!(error instanceof ProviderError)) throw error;
  const said = (detail: string) => detail.split(secret).join('[redacted]');
  switch (error.code) {
    case 'provider_timeout':
      return new PlannerProblem(
        'upstream_timeout',
        'The planner model did not answer in time (PLANNER_TIMEOUT_MS)',
        calls,
      );
    case 'provider_rate_limited':
      return new PlannerProblem(
        'upstream_unavailable',
        'The planner model is rate-limited; try again shortly',
        calls,
        {
          headers: retryAfter(error),
        },
      );
    case 'provider_unavailable':
      return new PlannerProblem(
        'upstream_unavailable',
        `The planner model is unavailable (HTTP ${error.status ?? 'error'}); try again shortly`,
        calls,
        { headers: retryAfter(error) },
      );
    case 'provider_unreachable':
      return new PlannerProblem(
        'upstream_unavailable',
        'The planner model cannot be reached; try again shortly',
        calls,
      );
    case 'provider_unauthorized':
      return new PlannerProblem(
        'bad_gateway',
        `The planner model’s provider refused its credentials (HTTP ${error.status ?? 401}); check PLANNER_API_KEY`,
        calls,
      );
    case 'provider_rejected':
      return new PlannerProblem(
        'bad_gateway',
        said(`The planner model’s provider rejected the request: ${error.message}`),
        calls,
      );
    case 'provider_bad_response':
      return new PlannerProblem(
        'bad_gateway',
        said(`The planner model’s provider answered no usable completion: ${error.message}`),
        calls,
      );
  }
}
