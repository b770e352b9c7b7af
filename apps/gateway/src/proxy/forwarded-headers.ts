import type { IncomingHttpHeaders } from 'node:http';
import type { UserPrincipal } from '@slipway/identity';

/**
 * Headers a client may never set for a service: identity (the gateway's to assert), the service
 * token, and the gateway's own credentials (bearer key, session cookie, CSRF token), which no
 * service reads. `X-API-Key` (cost-api's organization keys) is not among them: cost-api verifies it.
 */
const STRIPPED = new Set([
  'authorization',
  'cookie',
  'x-csrf-token',
  'x-service-token',
  'x-telegram-id',
  'x-forwarded-user',
  'x-forwarded-email',
  'x-auth-request-user',
  'x-auth-request-email',
  'x-real-ip',
]);

const isStripped = (name: string): boolean => STRIPPED.has(name) || name.startsWith('x-user-');

export interface ForwardContext {
  requestId: string;
  clientIp: string;
  protocol: string;
  host: string | undefined;
  serviceToken: string;
  /** The verified user; undefined for requests that act for nobody (webhooks). */
  user: UserPrincipal | undefined;
}

/** The headers sent upstream: the client's own minus every identity claim, plus the verified identity. */
export function forwardedHeaders(
  incoming: IncomingHttpHeaders,
  context: ForwardContext,
): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const name of Object.keys(incoming)) if (!isStripped(name)) headers[name] = incoming[name];
  headers['x-request-id'] = context.requestId;
  const chain = incoming['x-forwarded-for'];
  headers['x-forwarded-for'] = chain ? `${String(chain)}, ${context.clientIp}` : context.clientIp;
  headers['x-forwarded-proto'] = context.protocol;
  if (context.host) headers['x-forwarded-host'] = context.host;
  const user = context.user;
  if (user) {
    headers['x-service-token'] = context.serviceToken;
    headers['x-user-id'] = user.id;
    headers['x-user-role'] = user.role;
    if (user.email) headers['x-user-email'] = user.email;
  }
  return headers;
}
