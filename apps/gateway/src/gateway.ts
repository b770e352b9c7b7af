import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createApp } from '@slipway/platform';
import { AppModule, DESCRIPTION } from './app.module';
import type { GatewayConfig } from './config';
import { mergedDocument } from './docs/merged-document';
import { redocRoutes } from './docs/redoc';
import { consoleDirOf, consoleRoutes } from './console/console-routes';

/** Origins whose pages may call the gateway with credentials: its own, and CORS_ORIGINS. */
export const allowedOrigins = (config: GatewayConfig): string[] => [
  new URL(config.PUBLIC_URL).origin,
  ...config.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== ''),
];

/** The gateway app: the platform's boot plus cookies, CORS and the proxied routes. */
export async function createGateway(
  config: GatewayConfig,
): Promise<{ app: NestFastifyApplication; openapi: () => OpenAPIObject }> {
  const created = await createApp(AppModule.register(config), config, DESCRIPTION, {
    trustProxyHops: config.TRUST_PROXY_HOPS,
    forceCloseConnections: true,
    // Nothing here reads a request scope: the proxied requests and the gateway's data-api calls
    // name the request id themselves (requestIdHeader), and every promise is cheaper without one.
    requestScopes: false,
    openapi: mergedDocument,
  });
  await created.app.register(redocRoutes);
  await created.app.register(consoleRoutes, { dir: consoleDirOf(config.CONSOLE_DIR) });
  const origins = new Set(allowedOrigins(config));
  await created.app.register(fastifyCookie);
  await created.app.register(fastifyCors, {
    origin: (origin, allow) => allow(null, origin === undefined || origins.has(origin)),
    credentials: true,
    maxAge: 600,
    exposedHeaders: [
      'etag',
      'x-request-id',
      'retry-after',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
    ],
  });
  return created;
}
