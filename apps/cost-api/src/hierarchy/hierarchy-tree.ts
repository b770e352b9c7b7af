import { Inject, Injectable } from '@nestjs/common';
import type { HierarchyNodeDto } from '@slipway/contracts';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import type { CostApiConfig } from '../config';
import type { Organization } from '../organizations/org-directory';
import { HierarchyIndex } from './hierarchy-index';
import { toNodeDto } from './hierarchy-mapping';
import { HierarchyRecords, type NodeRecord } from './hierarchy-records';
import type { TreeLimits } from './hierarchy-rules';

/** An organization's tree as read for one request: its records, the index over them, its limits. */
export interface LoadedTree {
  records: Map<string, NodeRecord>;
  index: HierarchyIndex<HierarchyNodeDto>;
  limits: TreeLimits;
}

/** Loads an organization's whole tree and the limits its rules apply (its levels, HIERARCHY_MAX_DEPTH). */
@Injectable()
export class HierarchyTrees {
  constructor(
    private readonly records: HierarchyRecords,
    @Inject(APP_CONFIG) private readonly config: CostApiConfig,
  ) {}

  limitsOf(org: Organization, levels: readonly string[] = org.hierarchy_levels): TreeLimits {
    return { levels, maxDepth: this.config.HIERARCHY_MAX_DEPTH };
  }

  async load(org: Organization): Promise<LoadedTree> {
    const rows = await this.records.allNodes(org.id);
    return {
      records: new Map(rows.map((row) => [row.id, row])),
      index: new HierarchyIndex(rows.map(toNodeDto)),
      limits: this.limitsOf(org),
    };
  }

  /** The tree and one node of it (404 when the node is not the organization's). */
  async loadWith(org: Organization, id: string): Promise<LoadedTree & { node: NodeRecord }> {
    const tree = await this.load(org);
    const node = tree.records.get(id);
    if (!node) throw notFoundNode(id);
    return { ...tree, node };
  }
}

export const notFoundNode = (id: string) => ProblemException.notFound(`Hierarchy node ${id}`);
