import { Injectable } from '@nestjs/common';
import type { HierarchyLevelsDto, HierarchyTreeDto, PutHierarchyLevelsDto } from '@slipway/contracts';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import { OrgDirectory, type Organization } from '../organizations/org-directory';
import { toTree } from './hierarchy-mapping';
import { HierarchyRecords, type NodeRecord } from './hierarchy-records';
import { checkLevels } from './hierarchy-rules';
import { HierarchyTrees } from './hierarchy-tree';

/** The tree as a whole: read nested, and the names of its levels. */
@Injectable()
export class HierarchyService {
  constructor(
    private readonly records: HierarchyRecords,
    private readonly trees: HierarchyTrees,
    private readonly directory: OrgDirectory,
    private readonly audit: AuditLog,
  ) {}

  async tree(org: Organization): Promise<HierarchyTreeDto> {
    const { index, limits } = await this.trees.load(org);
    return { levels: [...limits.levels], roots: toTree(index), total: index.size };
  }

  levels(org: Organization): HierarchyLevelsDto {
    const limits = this.trees.limitsOf(org);
    return { levels: [...limits.levels], max_depth: limits.maxDepth };
  }

  /**
   * Names the organization's levels anew. Nodes of a renamed level take the new name; levels that
   * would leave a node without its level, or out of order under its parent, are refused (409).
   */
  async setLevels(
    request: FastifyRequest,
    org: Organization,
    dto: PutHierarchyLevelsDto,
  ): Promise<HierarchyLevelsDto> {
    const current = await this.records.levels(org.id);
    const tree = await this.trees.load(org);
    const renames = checkLevels(dto.levels, dto.rename ?? {}, tree.index);
    await this.records.setLevels(org.id, current.version, dto.levels);
    this.directory.forgetOrg(org.slug);
    for (const { node, level } of renames) {
      await this.records.update(tree.records.get(node.id) as NodeRecord, { level });
    }
    await this.audit.record(request, org.id, {
      action: 'hierarchy.levels',
      target_type: 'organization',
      target_id: org.id,
      before: { levels: current.levels },
      after: {
        levels: dto.levels,
        renamed_nodes: renames.map(({ node, level }) => ({ code: node.code, level })),
      },
    });
    return { levels: dto.levels, max_depth: tree.limits.maxDepth };
  }
}
