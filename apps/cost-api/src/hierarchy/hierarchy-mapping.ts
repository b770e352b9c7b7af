import type {
  BudgetEnforcement,
  HierarchyImportedNodeDto,
  HierarchyNodeDto,
  HierarchyProjectDto,
  HierarchyTreeNodeDto,
} from '@slipway/contracts';
import type { NodeRecord, NewNodeRecord, OrgProjectRecord } from './hierarchy-records';
import type { HierarchyIndex } from './hierarchy-index';
import type { PlannedNode } from './import-plan';

/** A node as the API answers it: the record without its organization (the URL names it). */
export const toNodeDto = (row: NodeRecord): HierarchyNodeDto => ({
  id: row.id,
  created_at: row.created_at,
  updated_at: row.updated_at,
  version: row.version,
  parent_id: row.parent_id,
  code: row.code,
  name: row.name,
  level: row.level,
  depth: row.depth,
  daily_budget: row.daily_budget,
  monthly_budget: row.monthly_budget,
  budget_enforcement: row.budget_enforcement as BudgetEnforcement | null,
  metadata: row.metadata,
});

/** The nested tree under `roots`, each node with the codes of its path. */
export function toTree(index: HierarchyIndex<HierarchyNodeDto>): HierarchyTreeNodeDto[] {
  const build = (node: HierarchyNodeDto, path: string[]): HierarchyTreeNodeDto => {
    const own = [...path, node.code];
    return { ...node, path: own, children: index.childrenOf(node.id).map((child) => build(child, own)) };
  };
  return index.roots().map((root) => build(root, []));
}

export const toProjectDto = (row: OrgProjectRecord): HierarchyProjectDto => ({
  project_id: row.project_id,
  node_id: row.node_id,
  attached_at: row.updated_at,
});

/** The data-api row an import creates for a planned node. */
export const toNewRecord = (orgId: string, node: PlannedNode): NewNodeRecord => ({
  id: node.id,
  org_id: orgId,
  ...(node.parent_id === null ? {} : { parent_id: node.parent_id }),
  code: node.code,
  name: node.name,
  level: node.level,
  depth: node.depth,
  daily_budget: node.daily_budget,
  monthly_budget: node.monthly_budget,
  budget_enforcement: node.budget_enforcement,
});

export const toImportedDto = (node: PlannedNode): HierarchyImportedNodeDto => ({
  row: node.row,
  id: node.id,
  code: node.code,
  parent_code: node.parent_code,
  level: node.level,
  depth: node.depth,
});
