/** What the tree rules read of a node: its place, its code and its level. */
export interface TreeNode {
  id: string;
  parent_id: string | null;
  code: string;
  level: string;
  depth: number;
}

const byCode = (a: TreeNode, b: TreeNode): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * One organization's nodes held in memory, for the questions the rules ask: a node's ancestors,
 * its subtree, how deep the subtree goes. Siblings are ordered by code, so every walk (tree,
 * export) comes out the same way twice. Walks stop at a node seen before, so even stored data that
 * loops cannot hang them.
 */
export class HierarchyIndex<N extends TreeNode> {
  private readonly byId = new Map<string, N>();
  private readonly children = new Map<string | null, N[]>();

  constructor(nodes: readonly N[]) {
    for (const node of nodes) this.byId.set(node.id, node);
    for (const node of nodes) {
      // A node whose parent is not among them (another org's, or gone) is treated as a root.
      const parent = node.parent_id !== null && this.byId.has(node.parent_id) ? node.parent_id : null;
      const siblings = this.children.get(parent) ?? [];
      siblings.push(node);
      this.children.set(parent, siblings);
    }
    for (const siblings of this.children.values()) siblings.sort(byCode);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): N | undefined {
    return this.byId.get(id);
  }

  /** The nodes without a parent (among these nodes), by code. */
  roots(): readonly N[] {
    return this.children.get(null) ?? [];
  }

  childrenOf(id: string): readonly N[] {
    return this.children.get(id) ?? [];
  }

  /** The node's ancestors and the node itself, root first. */
  path(id: string): N[] {
    const path: N[] = [];
    const seen = new Set<string>();
    for (let node = this.byId.get(id); node && !seen.has(node.id); node = this.parentOf(node)) {
      seen.add(node.id);
      path.unshift(node);
    }
    return path;
  }

  /** Every node below `id`, parents before their children (pre-order, siblings by code). */
  descendants(id: string): N[] {
    return this.walk(this.childrenOf(id), new Set([id]));
  }

  /** Every node, parents before their children. */
  preorder(): N[] {
    return this.walk(this.roots(), new Set());
  }

  /** Whether `candidate` is `id` or lies in its subtree. */
  inSubtree(id: string, candidate: string): boolean {
    return this.path(candidate).some((node) => node.id === id);
  }

  private parentOf(node: N): N | undefined {
    return node.parent_id === null ? undefined : this.byId.get(node.parent_id);
  }

  private walk(start: readonly N[], seen: Set<string>): N[] {
    const out: N[] = [];
    const stack = [...start].reverse();
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      out.push(node);
      stack.push(...[...this.childrenOf(node.id)].reverse());
    }
    return out;
  }
}
