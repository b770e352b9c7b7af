import type { ErrorCode, FieldErrorDto, ProblemDto } from '@slipway/contracts';
import { unansweredReason, type CallInfo } from '@slipway/data-client';

/** Any failure of a call to cost-api's validator: a refusal it answered, or no usable answer. */
export abstract class CostApiError extends Error {
  abstract readonly kind: 'refused' | 'unavailable';
  readonly method: string;
  readonly url: string;
  readonly requestId: string | undefined;

  protected constructor(message: string, call: CallInfo, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.method = call.method;
    this.url = call.url;
    this.requestId = call.requestId;
  }
}

/**
 * cost-api refused the call with a problem+json 4xx: an admission refused (429 `quota_exceeded`,
 * naming the quota, its usage, limit and reset), a configuration it will not admit (422
 * `integration_invalid`, `model_unpriced`), a suspended organization (403), or a call of ours it
 * could not take (401, 404, 409). `retryAfter` is the Retry-After header as sent.
 */
export class AdmissionRefusedError extends CostApiError {
  readonly kind = 'refused';
  readonly status: number;
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors: FieldErrorDto[];
  readonly retryAfter: string | undefined;
  readonly problem: ProblemDto;

  constructor(problem: ProblemDto, retryAfter: string | undefined, call: CallInfo) {
    super(`cost-api ${call.method} ${call.url} → ${problem.status} ${problem.code}: ${problem.detail}`, call);
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.retryAfter = retryAfter;
    this.problem = problem;
  }
}

/** cost-api gave no usable answer: unreachable, timed out, a 5xx, or a body that is not its own. */
export class CostApiUnavailableError extends CostApiError {
  readonly kind = 'unavailable';
  /** The HTTP status when there was an answer. */
  readonly status: number | undefined;

  constructor(reason: string, call: CallInfo, status?: number, cause?: unknown) {
    super(
      `cost-api ${call.method} ${call.url}: ${reason}`,
      call,
      cause === undefined ? undefined : { cause },
    );
    this.status = status;
  }

  /** The transport's error for a call that got no answer after every allowed attempt. */
  static unanswered(
    call: CallInfo,
    attempts: number,
    timedOut: boolean,
    cause: unknown,
  ): CostApiUnavailableError {
    return new CostApiUnavailableError(
      `no answer after ${attempts} attempt(s): ${unansweredReason(timedOut, cause)}`,
      call,
      undefined,
      cause,
    );
  }
}
