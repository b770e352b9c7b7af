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

/**
 * Only echoes each request's id, opening no scope: for an app whose requests call nothing out and
 * log only through their request's own logger (which carries the id), so no promise of theirs
 * pays for an async context nobody reads.
 */
export function echoRequestIds(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
