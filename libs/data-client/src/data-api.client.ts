import createClient, { type Client, type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
// openapi-fetch's own dependency: its argument types are built from these, so ours must be too.
import type { PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import { DataApiError, DataApiUnaddressableError } from './errors';
import type { components, paths } from './generated/data-api';
import { REQUEST_ID_HEADER, Transport, type RetryPolicy } from './transport';

export interface DataApiClientOptions {
  /** data-api's origin, e.g. http://127.0.0.1:3001 (DATA_API_URL). */
  baseUrl: string;
  /** Sent as X-Service-Token on every call (SERVICE_TOKEN). */
  serviceToken: string;
  /** Per attempt. Default 10 000 ms. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Keep-alive connections to data-api. Default 16. */
  connections?: number;
  keepAliveTimeoutMs?: number;
}

export type Schemas = components['schemas'];

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Media = `${string}/${string}`;
type PathsWith<M extends Method> = PathsWithMethod<paths, M>;
/** The options argument, required exactly when the operation has a required parameter or body (openapi-fetch's InitParam). */
type InitArgs<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];

/** A successful answer: the body typed from the OpenAPI document, plus what conditional writes need. */
export interface DataApiResult<T> {
  data: T;
  status: number;
  /** The record's version as an entity tag (`"3"`): pass it back as If-Match. */
  etag: string | undefined;
  requestId: string | undefined;
}

/** A 2xx body; `undefined` for operations that answer without one (204). */
type Body<T> = [Exclude<T, undefined>] extends [never] ? undefined : Exclude<T, undefined>;
type Answer<P extends keyof paths, M extends Method & keyof paths[P], Init> = Promise<
  DataApiResult<Body<FetchResponse<paths[P][M] & Record<string | number, unknown>, Init, Media>['data']>>
>;

/**
 * The typed client of data-api. Paths, parameters, bodies and answers are typed from data-api's
 * OpenAPI document; a non-2xx answer throws a `DataApiError` (see errors.ts), a missing one a
 * `DataApiNetworkError`. `raw` is the openapi-fetch client itself, for the rare call that wants
 * `{data, error, response}` (a conditional GET answered 304, say).
 */
export class DataApiClient {
  readonly raw: Client<paths, Media>;
  private readonly transport: Transport;

  constructor(options: DataApiClientOptions) {
    this.transport = new Transport({
      serviceToken: options.serviceToken,
      timeoutMs: options.timeoutMs ?? 10_000,
      retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 2_000, ...options.retry },
      connections: options.connections ?? 16,
      keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? 30_000,
    });
    this.raw = createClient<paths, Media>({
      baseUrl: options.baseUrl,
      fetch: this.transport.fetch,
      pathSerializer: serializePath,
    });
  }

  /** The If-Match value for a record at `version` (data-api's ETag format). */
  static ifMatch(version: number): string {
    return `"${version}"`;
  }

  get<P extends PathsWith<'get'>, Init extends MaybeOptionalInit<paths[P], 'get'>>(
    path: P,
    ...init: InitArgs<Init>
  ): Answer<P, 'get', Init> {
    return this.settle(this.raw.GET<P, Init>(path, ...init), 'GET', path);
  }

  post<P extends PathsWith<'post'>, Init extends MaybeOptionalInit<paths[P], 'post'>>(
    path: P,
    ...init: InitArgs<Init>
  ): Answer<P, 'post', Init> {
    return this.settle(this.raw.POST<P, Init>(path, ...init), 'POST', path);
  }

  put<P extends PathsWith<'put'>, Init extends MaybeOptionalInit<paths[P], 'put'>>(
    path: P,
    ...init: InitArgs<Init>
  ): Answer<P, 'put', Init> {
    return this.settle(this.raw.PUT<P, Init>(path, ...init), 'PUT', path);
  }

  patch<P extends PathsWith<'patch'>, Init extends MaybeOptionalInit<paths[P], 'patch'>>(
    path: P,
    ...init: InitArgs<Init>
  ): Answer<P, 'patch', Init> {
    return this.settle(this.raw.PATCH<P, Init>(path, ...init), 'PATCH', path);
  }

  delete<P extends PathsWith<'delete'>, Init extends MaybeOptionalInit<paths[P], 'delete'>>(
    path: P,
    ...init: InitArgs<Init>
  ): Answer<P, 'delete', Init> {
    return this.settle(this.raw.DELETE<P, Init>(path, ...init), 'DELETE', path);
  }

  /** Records a worker's execution under its id, idempotently (201 the first time, 200 after). */
  putTaskExecution(
    id: string,
    body: Schemas['PutTaskExecutionDto'],
  ): Promise<DataApiResult<Schemas['TaskExecutionDto']>> {
    return this.put('/api/task_executions/{id}', { params: { path: { id } }, body });
  }

  /** Closes the keep-alive connections; calls after this fail. */
  close(): Promise<void> {
    return this.transport.close();
  }

  private async settle<T>(
    call: Promise<{ data?: T; error?: unknown; response: Response }>,
    method: string,
    path: string,
  ): Promise<DataApiResult<Body<T>>> {
    const { data, error, response } = await call.catch((failure: unknown) => {
      if (failure instanceof UnaddressableParameter)
        throw new DataApiUnaddressableError(method, path, failure.parameter, failure.value);
      throw failure;
    });
    const requestId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
    if (!response.ok) throw DataApiError.from(response.status, error, { method, url: path, requestId });
    // openapi-fetch leaves `data` undefined exactly when the answer has no body, which is what Body<T> says.
    const body = data as Body<T>;
    return {
      data: body,
      status: response.status,
      etag: response.headers.get('etag') ?? undefined,
      requestId,
    };
  }
}

/** Thrown by `serializePath`; `settle` turns it into a DataApiUnaddressableError naming the call. */
class UnaddressableParameter extends Error {
  constructor(
    readonly parameter: string,
    readonly value: string,
  ) {
    super(`path parameter ${parameter} cannot be ${JSON.stringify(value)}`);
  }
}

const DOT_SEGMENTS = new Set(['', '.', '..']);

/** Each path parameter percent-encoded into exactly one segment; one the URL would resolve away is refused. */
function serializePath(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^}]+)\}/g, (template, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return template;
    const text = String(value);
    if (DOT_SEGMENTS.has(text)) throw new UnaddressableParameter(name, text);
    return encodeURIComponent(text);
  });
}
