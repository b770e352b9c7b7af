import { Injectable } from '@nestjs/common';
import { MAX_SPEND_GROUPS, type BudgetPeriod } from '@slipway/contracts';
import { Money } from '@slipway/pricing';
import type { Decimal } from 'decimal.js';
import { SpendSums } from '../costs/spend-sums';
import type { HierarchyIndex } from '../hierarchy/hierarchy-index';
import type { NodeRecord } from '../hierarchy/hierarchy-records';
import { BudgetBook } from './budget-book';
import { toMicros } from './budget-money';
import { BudgetStore } from './budget-store';

/** The local days a window spans: a day, or a month from its 1st to its last. */
function daysOf(period: BudgetPeriod, window: string): { from_day: string; to_day: string } {
  if (period === 'daily') return { from_day: window, to_day: window };
  const [year, month] = window.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from_day: `${window}-01`, to_day: `${window}-${String(last).padStart(2, '0')}` };
}

/**
 * Spent per node in a window, from the ledger's daily rollups (data-api's aggregate by node): each
 * node counts its own spend and its subtree's, as a reservation holds on every ancestor. This is
 * what a window of Redis is seeded with when it has none (a new window, a Redis that lost it).
 */
@Injectable()
export class BudgetSeeds {
  /** Windows this process is seeding: concurrent callers read the ledger once. */
  private readonly seeding = new Map<string, Promise<boolean>>();

  constructor(
    private readonly sums: SpendSums,
    private readonly store: BudgetStore,
    private readonly book: BudgetBook,
  ) {}

  /** Seeds the window from the ledger unless another caller (of any process) did first; true when this one wrote. */
  seed(orgId: string, period: BudgetPeriod, window: string): Promise<boolean> {
    const key = `${orgId}:${period}:${window}`;
    let seeding = this.seeding.get(key);
    if (!seeding) {
      seeding = this.spent(orgId, period, window)
        .then((spent) => this.store.seed(orgId, period, window, spent))
        .finally(() => this.seeding.delete(key));
      this.seeding.set(key, seeding);
    }
    return seeding;
  }

  /**
   * Sets the window back to the ledger's figures (repair, once the ledger has caught up with the
   * calls): lapsed worst cases and whatever Redis lost or doubled give way to what the calls cost.
   */
  async rebuild(orgId: string, period: BudgetPeriod, window: string, nowMs: number): Promise<boolean> {
    return this.store.rebuild(orgId, period, window, await this.spent(orgId, period, window), nowMs);
  }

  private async spent(orgId: string, period: BudgetPeriod, window: string) {
    return this.ledger(orgId, await this.book.tree(orgId), period, window);
  }

  /** The ledger's spend of the window per node, subtrees included, in micro-units. */
  async ledger(
    orgId: string,
    tree: HierarchyIndex<NodeRecord>,
    period: BudgetPeriod,
    window: string,
  ): Promise<Map<string, number>> {
    const data = await this.sums.aggregate({
      org_id: orgId,
      ...daysOf(period, window),
      group_by: ['node_id'],
      limit: MAX_SPEND_GROUPS,
    });
    const totals = new Map<string, Decimal>();
    for (const group of data.groups) {
      const nodeId = group.key.node_id;
      if (!nodeId) continue;
      for (const node of tree.path(nodeId))
        totals.set(node.id, (totals.get(node.id) ?? new Money(0)).plus(group.amount));
    }
    // Adjustments may take a window below 0; it then counts as nothing spent.
    return new Map([...totals].map(([node, amount]) => [node, amount.isNegative() ? 0 : toMicros(amount)]));
  }
}
