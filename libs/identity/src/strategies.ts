import type { FastifyRequest } from 'fastify';
import type { Principal, UserPrincipal } from './principal';

/**
 * Resolves the user a trusted caller (one that presented the service token) acts for, from the
 * identity headers it forwarded. Returns null when no user is named: the service acts for itself.
 * Throws a ProblemException (401) when the named user is malformed or unknown.
 */
export interface ForwardedUserStrategy {
  resolve(request: FastifyRequest): Promise<UserPrincipal | null> | UserPrincipal | null;
}

/**
 * Authenticates a caller that has no service token by a credential of its own (an organization's
 * API key, a bearer key). Returns null when the request carries no such credential.
 */
export interface CredentialStrategy {
  authenticate(request: FastifyRequest): Promise<Principal | null>;
}

/** Injection tokens for an app's strategies (see IdentityModule.forRoot). */
export const FORWARDED_USER_STRATEGY = Symbol('FORWARDED_USER_STRATEGY');
export const CREDENTIAL_STRATEGIES = Symbol('CREDENTIAL_STRATEGIES');
