import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { ProblemException } from '@slipway/platform';
import { catchError, type Observable, throwError } from 'rxjs';
import { AdmissionRefusedError, CostApiError } from './errors';

/** cost-api's refusals the caller is answered with as they are: the quota, the configuration, the organization. */
const CALLER_STATUSES = new Set([403, 422, 429]);

/**
 * What the caller of a route is answered for a cost-api error met on its behalf. An admission
 * refused (429 `quota_exceeded`, with cost-api's detail, errors and Retry-After), a configuration
 * cost-api will not admit (422) or a suspended organization (403) reach the caller as cost-api
 * said them. No usable answer is 503 `upstream_unavailable`: admission fails closed, so an outage
 * of cost-api never lets a pipeline past its quota. Any other refusal (our token, an unknown
 * organization) stays our failure: the 500 of any unexpected error.
 */
export function admissionProblem(error: CostApiError): ProblemException | CostApiError {
  if (error instanceof AdmissionRefusedError) {
    if (!CALLER_STATUSES.has(error.status)) return error;
    const headers: Record<string, string> = error.retryAfter ? { 'retry-after': error.retryAfter } : {};
    return new ProblemException(
      error.code,
      error.detail,
      error.errors.length ? error.errors : undefined,
      headers,
    );
  }
  return new ProblemException(
    'upstream_unavailable',
    'cost-api cannot be reached to admit this pipeline, so it was not started; try again shortly',
  );
}

/** Every HTTP route's cost-api errors, mapped in one place (see `admissionProblem`). */
@Injectable()
export class CostApiErrorsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() => (error instanceof CostApiError ? admissionProblem(error) : error)),
        ),
      );
  }
}
