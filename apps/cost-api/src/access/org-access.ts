import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiParam, ApiSecurity } from '@nestjs/swagger';
import { orgRoleAllows, principalOf, type OrgRole as Role, type Principal } from '@slipway/identity';
import { callerProblem, DataApiClientError } from '@slipway/data-client';
import { ProblemException, ProblemResponse } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { OrgDirectory, type Organization } from '../organizations/org-directory';

const ORG_ROLE = 'slipway:org-role';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

declare module 'fastify' {
  interface FastifyRequest {
    /** The organization of the route's `:org`, resolved by the org guard. */
    org?: Organization;
    /** The caller's role in it (operators and services: owner). */
    orgRole?: Role;
  }
}

/**
 * A route of one organization (`:org`, its slug) that needs at least `role` there. Org keys act in
 * their own organization with their key's role; forwarded users with their membership's role
 * (registry admins too: an org's data is its keys' and members' only); the root key and services
 * in every organization. An organization the caller may not see is a 404, as one that does not exist.
 */
export const OrgRole = (role: Role) =>
  applyDecorators(
    SetMetadata(ORG_ROLE, role),
    UseGuards(OrgAccessGuard),
    ApiParam({ name: 'org', description: 'The organization’s slug' }),
    ApiSecurity('api-key'),
    ProblemResponse(401, 'No or unknown key'),
    ProblemResponse(403, `The caller’s role in the organization is below ${role}`),
    ProblemResponse(404, 'No such organization visible to the caller'),
  );

/** The organization the org guard resolved for this request. */
export const CurrentOrg = createParamDecorator((_: unknown, context: ExecutionContext): Organization => {
  const org = context.switchToHttp().getRequest<FastifyRequest>().org;
  if (!org) throw new Error('CurrentOrg used on a route without @OrgRole');
  return org;
});

@Injectable()
export class OrgAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly directory: OrgDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const needed = this.reflector.get<Role | undefined>(ORG_ROLE, context.getHandler());
    if (!needed) return true;
    // Guards run before interceptors: data-api's refusals are mapped for the caller here too.
    return this.admit(context, needed).catch((error: unknown) => {
      throw error instanceof DataApiClientError ? callerProblem(error) : error;
    });
  }

  private async admit(context: ExecutionContext, needed: Role): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest<{ Params: { org?: string } }>>();
    const slug = request.params.org ?? '';
    const org = await this.directory.bySlug(slug);
    if (!org) throw notFound(slug);
    const role = await this.roleIn(org, principalOf(request));
    if (role === null) throw notFound(slug);
    if (!orgRoleAllows(role, needed))
      throw new ProblemException(
        'forbidden',
        `This needs the ${needed} role in ${slug}; the caller is ${role}`,
      );
    request.org = org;
    request.orgRole = role;
    return true;
  }

  private async roleIn(org: Organization, principal: Principal): Promise<Role | null> {
    switch (principal.kind) {
      case 'service':
      case 'root':
        return 'owner';
      case 'org_key':
        return principal.orgId === org.id ? principal.role : null;
      case 'user':
        return UUID.test(principal.id) ? this.directory.roleOf(org.id, principal.id) : null;
    }
  }
}

const notFound = (slug: string) => new ProblemException('not_found', `No organization ${slug}`);

/** Routes only the operator and the suite's services reach: the root key, or the service token with no user. */
export const RootOnly = () =>
  applyDecorators(
    UseGuards(RootGuard),
    ApiSecurity('api-key'),
    ProblemResponse(403, 'Only the root key may call this'),
  );

@Injectable()
export class RootGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const principal = principalOf(context.switchToHttp().getRequest<FastifyRequest>());
    if (principal.kind === 'root' || principal.kind === 'service') return true;
    throw new ProblemException(
      'forbidden',
      'Only the root key (COST_ROOT_API_KEY) or a Slipway service with its token may call this',
    );
  }
}
