import { ERROR_CATALOGUE, type ErrorCode, type ProblemDto } from '@slipway/contracts';

/** Any failure of a data-api call: the server's problem answer, or no answer at all. */
export abstract class DataApiClientError extends Error {
  abstract readonly kind: 'problem' | 'network';
}

/** What a call was, for messages and logs. */
export interface CallInfo {
  method: string;
  url: string;
  requestId: string | undefined;
}

/**
 * data-api answered with an error status. `code` is the catalogue code of the problem+json body;
 * `unexpected_response` when the answer was not problem+json (a proxy's 502 page, say).
 */
export class DataApiError extends DataApiClientError {
  readonly kind = 'problem';
  readonly status: number;
  readonly code: ErrorCode | 'unexpected_response';
  readonly detail: string;
  readonly errors: { field: string; message: string }[];
  readonly requestId: string | undefined;
  readonly method: string;
  readonly url: string;
  /** The problem+json body as sent, when there was one. */
  readonly problem: ProblemDto | undefined;

  constructor(status: number, problem: ProblemDto | undefined, call: CallInfo, text?: string) {
    const detail = problem?.detail ?? (text ? text.slice(0, 500) : `HTTP ${status}`);
    super(
      `data-api ${call.method} ${call.url} → ${status} ${problem?.code ?? ''}: ${detail}`.replace(/ +:/, ':'),
    );
    this.name = new.target.name;
    this.status = status;
    this.code = problem?.code ?? 'unexpected_response';
    this.detail = detail;
    this.errors = problem?.errors ?? [];
    this.requestId = problem?.request_id ?? call.requestId;
    this.method = call.method;
    this.url = call.url;
    this.problem = problem;
  }

  /** The typed error for a non-2xx answer: a subclass for the codes callers usually branch on. */
  static from(status: number, body: unknown, call: CallInfo): DataApiError {
    const problem = isProblem(body) ? body : undefined;
    const text = typeof body === 'string' ? body : undefined;
    const Type = (problem && SUBCLASSES[problem.code]) ?? DataApiError;
    return new Type(status, problem, call, text);
  }
}

export class DataApiNotFoundError extends DataApiError {}

/**
 * A path parameter no URL can carry as a segment of its own: empty, `.` or `..` would be resolved
 * away (`/api/artifacts/..` is `/api/`), reaching another route. No record has such an id, so the
 * call fails as not found without a request.
 */
export class DataApiUnaddressableError extends DataApiNotFoundError {
  override readonly code = 'not_found';

  constructor(method: string, path: string, parameter: string, value: string) {
    super(
      404,
      undefined,
      { method, url: path, requestId: undefined },
      `${parameter} ${JSON.stringify(value)} names no record: a path segment cannot be empty, "." or ".."`,
    );
  }
}
export class DataApiConflictError extends DataApiError {}
/** If-Match named a version that is no longer current: re-read, re-apply, retry. */
export class DataApiPreconditionFailedError extends DataApiError {}
/** 422: `errors` lists the fields. */
export class DataApiValidationError extends DataApiError {}

const SUBCLASSES: Partial<Record<ErrorCode, typeof DataApiError>> = {
  not_found: DataApiNotFoundError,
  conflict: DataApiConflictError,
  idempotency_conflict: DataApiConflictError,
  precondition_failed: DataApiPreconditionFailedError,
  validation_failed: DataApiValidationError,
};

/** No HTTP answer: connection refused or reset, DNS, or the timeout — after every allowed attempt. */
export class DataApiNetworkError extends DataApiClientError {
  readonly kind = 'network';
  readonly method: string;
  readonly url: string;
  readonly requestId: string | undefined;
  readonly attempts: number;
  readonly timedOut: boolean;

  constructor(call: CallInfo, attempts: number, timedOut: boolean, cause: unknown) {
    super(
      `data-api ${call.method} ${call.url} failed after ${attempts} attempt(s): ${unansweredReason(timedOut, cause)}`,
      { cause },
    );
    this.name = 'DataApiNetworkError';
    this.method = call.method;
    this.url = call.url;
    this.requestId = call.requestId;
    this.attempts = attempts;
    this.timedOut = timedOut;
  }
}

/** Why a call got no answer, for messages: `timed out`, or the error's code and message (`ECONNREFUSED …`). */
export function unansweredReason(timedOut: boolean, cause: unknown): string {
  if (timedOut) return 'timed out';
  if (!(cause instanceof Error)) return String(cause);
  const code = 'code' in cause && typeof cause.code === 'string' ? `${cause.code} ` : '';
  return `${code}${cause.message}`;
}

const CODES = new Set<string>(Object.keys(ERROR_CATALOGUE));

export function isProblem(body: unknown): body is ProblemDto {
  if (typeof body !== 'object' || body === null) return false;
  return (
    'status' in body &&
    typeof body.status === 'number' &&
    'code' in body &&
    typeof body.code === 'string' &&
    CODES.has(body.code) &&
    'detail' in body &&
    typeof body.detail === 'string'
  );
}
