import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './gateway.gen';

export type Schemas = components['schemas'];
export type Problem = Schemas['ProblemDto'];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A problem+json answer (or a failure to reach the gateway), with what a person needs to report it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
    readonly requestId: string | undefined,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

const asProblem = (body: unknown): Partial<Problem> =>
  typeof body === 'object' && body !== null ? (body as Partial<Problem>) : {};

/** The error of a failed answer: its problem+json body, or its status when it has none. */
export function errorOf(response: Response, body: unknown): ApiError {
  const problem = asProblem(body);
  return new ApiError(
    response.status,
    problem,
    problem.request_id ?? response.headers.get('x-request-id') ?? undefined,
  );
}

let csrfToken: string | undefined;

/** The session's CSRF token (from /auth/me), sent as X-CSRF-Token with every unsafe request. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/** The typed client of the gateway's merged document; the session cookie rides along (same origin). */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
});
api.use(csrf);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer; an `ApiError` otherwise. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch (cause) {
    throw new ApiError(0, { title: 'The gateway could not be reached', detail: String(cause) }, undefined);
  }
  if (!answer.response.ok) throw errorOf(answer.response, answer.error);
  return answer.data as T;
}

/** The If-Match of a write: the record's version as data-api sends it in its ETag. */
export const ifMatch = (version: number): string => `"${version}"`;
