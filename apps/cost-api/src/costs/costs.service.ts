import { Injectable } from '@nestjs/common';
import {
  type CostGroup,
  type CostSummaryDto,
  type CostSummaryQueryDto,
  type CostTotalDto,
  type CostTotalQueryDto,
  type CostTrendDto,
  type CostTrendQueryDto,
  DEFAULT_COST_GROUPS,
  MAX_COST_HOUR_DAYS,
  MAX_SPEND_GROUPS,
  type SpendSource,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { Organization } from '../organizations/org-directory';
import { HierarchyTrees } from '../hierarchy/hierarchy-tree';
import { groupOf, type NodeLabel, regroupByNode, SPEND_FIELD, totalsOf } from './cost-groups';
import { answerOf, CostScopes, dayWindow, type CostScope } from './cost-scope';
import { hourBuckets } from './hour-trend';
import { SpendSums } from './spend-sums';

const refused = (field: string, message: string) => ProblemException.validation([{ field, message }]);

/** A node's ancestor (or itself) at a level, and the labels of the nodes groups name. */
interface Tree {
  labels: Map<string, NodeLabel>;
  ancestorAt(nodeId: string | null, level: string): string | null;
}

/**
 * The organization's costs: its total, summaries grouped by what it asks, trends in buckets of its
 * time zone — sums of data-api's ledger reads, amounts exact, nodes labelled from its hierarchy.
 */
@Injectable()
export class CostsService {
  constructor(
    private readonly sums: SpendSums,
    private readonly scopes: CostScopes,
    private readonly trees: HierarchyTrees,
  ) {}

  async total(org: Organization, query: CostTotalQueryDto): Promise<CostTotalDto> {
    const scope = this.scopes.of(org, query);
    const sums = await this.sums.aggregate({ ...dayWindow(scope), group_by: ['source'] });
    return {
      ...answerOf(scope),
      total: totalsOf(sums.total),
      by_source: sums.groups.map((group) => ({
        source: group.key.source as SpendSource,
        ...totalsOf(group),
      })),
    };
  }

  async summary(org: Organization, query: CostSummaryQueryDto): Promise<CostSummaryDto> {
    const scope = this.scopes.of(org, query);
    const groupBy = [...new Set<CostGroup>(query.group_by ?? ['provider'])];
    const level = this.levelOf(org, groupBy, query.level);
    const limit = query.limit ?? DEFAULT_COST_GROUPS;
    const fields = [...new Set(groupBy.map((group) => SPEND_FIELD[group]))];
    const labelled = groupBy.includes('node') || level !== undefined;
    const [sums, tree] = await Promise.all([
      this.sums.aggregate({ ...dayWindow(scope), group_by: fields, limit: level ? MAX_SPEND_GROUPS : limit }),
      labelled ? this.tree(org) : null,
    ]);
    let groups = sums.groups;
    let groupCount = sums.group_count;
    if (level !== undefined && tree !== null) {
      if (sums.truncated)
        throw refused(
          'group_by',
          `over ${MAX_SPEND_GROUPS} groups to map to ${level}: narrow the range or filters`,
        );
      groups = regroupByNode(groups, (node) => tree.ancestorAt(node, level));
      groupCount = groups.length;
      groups = groups.slice(0, limit);
    }
    const labels = tree?.labels ?? new Map<string, NodeLabel>();
    return {
      ...answerOf(scope),
      group_by: groupBy,
      groups: groups.map((group) => groupOf(groupBy, group, labels, level)),
      total: totalsOf(sums.total),
      group_count: groupCount,
      truncated: groupCount > groups.length,
    };
  }

  async trend(org: Organization, query: CostTrendQueryDto): Promise<CostTrendDto> {
    const granularity = query.granularity ?? 'day';
    if (granularity === 'hour') {
      const scope = this.scopes.of(org, query, MAX_COST_HOUR_DAYS);
      return { ...answerOf(scope), granularity, ...(await hourBuckets(this.sums, scope)) };
    }
    const scope: CostScope = this.scopes.of(org, query);
    const trend = await this.sums.dayTrend({ ...dayWindow(scope), bucket: granularity });
    return {
      ...answerOf(scope),
      granularity,
      buckets: trend.buckets.map((bucket) => ({ start: bucket.start, ...totalsOf(bucket) })),
      total: totalsOf(trend.total),
    };
  }

  /** The level a summary maps nodes to: required with group_by=level, one of the org's, and only then. */
  private levelOf(
    org: Organization,
    groupBy: readonly CostGroup[],
    level: string | undefined,
  ): string | undefined {
    if (!groupBy.includes('level')) {
      if (level !== undefined) throw refused('level', 'level is read only with group_by=level');
      return undefined;
    }
    if (groupBy.includes('node')) throw refused('group_by', 'group by node or by level, not both');
    if (level === undefined)
      throw refused('level', 'group_by=level needs level, one of the hierarchy’s levels');
    if (!org.hierarchy_levels.includes(level))
      throw refused(
        'level',
        `level must be one of the organization’s levels: ${org.hierarchy_levels.join(', ')}`,
      );
    return level;
  }

  private async tree(org: Organization): Promise<Tree> {
    const { index } = await this.trees.load(org);
    const labels = new Map(
      index.preorder().map((node) => [node.id, { id: node.id, code: node.code, name: node.name }]),
    );
    return {
      labels,
      ancestorAt: (nodeId, level) =>
        nodeId === null ? null : (index.path(nodeId).find((node) => node.level === level)?.id ?? null),
    };
  }
}
