import type { OpenAPIObject } from '@nestjs/swagger';
import merged from '../../openapi.json';

const isOpenApiObject = (value: unknown): value is OpenAPIObject =>
  typeof value === 'object' &&
  value !== null &&
  'openapi' in value &&
  typeof value.openapi === 'string' &&
  'paths' in value &&
  typeof value.paths === 'object';

/**
 * The gateway's one document, served at /openapi.json, /openapi.yaml, /docs and /redoc: every
 * service's API as a client of the gateway calls it, and the gateway's own routes. Bundled from
 * apps/gateway/openapi.json, which `npm run openapi` writes (a test fails while it is stale).
 */
export function mergedDocument(): OpenAPIObject {
  if (!isOpenApiObject(merged)) throw new Error('apps/gateway/openapi.json is not an OpenAPI document');
  return merged;
}
