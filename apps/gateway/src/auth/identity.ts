import type { UserPrincipal } from '@slipway/identity';
import type { FastifyRequest } from 'fastify';
import type { Scope } from '../proxy/route-table';

/** Who a request to the gateway acts for, and what its credential allows. */
export interface GatewayIdentity {
  user: UserPrincipal;
  scopes: ReadonlySet<Scope>;
  /** The credential: a bearer API key, or a browser session (which needs X-CSRF-Token to write). */
  via: 'api_key' | 'session';
  /** The API key (bearer, or the one a session logged in with). */
  keyId?: string;
  /** The session's CSRF token. */
  csrfToken?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    identity?: GatewayIdentity;
  }
}

/**
 * The gateway opens no request scope (gateway.ts): a data-api call made for a request names the
 * request's id itself, so the id still follows the request.
 */
export const requestIdHeader = (request: FastifyRequest): { 'x-request-id': string } => ({
  'x-request-id': String(request.id),
});

/** The subject limits count against: the key, else the session's user. */
export const limitSubject = (request: FastifyRequest): string => {
  const identity = request.identity;
  if (!identity) return `ip:${request.ip}`;
  return identity.via === 'api_key' && identity.keyId ? `key:${identity.keyId}` : `user:${identity.user.id}`;
};
