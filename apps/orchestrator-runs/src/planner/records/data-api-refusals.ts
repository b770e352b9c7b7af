import { DataApiError } from '@slipway/data-client';
import { ProblemException } from '@slipway/platform';

/**
 * What a batch written as the caller answers when records moved on in between (a stale If-Match, a
 * record gone or a value taken): a conflict naming what data-api said; a refusal of the caller's
 * rights stays theirs (403). Anything else is rethrown as it is.
 */
export function batchRefusal(error: unknown, what: string): never {
  if (error instanceof DataApiError && [404, 409, 412].includes(error.status))
    throw new ProblemException('patch_conflict', `${what}; nothing was written (${error.detail})`, [
      { field: 'ops', message: error.detail },
    ]);
  if (error instanceof DataApiError && error.status === 403)
    throw new ProblemException('forbidden', error.detail);
  throw error;
}
