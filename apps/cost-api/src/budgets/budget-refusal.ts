import { ProblemException } from '@slipway/platform';
import type { NodeRecord } from '../hierarchy/hierarchy-records';
import type { Organization } from '../organizations/org-directory';
import type { OrgCalendar } from '../quota/org-calendar';
import { fromMicros } from './budget-money';
import type { ReserveOutcome } from './budget.types';

type Refused = Extract<ReserveOutcome, { outcome: 'refused' }>;

/**
 * The 429 of a hard budget a call would go over: which node and period, its budget, what is spent
 * and held there and what is left, and when the window starts again (Retry-After).
 */
export function budgetRefusal(
  org: Organization,
  node: NodeRecord,
  refused: Refused,
  amount: number,
  calendar: OrgCalendar,
  at: Date,
): ProblemException {
  const resetsAt = refused.period === 'daily' ? calendar.nextDayStart(at) : calendar.nextMonthStart(at);
  const retryAfter = Math.max(1, Math.ceil((resetsAt.getTime() - at.getTime()) / 1000));
  const left = Math.max(0, refused.budget - refused.spent - refused.reserved);
  const money = (micros: number) => `${fromMicros(micros)} ${org.currency}`;
  return new ProblemException(
    'budget_exceeded',
    `${node.code} (${node.name}) has ${money(left)} left of its ${refused.period} budget of ${money(refused.budget)} ` +
      `(${money(refused.spent)} spent, ${money(refused.reserved)} held by calls in flight); this call may cost up to ` +
      `${money(amount)}; the budget resets at ${resetsAt.toISOString()}`,
    [
      {
        field: `${refused.period}_budget`,
        message:
          `node ${node.id} (${node.code}): budget ${fromMicros(refused.budget)}, spent ${fromMicros(refused.spent)}, ` +
          `reserved ${fromMicros(refused.reserved)}, remaining ${fromMicros(left)}, resets_at ${resetsAt.toISOString()}`,
      },
    ],
    { 'Retry-After': String(retryAfter) },
  );
}
