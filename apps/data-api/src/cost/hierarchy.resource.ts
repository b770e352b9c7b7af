import {
  CreateHierarchyNodeRecordDto,
  CreateOrgProjectRecordDto,
  HIERARCHY_NODE_RECORD_SORT,
  HierarchyNodeRecordDto,
  HierarchyNodeRecordListQueryDto,
  ORG_PROJECT_RECORD_SORT,
  OrgProjectRecordDto,
  OrgProjectRecordListQueryDto,
  UpdateHierarchyNodeRecordDto,
  UpdateOrgProjectRecordDto,
} from '@slipway/contracts';
import type { HierarchyNodeRow, OrgProjectRow } from '../database/entities';
import { decimalOrNull, eq, isNull, type ResourceDefinition, withRecord } from '../resources/definition';

/**
 * An organization's departments, teams… as a tree (a parent is never deleted under its children).
 * A create may name the node's id, so one bulk call inserts parents and then their children.
 */
export const hierarchyNodesResource: ResourceDefinition<HierarchyNodeRow, HierarchyNodeRecordDto> = {
  path: 'hierarchy_nodes',
  label: 'Hierarchy node',
  table: 'hierarchy_nodes',
  dto: {
    create: CreateHierarchyNodeRecordDto,
    update: UpdateHierarchyNodeRecordDto,
    response: HierarchyNodeRecordDto,
    list: HierarchyNodeRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: HIERARCHY_NODE_RECORD_SORT,
  filters: {
    org_id: eq('org_id'),
    parent_id: eq('parent_id'),
    root: isNull('parent_id'),
    level: eq('level'),
    code: eq('code'),
    depth: eq('depth'),
  },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      parent_id: row.parent_id,
      level: row.level,
      code: row.code,
      name: row.name,
      depth: row.depth,
      daily_budget: decimalOrNull(row.daily_budget),
      monthly_budget: decimalOrNull(row.monthly_budget),
      budget_enforcement: row.budget_enforcement,
      metadata: row.metadata,
    }),
};

/** Registry projects counted in an organization (one at most), under a hierarchy node. */
export const orgProjectsResource: ResourceDefinition<OrgProjectRow, OrgProjectRecordDto> = {
  path: 'org_projects',
  label: 'Organization project',
  table: 'org_projects',
  dto: {
    create: CreateOrgProjectRecordDto,
    update: UpdateOrgProjectRecordDto,
    response: OrgProjectRecordDto,
    list: OrgProjectRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: ORG_PROJECT_RECORD_SORT,
  filters: { org_id: eq('org_id'), project_id: eq('project_id'), node_id: eq('node_id') },
  toResponse: (row) =>
    withRecord(row, { project_id: row.project_id, org_id: row.org_id, node_id: row.node_id }),
};
