import type { FastifyRequest } from 'fastify';

export type Role = 'admin' | 'member';

/** Another Slipway service calling with the service token and naming no user: the service's own rights. */
export interface ServicePrincipal {
  kind: 'service';
}

/** A person: forwarded by a trusted service (the gateway) or resolved from the registry. */
export interface UserPrincipal {
  kind: 'user';
  /** The user's id as the forwarding service knows it (data-api: the registry user's UUID). */
  id: string;
  email: string | null;
  role: Role;
  /** Set where the user was resolved from the registry by Telegram id. */
  telegramId?: string;
}

/** Who a request acts for, the one identity type of every Slipway service. */
export type Principal = ServicePrincipal | UserPrincipal;

export const isAdmin = (principal: Principal): boolean =>
  principal.kind === 'service' || principal.role === 'admin';

/** The user whose own records a request is limited to; null for services and admins, who see everything. */
export const ownerScope = (principal: Principal): string | null =>
  principal.kind === 'user' && principal.role !== 'admin' ? principal.id : null;

/** Whose limits and idempotency keys a principal's requests count against. */
export const subjectKey = (principal: Principal): string =>
  principal.kind === 'service' ? 'service' : `user:${principal.id}`;

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** The principal the identity guard resolved for this request. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('principalOf used on a route the identity guard did not resolve');
  return request.principal;
}
