import { stringify } from 'csv-stringify/sync';
import {
  HIERARCHY_COLUMNS,
  type HierarchyFileDto,
  type HierarchyFileNodeDto,
  type HierarchyNodeDto,
} from '@slipway/contracts';
import { HierarchyIndex } from './hierarchy-index';

/**
 * The tree as a file import reads back: every node once, parents before their children (siblings
 * by code), each naming its parent by code. Imported into an organization without nodes, it makes
 * the same tree, and exporting that gives the same file.
 */
export function toFileNodes(nodes: readonly HierarchyNodeDto[]): HierarchyFileNodeDto[] {
  const index = new HierarchyIndex(nodes);
  return index.preorder().map((node) => ({
    code: node.code,
    name: node.name,
    level: node.level,
    parent_code: node.parent_id === null ? null : (index.get(node.parent_id)?.code ?? null),
    daily_budget: node.daily_budget,
    monthly_budget: node.monthly_budget,
    budget_enforcement: node.budget_enforcement,
  }));
}

export function toJsonFile(nodes: readonly HierarchyNodeDto[]): HierarchyFileDto {
  return { nodes: toFileNodes(nodes) };
}

/** RFC 4180 CSV with a header line, CRLF line ends; an empty cell is null. */
export function toCsvFile(nodes: readonly HierarchyNodeDto[]): string {
  const records = toFileNodes(nodes).map((node) => HIERARCHY_COLUMNS.map((column) => node[column] ?? ''));
  return stringify([[...HIERARCHY_COLUMNS], ...records], { record_delimiter: 'windows' });
}
