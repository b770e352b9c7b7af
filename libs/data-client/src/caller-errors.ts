import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { ErrorCode } from '@slipway/contracts';
import { DataApiClientError, DataApiError } from './errors';
import { ProblemException } from '@slipway/platform';
import { catchError, type Observable, throwError } from 'rxjs';

/** data-api's refusals of what the caller sent, and what the caller is told. */
const CALLER_CODES: Partial<Record<ErrorCode, ErrorCode>> = {
  bad_request: 'bad_request',
  not_found: 'not_found',
  route_not_found: 'not_found',
  conflict: 'conflict',
  idempotency_conflict: 'conflict',
  // The caller sent no If-Match: a stale version of ours means someone changed the record meanwhile.
  precondition_failed: 'conflict',
  payload_too_large: 'payload_too_large',
  uri_too_long: 'uri_too_long',
  headers_too_large: 'headers_too_large',
  validation_failed: 'validation_failed',
};

/**
 * What the caller is answered for a data-api error met on its behalf. A 4xx of data-api refuses
 * input that came from the caller (a cursor, a project id naming nothing, its e-mail): the caller
 * gets that 4xx, with data-api's detail and field errors. Everything else stays our failure: a
 * 5xx, no answer, a 401/403 (our service token) become the 500 of any unexpected error.
 */
export function callerProblem(error: DataApiClientError): ProblemException | DataApiClientError {
  if (!(error instanceof DataApiError) || error.code === 'unexpected_response') return error;
  const code = CALLER_CODES[error.code];
  if (code === undefined) return error;
  return new ProblemException(code, error.detail, error.errors.length ? error.errors : undefined);
}

/**
 * Every HTTP route's data-api errors, mapped in one place (see `callerProblem`). An interceptor rather
 * than a filter: it sees the error first, whatever order the app's filters were registered in.
 */
@Injectable()
export class DataApiErrorsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    // Stream consumers keep data-api's errors: their retry and dead-letter rules read them.
    if (context.getType() !== 'http') return next.handle();
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() => (error instanceof DataApiClientError ? callerProblem(error) : error)),
        ),
      );
  }
}
