import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/**
 * A route that takes larger bodies than BODY_LIMIT_BYTES (a bulk import of thousands of rows), up to
 * `bytes`; every other route keeps the app's limit. createApp's onRoute hook reads it.
 */
export const BodyLimit = (bytes: number) => RouteConfig({ bodyLimit: bytes });

/** Gives each route declared with @BodyLimit its own limit; installed before the routes are. */
export function honourRouteBodyLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
}
