import { AsyncLocalStorage } from 'node:async_hooks';

/** What one unit of work (an HTTP request served, a stream message handled) carries through every await. */
export interface RequestScope {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `work` as one unit of work with this request id: every log line written through AppLogger,
 * every data-api call and every stream message it causes, however deep, carries the id. The HTTP
 * server opens a scope per request, the stream consumer one per message (from its correlation id).
 */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
