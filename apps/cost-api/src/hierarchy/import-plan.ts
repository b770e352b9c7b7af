import { randomUUID } from 'node:crypto';
import { MAX_HIERARCHY_IMPORT_ROWS, type HierarchyRowErrorDto } from '@slipway/contracts';
import type { HierarchyIndex, TreeNode } from './hierarchy-index';
import { depthProblem, levelProblem, type TreeLimits } from './hierarchy-rules';
import type { ImportRow, ParsedRows } from './import-rows';

/** A row as it will be created: its id chosen here, so parents and children go in one bulk call. */
export type PlannedNode = ImportRow & { id: string; parent_id: string | null; depth: number };

export interface ImportPlan {
  /** Parents before their children. Empty when any row has an error. */
  nodes: PlannedNode[];
  errors: HierarchyRowErrorDto[];
}

/** Where a row hangs: under another row of the file, under an existing node, or at the top. */
type Parent = { row: ImportRow } | { node: TreeNode } | { root: true };

/**
 * The whole file checked against itself and the organization's tree: codes unique in the file and
 * new to the organization, every parent_code naming a row of the file (before or after it) or an
 * existing node, no loop among the file's parents, levels in order, depth within the limit. The
 * errors of the parse come first; a row whose parent row has errors is reported too.
 */
export function planImport(
  parsed: ParsedRows,
  existing: HierarchyIndex<TreeNode>,
  limits: TreeLimits,
  newId: () => string = randomUUID,
): ImportPlan {
  const total = parsed.rows.length + parsed.rejected.size;
  if (total > MAX_HIERARCHY_IMPORT_ROWS) {
    const message = `an import creates at most ${MAX_HIERARCHY_IMPORT_ROWS} nodes and this file holds ${total}: split it, parents first (a later file may name the nodes of an earlier one)`;
    return { nodes: [], errors: [{ row: 0, field: 'nodes', message }] };
  }
  const errors = [...parsed.errors];
  const fail = (row: ImportRow, field: string, message: string) =>
    errors.push({ row: row.row, field, message });
  const existingByCode = new Map(existing.preorder().map((node) => [node.code, node]));

  const byCode = new Map<string, ImportRow>();
  for (const row of parsed.rows) {
    const first = byCode.get(row.code) ?? parsed.rejected.get(row.code);
    const firstRow = typeof first === 'number' ? first : first?.row;
    if (firstRow !== undefined && firstRow < row.row)
      fail(row, 'code', `code ${row.code} is row ${firstRow}'s too`);
    else if (existingByCode.has(row.code))
      fail(row, 'code', `code ${row.code} already exists in the organization`);
    else byCode.set(row.code, row);
  }

  const parentOf = (row: ImportRow): Parent | string => {
    const code = row.parent_code;
    if (code === null) return { root: true };
    const inFile = byCode.get(code);
    if (inFile) return { row: inFile };
    const node = existingByCode.get(code);
    if (node) return { node };
    const rejected = parsed.rejected.get(code);
    if (rejected !== undefined) return `parent_code ${code} is row ${rejected}'s, which has errors`;
    return `parent_code ${code} names no node of the file or the organization`;
  };

  // Each row's depth, following its parents through the file; undefined once a parent fails or loops.
  const depths = new Map<ImportRow, number | undefined>();
  const depthOf = (row: ImportRow, chain: readonly ImportRow[]): number | undefined => {
    if (depths.has(row)) return depths.get(row);
    const start = chain.indexOf(row);
    if (start >= 0) {
      const loop = [...chain.slice(start), row].map((r) => r.code).join(' → ');
      for (const member of chain.slice(start)) {
        fail(member, 'parent_code', `the parents loop: ${loop}`);
        depths.set(member, undefined);
      }
      return undefined;
    }
    const parent = parentOf(row);
    let depth: number | undefined;
    if (typeof parent === 'string') fail(row, 'parent_code', parent);
    else if ('root' in parent) depth = 0;
    else if ('node' in parent) depth = parent.node.depth + 1;
    else {
      const above = depthOf(parent.row, [...chain, row]);
      if (above !== undefined) depth = above + 1;
      else if (!depths.has(row)) fail(row, 'parent_code', `parent row ${parent.row.row} has errors`);
    }
    if (!depths.has(row)) depths.set(row, depth);
    return depths.get(row);
  };

  const planned: PlannedNode[] = [];
  for (const row of byCode.values()) {
    const depth = depthOf(row, []);
    if (depth === undefined) continue;
    const parent = parentOf(row);
    const above =
      typeof parent === 'string' || 'root' in parent
        ? undefined
        : 'node' in parent
          ? parent.node
          : parent.row;
    const badLevel = levelProblem(limits, row.level, above);
    if (badLevel) fail(row, 'level', badLevel);
    const tooDeep = depthProblem(limits, depth);
    if (tooDeep) fail(row, 'parent_code', tooDeep);
    planned.push({ ...row, id: '', parent_id: null, depth });
  }
  if (errors.length) return { nodes: [], errors: errors.sort((a, b) => a.row - b.row) };
  return { nodes: withIds(planned, existingByCode, newId), errors: [] };
}

/** Orders the nodes parents first and gives each its id and its parent's. */
function withIds(
  planned: PlannedNode[],
  existing: Map<string, TreeNode>,
  newId: () => string,
): PlannedNode[] {
  planned.sort((a, b) => a.depth - b.depth || a.row - b.row);
  const ids = new Map(planned.map((node) => [node.code, newId()]));
  return planned.map((node) => ({
    ...node,
    id: ids.get(node.code) ?? newId(),
    parent_id:
      node.parent_code === null
        ? null
        : (ids.get(node.parent_code) ?? existing.get(node.parent_code)?.id ?? null),
  }));
}
