import type { CostGroup, CostGroupDto, CostGroupKeyDto, CostTotalsDto } from '@slipway/contracts';
import { Money } from '@slipway/pricing';
import type { Aggregate, Totals } from './spend-sums';

/** The ledger dimension data-api groups by for each of ours (`level` groups by node, then maps). */
export const SPEND_FIELD = {
  provider: 'provider',
  model: 'model',
  project: 'project_id',
  node: 'node_id',
  level: 'node_id',
  user: 'user_id',
  source: 'source',
  day: 'local_day',
} as const satisfies Record<CostGroup, string>;

type SpendGroup = Aggregate['groups'][number];
type RawKey = SpendGroup['key'];

/** What the groups show of a node: its code and name (a deleted node shows neither). */
export interface NodeLabel {
  id: string;
  code: string;
  name: string;
}

export const totalsOf = (sums: Totals): CostTotalsDto => ({
  amount: sums.amount,
  input_tokens: sums.input_tokens,
  output_tokens: sums.output_tokens,
  cached_input_tokens: sums.cached_input_tokens,
  events: sums.events,
});

/** Exact sums of several totals. */
export function addTotals(all: readonly Totals[]): CostTotalsDto {
  let amount = new Money(0);
  const sum = { input_tokens: 0, output_tokens: 0, cached_input_tokens: 0, events: 0 };
  for (const t of all) {
    amount = amount.plus(t.amount);
    sum.input_tokens += t.input_tokens;
    sum.output_tokens += t.output_tokens;
    sum.cached_input_tokens += t.cached_input_tokens;
    sum.events += t.events;
  }
  return { amount: amount.toFixed(), ...sum };
}

/** Largest amount first; ties by key, so an answer comes out the same twice. */
export const byAmount = (
  a: { amount: string; order: string },
  b: { amount: string; order: string },
): number => new Money(b.amount).comparedTo(a.amount) || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);

/**
 * Re-sums data-api's groups (which name the node charged) under each node's ancestor at a level:
 * `ancestorAt` answers it, or null (no node, a node above the level, a node since deleted).
 * Answers every group, largest amount first.
 */
export function regroupByNode(
  groups: readonly SpendGroup[],
  ancestorAt: (nodeId: string | null) => string | null,
): SpendGroup[] {
  const merged = new Map<string, { key: RawKey; parts: Totals[] }>();
  for (const group of groups) {
    const key: RawKey = { ...group.key, node_id: ancestorAt(group.key.node_id ?? null) };
    const id = JSON.stringify(key);
    const entry = merged.get(id) ?? { key, parts: [] };
    entry.parts.push(group);
    merged.set(id, entry);
  }
  return [...merged.entries()]
    .map(([order, { key, parts }]) => ({ key, ...addTotals(parts), order }))
    .sort(byAmount)
    .map(({ order: _order, ...group }) => group);
}

/** A group's key as the summary answers it: the dimensions asked for, in their order, nodes labelled. */
export function keyOf(
  groupBy: readonly CostGroup[],
  raw: RawKey,
  nodes: ReadonlyMap<string, NodeLabel>,
  level: string | undefined,
): CostGroupKeyDto {
  const key: CostGroupKeyDto = {};
  for (const group of groupBy) {
    switch (group) {
      case 'provider':
        key.provider = raw.provider ?? undefined;
        break;
      case 'model':
        key.model = raw.model ?? null;
        break;
      case 'project':
        key.project_id = raw.project_id ?? null;
        break;
      case 'node':
      case 'level': {
        const id = raw.node_id ?? null;
        const node = id === null ? undefined : nodes.get(id);
        if (group === 'level') key.level = level;
        key.node_id = id;
        key.node_code = node?.code ?? null;
        key.node_name = node?.name ?? null;
        break;
      }
      case 'user':
        key.user_id = raw.user_id ?? null;
        break;
      case 'source':
        key.source = raw.source;
        break;
      case 'day':
        key.day = raw.local_day;
        break;
    }
  }
  return key;
}

export const groupOf = (
  groupBy: readonly CostGroup[],
  group: SpendGroup,
  nodes: ReadonlyMap<string, NodeLabel>,
  level: string | undefined,
): CostGroupDto => ({ key: keyOf(groupBy, group.key, nodes, level), ...totalsOf(group) });
