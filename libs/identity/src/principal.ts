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

/** A role in an organization of cost-api, strongest first. */
export const ORG_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

/** Whether `held` allows what `needed` allows (owner > admin > member > viewer). */
export const orgRoleAllows = (held: OrgRole, needed: OrgRole): boolean =>
  ORG_ROLES.indexOf(held) <= ORG_ROLES.indexOf(needed);

/** An organization's API key (cost-api's X-API-Key): that organization only, with the key's role. */
export interface OrgKeyPrincipal {
  kind: 'org_key';
  /** The key's record id. */
  id: string;
  orgId: string;
  role: OrgRole;
}

/** The operator's root key (cost-api's COST_ROOT_API_KEY): the admin routes and every organization. */
export interface RootPrincipal {
  kind: 'root';
  id: 'root';
}

/** Who a request acts for, the one identity type of every Slipway service. */
export type Principal = ServicePrincipal | UserPrincipal | OrgKeyPrincipal | RootPrincipal;

export const isAdmin = (principal: Principal): boolean =>
  principal.kind === 'service' ||
  principal.kind === 'root' ||
  (principal.kind === 'user' && principal.role === 'admin');

/**
 * The owner whose own records a request is limited to; null for services and admins, who see
 * everything. An organization's key owns no registry records, so its scope matches none.
 */
export const ownerScope = (principal: Principal): string | null => {
  switch (principal.kind) {
    case 'service':
    case 'root':
      return null;
    case 'user':
      return principal.role === 'admin' ? null : principal.id;
    case 'org_key':
      return `org_key:${principal.id}`;
  }
};

/** Whose limits and idempotency keys a principal's requests count against. */
export const subjectKey = (principal: Principal): string =>
  principal.kind === 'service' ? 'service' : `${principal.kind}:${principal.id}`;

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
