/**
 * OpenAPI extensions saying who may call an operation, read when the gateway's merged document is
 * made: `Public()` marks routes that need no identity, `ServiceOnly()` (libs/identity) routes that
 * only a service may call.
 */
export const PUBLIC_EXTENSION = 'x-slipway-public';
export const SERVICE_ONLY_EXTENSION = 'x-slipway-service-only';
