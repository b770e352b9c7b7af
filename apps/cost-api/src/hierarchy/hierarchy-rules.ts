import { ProblemException } from '@slipway/platform';
import type { HierarchyIndex, TreeNode } from './hierarchy-index';

/**
 * The rules of an organization's tree, as pure functions of the tree in memory:
 * - a node's level is one of the organization's levels, and never comes before its parent's in
 *   their order (a team may sit under a department or under another team, a department never
 *   under a team);
 * - a root has depth 0, a child its parent's depth + 1, and no node is deeper than `maxDepth`;
 * - a node never moves under itself or one of its descendants.
 */
export interface TreeLimits {
  /** The organization's level names, top first. */
  levels: readonly string[];
  /** HIERARCHY_MAX_DEPTH: the deepest depth a node may have (a root's is 0). */
  maxDepth: number;
}

/** Why a node's level cannot be `level` with this parent and these children, or undefined when it can. */
export function levelProblem(
  limits: TreeLimits,
  level: string,
  parent: Pick<TreeNode, 'level'> | undefined,
  children: ReadonlyArray<Pick<TreeNode, 'level' | 'code'>> = [],
): string | undefined {
  const rank = limits.levels.indexOf(level);
  const order = limits.levels.join(', ');
  if (rank < 0) return `level must be one of the organization's levels: ${order}`;
  if (parent && limits.levels.indexOf(parent.level) > rank) {
    return `a ${level} cannot sit under a ${parent.level} (levels top first: ${order})`;
  }
  const above = children.find((child) => limits.levels.indexOf(child.level) < rank);
  if (above) return `a ${level} cannot hold a ${above.level} (${above.code}) (levels top first: ${order})`;
  return undefined;
}

/** The depth of a node placed under `parent` (a root's is 0). */
export const depthUnder = (parent: TreeNode | undefined): number => (parent ? parent.depth + 1 : 0);

/** Why a node at `depth` is too deep, or undefined. */
export function depthProblem(limits: TreeLimits, depth: number): string | undefined {
  if (depth <= limits.maxDepth) return undefined;
  return `a node would be at depth ${depth} and HIERARCHY_MAX_DEPTH is ${limits.maxDepth} (a root is at depth 0)`;
}

/** Refuses a new node whose level or depth breaks the rules (its parent already looked up). */
export function checkNewNode(limits: TreeLimits, level: string, parent: TreeNode | undefined): number {
  const badLevel = levelProblem(limits, level, parent);
  if (badLevel) throw ProblemException.validation([{ field: 'level', message: badLevel }]);
  const depth = depthUnder(parent);
  const tooDeep = depthProblem(limits, depth);
  if (tooDeep) throw new ProblemException('hierarchy_too_deep', tooDeep);
  return depth;
}

/** Refuses a change of a node's level that its parent or children would not allow. */
export function checkLevelChange<N extends TreeNode>(
  limits: TreeLimits,
  index: HierarchyIndex<N>,
  node: N,
  level: string,
): void {
  const parent = node.parent_id === null ? undefined : index.get(node.parent_id);
  const problem = levelProblem(limits, level, parent, index.childrenOf(node.id));
  if (problem) throw ProblemException.validation([{ field: 'level', message: problem }]);
}

/** One node's new place after a move. */
export interface Placement {
  id: string;
  parent_id: string | null;
  depth: number;
}

/**
 * The placements a move of `node` under `parentId` (null: to the top) comes to: the node's own and
 * those of its descendants whose depth changes, parents first. Refuses a cycle, a level out of
 * order and a subtree that would end up too deep.
 */
export function planMove<N extends TreeNode>(
  limits: TreeLimits,
  index: HierarchyIndex<N>,
  node: N,
  parentId: string | null,
): Placement[] {
  const parent = parentId === null ? undefined : index.get(parentId);
  if (parentId !== null && !parent) throw ProblemException.notFound('The parent node');
  if (parent && index.inSubtree(node.id, parent.id)) {
    const where = parent.id === node.id ? 'itself' : `its own descendant ${parent.code}`;
    throw new ProblemException('hierarchy_cycle', `${node.code} cannot move under ${where}`);
  }
  const badLevel = levelProblem(limits, node.level, parent);
  if (badLevel) throw ProblemException.validation([{ field: 'parent_id', message: badLevel }]);
  // Depths follow from the parents, whatever the stored ones say: a move also repairs a stale one.
  const depths = new Map([[node.id, depthUnder(parent)]]);
  const below = index.descendants(node.id);
  for (const child of below) depths.set(child.id, (depths.get(child.parent_id ?? '') ?? 0) + 1);
  const tooDeep = depthProblem(limits, Math.max(...depths.values()));
  if (tooDeep) throw new ProblemException('hierarchy_too_deep', `${node.code} cannot move there: ${tooDeep}`);

  const own: Placement = { id: node.id, parent_id: parentId, depth: depthUnder(parent) };
  const moved = below.flatMap((child) => {
    const depth = depths.get(child.id) ?? child.depth;
    return depth === child.depth ? [] : [{ id: child.id, parent_id: child.parent_id, depth }];
  });
  return [own, ...moved];
}

/**
 * Refuses levels that the existing nodes would break once `rename` (old name → new) is applied:
 * every node's level among them and in order under its parent. Answers the renames to apply.
 */
export function checkLevels<N extends TreeNode>(
  levels: readonly string[],
  rename: Readonly<Record<string, string>>,
  index: HierarchyIndex<N>,
): Array<{ node: N; level: string }> {
  const errors: Array<{ field: string; message: string }> = [];
  for (const [from, to] of Object.entries(rename)) {
    if (!levels.includes(to)) errors.push({ field: `rename.${from}`, message: `${to} is not among levels` });
  }
  if (errors.length) throw ProblemException.validation(errors);

  const renamed = (node: TreeNode): TreeNode => ({ ...node, level: rename[node.level] ?? node.level });
  const limits = { levels, maxDepth: Number.MAX_SAFE_INTEGER };
  const broken = index.preorder().flatMap((node) => {
    const parent = node.parent_id === null ? undefined : index.get(node.parent_id);
    const problem = levelProblem(limits, renamed(node).level, parent && renamed(parent));
    return problem ? [{ field: 'levels', message: `node ${node.code}: ${problem}` }] : [];
  });
  if (broken.length) {
    throw new ProblemException(
      'conflict',
      `${broken.length} node(s) would break the new levels; rename or move them first`,
      broken.slice(0, 50),
    );
  }
  return index
    .preorder()
    .filter((node) => rename[node.level] !== undefined && rename[node.level] !== node.level)
    .map((node) => ({ node, level: rename[node.level] }));
}
