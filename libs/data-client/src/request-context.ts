import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request id data-api calls carry. A service runs each unit of work (an HTTP request it serves,
 * a stream message it handles) inside `withRequestId(id, …)`; every data-api call made from there,
 * however deep, sends that id as X-Request-Id. A call's own `x-request-id` header wins; with neither,
 * the client generates one so the call can still be found in data-api's logs.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>();

export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
