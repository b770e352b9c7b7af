export {
  DataApiClient,
  type DataApiClientOptions,
  type DataApiResult,
  type Schemas,
} from './data-api.client';
export { DataClientModule } from './data-client.module';
export {
  DataApiClientError,
  DataApiConflictError,
  DataApiError,
  DataApiNetworkError,
  DataApiNotFoundError,
  DataApiPreconditionFailedError,
  DataApiUnaddressableError,
  DataApiValidationError,
  isProblem,
  unansweredReason,
  type CallInfo,
} from './errors';
export type { components, operations, paths } from './generated/data-api';
export { isIdempotent, Transport, type RetryPolicy, type TransportOptions } from './transport';
export * from './caller-errors';
export * from './pages';
