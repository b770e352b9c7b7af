import { Injectable } from '@nestjs/common';
import type { AttachHierarchyProjectDto, HierarchyProjectDto, ListQueryDto, Page } from '@slipway/contracts';
import { isAdmin, principalOf, type Principal } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import { CostCacheGenerations } from '../costs/cache-generation';
import type { Organization } from '../organizations/org-directory';
import { toProjectDto } from './hierarchy-mapping';
import { HierarchyRecords, type OrgProjectRecord } from './hierarchy-records';

const TARGET = 'org_project';

/**
 * Refuses to bring a project into an organization for anyone but its owner (a user the org guard
 * found admin or more there), a registry admin, the root key or a service: an organization's key
 * owns no project, so it brings none.
 */
function assertMayBring(principal: Principal, projectId: string, ownerId: string): void {
  if (isAdmin(principal) || (principal.kind === 'user' && principal.id === ownerId)) return;
  throw new ProblemException(
    'forbidden',
    `Project ${projectId} is not the caller's: a project is attached by its owner through the gateway (as an admin of the organization), by a registry admin or with the root key; an organization's key attaches none`,
  );
}

/**
 * Registry projects (data-api's projects) under the nodes of an organization's tree, through
 * org_projects: a project is counted in one organization at most, under one of its nodes or none.
 */
@Injectable()
export class HierarchyProjectsService {
  constructor(
    private readonly records: HierarchyRecords,
    private readonly audit: AuditLog,
    private readonly cache: CostCacheGenerations,
  ) {}

  /**
   * Puts the project under the node: joins the organization first (brought by one who may), or
   * moves from another of its nodes.
   */
  async attach(
    request: FastifyRequest,
    org: Organization,
    nodeId: string,
    dto: AttachHierarchyProjectDto,
  ): Promise<HierarchyProjectDto> {
    await this.records.node(org.id, nodeId);
    const membership = await this.records.projectMembership(dto.project_id);
    if (membership && membership.org_id !== org.id) {
      throw new ProblemException('conflict', `Project ${dto.project_id} belongs to another organization`);
    }
    if (membership?.node_id === nodeId) return toProjectDto(membership);
    if (!membership) {
      const owner = await this.records.projectOwner(dto.project_id);
      if (owner === null)
        throw ProblemException.validation([{ field: 'project_id', message: `project_id names no project` }]);
      assertMayBring(principalOf(request), dto.project_id, owner);
    }
    const placed = membership
      ? await this.records.placeProject(membership, nodeId)
      : await this.records.addProject({ project_id: dto.project_id, org_id: org.id, node_id: nodeId });
    return this.changed(request, org, 'attach', membership, placed);
  }

  /** Takes the project from under the node; it stays in the organization, under no node. */
  async detach(request: FastifyRequest, org: Organization, nodeId: string, projectId: string): Promise<void> {
    await this.records.node(org.id, nodeId);
    const membership = await this.records.projectMembership(projectId);
    if (!membership || membership.org_id !== org.id || membership.node_id !== nodeId) {
      throw ProblemException.notFound(`Project ${projectId} under node ${nodeId}`);
    }
    await this.changed(request, org, 'detach', membership, await this.records.placeProject(membership, null));
  }

  async list(org: Organization, nodeId: string, query: ListQueryDto): Promise<Page<HierarchyProjectDto>> {
    await this.records.node(org.id, nodeId);
    const page = await this.records.listProjects({ ...query, org_id: org.id, node_id: nodeId });
    return { ...page, items: page.items.map(toProjectDto) };
  }

  /** Audits a placement and drops the org's cached cost answers (a project's spend now rolls up elsewhere). */
  private async changed(
    request: FastifyRequest,
    org: Organization,
    verb: string,
    before: OrgProjectRecord | null,
    after: OrgProjectRecord,
  ): Promise<HierarchyProjectDto> {
    await this.cache.bump(org.id);
    const project = toProjectDto(after);
    await this.audit.record(request, org.id, {
      action: `${TARGET}.${verb}`,
      target_type: TARGET,
      target_id: after.project_id,
      before: before && toProjectDto(before),
      after: project,
    });
    return project;
  }
}
