import type { FastifyInstance } from 'fastify';
import { REQUEST_ID_HEADER } from './logging';
import { withRequestId } from './request-context';

/**
 * Each request runs in a request scope of its own id (echoed as X-Request-Id): its guards,
 * handler and everything they await — a body read in pieces included — see that id.
 */
export function openRequestScopes(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    withRequestId(request.id, done);
  });
}
