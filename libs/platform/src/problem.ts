import { HttpException } from '@nestjs/common';
import { ERROR_CATALOGUE, type ErrorCode, type FieldErrorDto } from '@slipway/contracts';

/** A domain error with a stable code; the problem filter turns it into problem+json. */
export class ProblemException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly errors?: FieldErrorDto[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }

  static notFound(what: string): ProblemException {
    return new ProblemException('not_found', `${what} was not found`);
  }

  static validation(errors: FieldErrorDto[]): ProblemException {
    return new ProblemException('validation_failed', errors.map((e) => e.message).join('; '), errors);
  }
}

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
  431: 'headers_too_large',
  503: 'unavailable',
};

/** Maps anything thrown to a code and a detail that is safe to show. */
export function toProblem(error: unknown): ProblemException {
  if (error instanceof ProblemException) return error;
  if (error instanceof HttpException) {
    const code = CODE_BY_STATUS[error.getStatus()] ?? (error.getStatus() >= 500 ? 'internal' : 'bad_request');
    return new ProblemException(code, code === 'internal' ? ERROR_CATALOGUE.internal.title : error.message);
  }
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    const code = CODE_BY_STATUS[status] ?? 'bad_request';
    return new ProblemException(code, clientMessage(code, error));
  }
  return new ProblemException(
    'internal',
    'An unexpected error occurred; quote the request id when reporting it',
  );
}

function statusOf(error: unknown): number | undefined {
  if (
    typeof error === 'object' &&
    error !== null &&
    'statusCode' in error &&
    typeof error.statusCode === 'number'
  ) {
    return error.statusCode;
  }
  return undefined;
}

function isFastifyError(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

function clientMessage(code: ErrorCode, error: unknown): string {
  if (code === 'payload_too_large') return 'The request body exceeds the size limit';
  if (code === 'uri_too_long') return 'A path parameter is longer than 100 characters';
  if (isFastifyError(error, 'FST_ERR_BAD_URL')) return 'The URL is not valid percent-encoded UTF-8';
  if (code === 'bad_request' && error instanceof SyntaxError) return 'The request body is not valid JSON';
  return error instanceof Error ? error.message : ERROR_CATALOGUE[code].title;
}
