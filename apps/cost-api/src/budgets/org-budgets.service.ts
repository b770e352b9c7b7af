import { Injectable } from '@nestjs/common';
import type { BudgetWindowDto, NodeBudgetDto, OrgBudgetsDto } from '@slipway/contracts';
import { Clock } from '@slipway/platform';
import type { NodeRecord } from '../hierarchy/hierarchy-records';
import type { Organization } from '../organizations/org-directory';
import { OrgCalendar } from '../quota/org-calendar';
import { BudgetBook, budgetNode } from './budget-book';
import { fromMicros } from './budget-money';
import { BudgetSeeds } from './budget-seeds';
import { BudgetStore } from './budget-store';
import type { BudgetFigures } from './budget.types';

function window(budget: number | null, spent: number, reserved: number, resetsAt: Date): BudgetWindowDto {
  return {
    budget: budget === null ? null : fromMicros(budget),
    spent: fromMicros(spent),
    reserved: fromMicros(reserved),
    remaining: budget === null ? null : fromMicros(Math.max(0, budget - spent - reserved)),
    resets_at: resetsAt.toISOString(),
  };
}

/**
 * An organization's budgets as they stand: every node's daily and monthly budget, what it and its
 * subtree spent in the window (Redis' projection, seeded from the ledger when missing), what calls
 * in flight hold, and what is left.
 */
@Injectable()
export class OrgBudgets {
  constructor(
    private readonly store: BudgetStore,
    private readonly book: BudgetBook,
    private readonly seeds: BudgetSeeds,
    private readonly clock: Clock,
  ) {}

  /**
   * The organization's current day and month set back to the ledger's figures
   * (`POST /api/v1/admin/budgets/{org}/rebuild`), then its budgets as they stand.
   */
  async rebuild(org: Organization): Promise<OrgBudgetsDto> {
    const at = this.clock.now();
    const calendar = new OrgCalendar(org.timezone);
    await Promise.all([
      this.seeds.rebuild(org.id, 'daily', calendar.day(at), at.getTime()),
      this.seeds.rebuild(org.id, 'monthly', calendar.month(at), at.getTime()),
    ]);
    return this.figures(org);
  }

  async figures(org: Organization): Promise<OrgBudgetsDto> {
    const at = this.clock.now();
    const calendar = new OrgCalendar(org.timezone);
    const [day, month] = [calendar.day(at), calendar.month(at)];
    const tree = await this.book.tree(org.id);
    let figures = await this.store.figures(org.id, day, month, at.getTime());
    if (!figures.daily.seeded || !figures.monthly.seeded) {
      await Promise.all([
        figures.daily.seeded ? null : this.seeds.seed(org.id, 'daily', day),
        figures.monthly.seeded ? null : this.seeds.seed(org.id, 'monthly', month),
      ]);
      figures = await this.store.figures(org.id, day, month, at.getTime());
    }
    const resets = { daily: calendar.nextDayStart(at), monthly: calendar.nextMonthStart(at) };
    return {
      org: org.slug,
      timezone: org.timezone,
      currency: org.currency,
      day,
      month,
      nodes: tree.preorder().map((node) => nodeBudget(node, figures, resets)),
    };
  }
}

function nodeBudget(
  node: NodeRecord,
  figures: BudgetFigures,
  resets: { daily: Date; monthly: Date },
): NodeBudgetDto {
  const budgets = budgetNode(node);
  const reserved = figures.reserved.get(node.id) ?? 0;
  return {
    node_id: node.id,
    parent_id: node.parent_id,
    code: node.code,
    name: node.name,
    level: node.level,
    enforcement: budgets.hard ? 'hard' : 'soft',
    daily: window(budgets.daily, figures.daily.spent.get(node.id) ?? 0, reserved, resets.daily),
    monthly: window(budgets.monthly, figures.monthly.spent.get(node.id) ?? 0, reserved, resets.monthly),
  };
}
