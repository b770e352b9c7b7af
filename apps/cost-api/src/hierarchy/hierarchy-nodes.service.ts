import { Injectable } from '@nestjs/common';
import type {
  CreateHierarchyNodeDto,
  HierarchyNodeDeleteQueryDto,
  HierarchyNodeDto,
  HierarchyNodeListQueryDto,
  HierarchyPathDto,
  MoveHierarchyNodeDto,
  Page,
  PutHierarchyBudgetDto,
  UpdateHierarchyNodeDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import { CostCacheGenerations } from '../costs/cache-generation';
import { OrgLock } from '../org-lock';
import type { Organization } from '../organizations/org-directory';
import { checkIfMatch } from './hierarchy-http';
import { toNodeDto } from './hierarchy-mapping';
import { HierarchyRecords, type NodeRecord } from './hierarchy-records';
import { checkLevelChange, checkNewNode, planMove } from './hierarchy-rules';
import { HierarchyTrees } from './hierarchy-tree';

const TARGET = 'hierarchy_node';
/** Descendants re-placed at once after a move (data-api calls in flight). */
const MOVE_BATCH = 8;

/**
 * The nodes of an organization's tree: made, read, changed, moved and deleted under the tree rules.
 * A change of where spend rolls up (a move, a delete, a new level) starts a new cost-cache
 * generation: cached answers grouped by node or level would otherwise keep the old tree.
 */
@Injectable()
export class HierarchyNodesService {
  constructor(
    private readonly records: HierarchyRecords,
    private readonly trees: HierarchyTrees,
    private readonly audit: AuditLog,
    private readonly lock: OrgLock,
    private readonly cache: CostCacheGenerations,
  ) {}

  async create(
    request: FastifyRequest,
    org: Organization,
    dto: CreateHierarchyNodeDto,
  ): Promise<HierarchyNodeDto> {
    const parent = dto.parent_id ? await this.parentOf(org, dto.parent_id) : undefined;
    const depth = checkNewNode(this.trees.limitsOf(org), dto.level, parent && toNodeDto(parent));
    const taken = await this.records.listNodes({ org_id: org.id, code: dto.code, limit: 1 });
    if (taken.items.length)
      throw new ProblemException('conflict', `Code ${dto.code} is taken in ${org.slug}`);
    const row = await this.records.create({
      org_id: org.id,
      ...(parent ? { parent_id: parent.id } : {}),
      code: dto.code,
      name: dto.name,
      level: dto.level,
      depth,
      daily_budget: dto.daily_budget ?? null,
      monthly_budget: dto.monthly_budget ?? null,
      budget_enforcement: dto.budget_enforcement ?? null,
      metadata: dto.metadata ?? {},
    });
    return this.changed(request, org, 'create', null, row);
  }

  async list(org: Organization, query: HierarchyNodeListQueryDto): Promise<Page<HierarchyNodeDto>> {
    const page = await this.records.listNodes({ sort: 'depth,code', ...query, org_id: org.id });
    return { ...page, items: page.items.map(toNodeDto) };
  }

  async get(org: Organization, id: string): Promise<HierarchyNodeDto> {
    return toNodeDto(await this.records.node(org.id, id));
  }

  /** The node's ancestors root first, then the node: what spend is attributed along. */
  async path(org: Organization, id: string): Promise<HierarchyPathDto> {
    const nodes = [toNodeDto(await this.records.node(org.id, id))];
    const seen = new Set([id]);
    for (let up = nodes[0].parent_id; up !== null && !seen.has(up); up = nodes[0].parent_id) {
      seen.add(up);
      nodes.unshift(toNodeDto(await this.records.node(org.id, up)));
    }
    return { node_id: id, codes: nodes.map((node) => node.code), nodes };
  }

  async update(
    request: FastifyRequest,
    org: Organization,
    id: string,
    dto: UpdateHierarchyNodeDto,
    ifMatch: string | undefined,
  ): Promise<HierarchyNodeDto> {
    const levelChange = dto.level !== undefined;
    const tree = levelChange ? await this.trees.loadWith(org, id) : undefined;
    const row = tree?.node ?? (await this.records.node(org.id, id));
    checkIfMatch(ifMatch, row.version);
    if (tree && dto.level !== undefined && dto.level !== row.level) {
      checkLevelChange(tree.limits, tree.index, toNodeDto(row), dto.level);
    }
    if (Object.keys(dto).length === 0) return toNodeDto(row);
    const updated = await this.records.update(row, dto);
    // Code, name and level are what answers grouped by node or level are labelled and grouped with.
    await this.cache.bump(org.id);
    return this.changed(request, org, 'update', row, updated);
  }

  async setBudget(
    request: FastifyRequest,
    org: Organization,
    id: string,
    dto: PutHierarchyBudgetDto,
    ifMatch: string | undefined,
  ): Promise<HierarchyNodeDto> {
    const row = await this.records.node(org.id, id);
    checkIfMatch(ifMatch, row.version);
    const updated = await this.records.update(row, {
      daily_budget: dto.daily_budget,
      monthly_budget: dto.monthly_budget,
      budget_enforcement: dto.enforcement,
    });
    return this.changed(request, org, 'budget', row, updated);
  }

  /** Moves the node (and so its subtree) under another parent, or to the top with null. */
  async move(
    request: FastifyRequest,
    org: Organization,
    id: string,
    dto: MoveHierarchyNodeDto,
  ): Promise<HierarchyNodeDto> {
    // Checked and written under the org's hierarchy lock: two moves at once cannot make a cycle.
    return this.lock.holding('hierarchy', org.id, () => this.moveUnlocked(request, org, id, dto));
  }

  private async moveUnlocked(
    request: FastifyRequest,
    org: Organization,
    id: string,
    dto: MoveHierarchyNodeDto,
  ): Promise<HierarchyNodeDto> {
    const tree = await this.trees.loadWith(org, id);
    const [own, ...below] = planMove(tree.limits, tree.index, toNodeDto(tree.node), dto.parent_id);
    const moved = await this.records.update(tree.node, { parent_id: own.parent_id, depth: own.depth });
    for (let start = 0; start < below.length; start += MOVE_BATCH) {
      await Promise.all(
        below.slice(start, start + MOVE_BATCH).map((placement) => {
          const record = tree.records.get(placement.id) as NodeRecord;
          return this.records.update(record, { depth: placement.depth });
        }),
      );
    }
    await this.cache.bump(org.id);
    return this.changed(request, org, 'move', tree.node, moved, { descendants_moved: below.length });
  }

  /**
   * Deletes a leaf without projects. With cascade, the whole subtree goes, children before their
   * parents, after its projects are detached (they stay in the organization, under no node).
   */
  async remove(
    request: FastifyRequest,
    org: Organization,
    id: string,
    query: HierarchyNodeDeleteQueryDto,
    ifMatch: string | undefined,
  ): Promise<void> {
    const tree = await this.trees.loadWith(org, id);
    checkIfMatch(ifMatch, tree.node.version);
    const below = tree.index.descendants(id);
    const cascade = query.cascade === true;
    if (!cascade && below.length) {
      throw new ProblemException(
        'hierarchy_node_not_empty',
        `${tree.node.code} has ${tree.index.childrenOf(id).length} child node(s); move them or delete with cascade=true`,
      );
    }
    const subtree = [id, ...below.map((node) => node.id)];
    const projects = await this.records.projectsUnder(org.id, cascade ? subtree : [id]);
    if (!cascade && projects.length) {
      throw new ProblemException(
        'hierarchy_node_not_empty',
        `${tree.node.code} has ${projects.length} attached project(s); detach them or delete with cascade=true`,
      );
    }
    for (const project of projects) await this.records.placeProject(project, null);
    for (const node of [...below].reverse())
      await this.records.remove(tree.records.get(node.id) as NodeRecord);
    await this.records.remove(tree.node);
    await this.cache.bump(org.id);
    await this.audit.record(request, org.id, {
      action: `${TARGET}.delete`,
      target_type: TARGET,
      target_id: id,
      before: {
        ...toNodeDto(tree.node),
        deleted_descendants: below.map((node) => node.code),
        detached_projects: projects.map((project) => project.project_id),
      },
    });
  }

  private async parentOf(org: Organization, parentId: string): Promise<NodeRecord> {
    try {
      return await this.records.node(org.id, parentId);
    } catch (error) {
      if (error instanceof ProblemException && error.code === 'not_found') {
        throw ProblemException.validation([
          { field: 'parent_id', message: `parent_id names no node of ${org.slug}` },
        ]);
      }
      throw error;
    }
  }

  /** Audits a change of one node and answers the node as it now is. */
  private async changed(
    request: FastifyRequest,
    org: Organization,
    verb: string,
    before: NodeRecord | null,
    after: NodeRecord,
    extra: object = {},
  ): Promise<HierarchyNodeDto> {
    const node = toNodeDto(after);
    await this.audit.record(request, org.id, {
      action: `${TARGET}.${verb}`,
      target_type: TARGET,
      target_id: after.id,
      before: before && toNodeDto(before),
      after: { ...node, ...extra },
    });
    return node;
  }
}
