import type { IncomingHttpHeaders } from 'node:http';
import type { UserPrincipal } from '@slipway/identity';

/** Identity only the gateway asserts: a client's claim of it is dropped on arrival (dropIdentityClaims). */
const IDENTITY_CLAIMS = new Set([
  'x-service-token',
  'x-telegram-id',
  'x-forwarded-user',
  'x-forwarded-email',
  'x-auth-request-user',
  'x-auth-request-email',
]);

const isIdentityClaim = (name: string): boolean => IDENTITY_CLAIMS.has(name) || name.startsWith('x-user-');

/**
 * Headers a client may never set for a service: identity claims, the gateway's own credentials
 * (bearer key, session cookie, CSRF token), which no service reads, and X-Real-IP. `X-API-Key`
 * (cost-api's organization keys) goes to cost-api alone, which verifies it.
 */
const CREDENTIALS = new Set(['authorization', 'cookie', 'x-csrf-token', 'x-real-ip', 'forwarded']);

/** Hop-by-hop headers (RFC 9110 §7.6.1): about the client's connection, not the upstream's (undici refuses them). */
const HOP_BY_HOP = new Set([
  'expect',
  'keep-alive',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
  'http2-settings',
]);

const isStripped = (name: string): boolean =>
  CREDENTIALS.has(name) || HOP_BY_HOP.has(name) || isIdentityClaim(name);

/**
 * Removes a client's identity claims from its request before anything reads them: the gateway's
 * own routes pass the identity guard every service uses, which would otherwise believe (or refuse
 * the whole request over) an X-Service-Token and X-User-Id sent from outside.
 */
export function dropIdentityClaims(headers: IncomingHttpHeaders): void {
  for (const name of Object.keys(headers)) if (isIdentityClaim(name)) delete headers[name];
}

export interface ForwardContext {
  requestId: string;
  /**
   * The client's address and, behind trusted proxies (TRUST_PROXY_HOPS), the addresses they named
   * before it; a chain the client wrote itself is never passed on.
   */
  forwardedFor: string;
  protocol: string;
  host: string | undefined;
  serviceToken: string;
  /** The verified user; undefined for requests that act for nobody (webhooks). */
  user: UserPrincipal | undefined;
  /** Whether the upstream reads organization keys (cost-api): only then is `X-API-Key` passed on. */
  readsOrgKeys: boolean;
}

/** The headers sent upstream: the client's own minus every identity claim, plus the verified identity. */
export function forwardedHeaders(
  incoming: IncomingHttpHeaders,
  context: ForwardContext,
): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const name of Object.keys(incoming))
    if (!isStripped(name) && (name !== 'x-api-key' || context.readsOrgKeys)) headers[name] = incoming[name];
  headers['x-request-id'] = context.requestId;
  headers['x-forwarded-for'] = context.forwardedFor;
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
