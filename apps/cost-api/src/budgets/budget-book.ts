import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { TtlCache } from '../access/ttl-cache';
import type { CostApiConfig } from '../config';
import { HierarchyIndex } from '../hierarchy/hierarchy-index';
import { HierarchyRecords, type NodeRecord } from '../hierarchy/hierarchy-records';
import { toMicros } from './budget-money';
import type { BudgetNode } from './budget.types';

/** Where a call's spend is charged: a registry project (the node it is placed under) or a node. */
export interface BudgetTarget {
  project_id?: string;
  node_id?: string;
}

/** A node with its budgets in micro-units; enforcement left unset is hard. */
export const budgetNode = (node: NodeRecord): BudgetNode => ({
  id: node.id,
  daily: node.daily_budget === null ? null : toMicros(node.daily_budget),
  monthly: node.monthly_budget === null ? null : toMicros(node.monthly_budget),
  hard: node.budget_enforcement !== 'soft',
});

/**
 * An organization's hierarchy as budgets read it — which node a project is charged to, and that
 * node's path to its root with each one's budgets — believed for ORG_CACHE_TTL_MS, so that a
 * reservation asks data-api nothing most of the time. A budget changed is enforced within that long.
 */
@Injectable()
export class BudgetBook {
  private readonly trees: TtlCache<HierarchyIndex<NodeRecord>>;
  private readonly placements: TtlCache<string | null>;

  constructor(
    private readonly records: HierarchyRecords,
    @Inject(APP_CONFIG) config: CostApiConfig,
  ) {
    this.trees = new TtlCache(config.ORG_CACHE_TTL_MS, 1_000);
    this.placements = new TtlCache(config.ORG_CACHE_TTL_MS);
  }

  /** Every node of the organization. */
  tree(orgId: string): Promise<HierarchyIndex<NodeRecord>> {
    return this.trees.get(orgId, async () => new HierarchyIndex(await this.records.allNodes(orgId)));
  }

  /** The nodes charged for `target`, root first: none for a project in no node (or in another organization). */
  async path(orgId: string, target: BudgetTarget): Promise<NodeRecord[]> {
    const nodeId = target.node_id ?? (target.project_id ? await this.nodeOf(orgId, target.project_id) : null);
    if (nodeId === null) return [];
    return (await this.tree(orgId)).path(nodeId);
  }

  private nodeOf(orgId: string, projectId: string): Promise<string | null> {
    return this.placements.get(`${orgId}:${projectId}`, async () => {
      const membership = await this.records.projectMembership(projectId);
      return membership && membership.org_id === orgId ? membership.node_id : null;
    });
  }
}
