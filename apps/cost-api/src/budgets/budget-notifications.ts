import { Injectable } from '@nestjs/common';
import type { BudgetPeriod } from '@slipway/contracts';
import { AppLogger } from '@slipway/platform';
import type { NodeRecord } from '../hierarchy/hierarchy-records';
import { Notifier } from '../notifications/delivery/notifier';
import type { Organization } from '../organizations/org-directory';
import { fromMicros } from './budget-money';

/** A soft budget a call was admitted over, with the figures before the call. */
export interface SoftBudgetReached {
  node: NodeRecord;
  period: BudgetPeriod;
  /** The local day or month. */
  window: string;
  budget: number;
  spent: number;
  reserved: number;
  amount: number;
  reservationId: string;
}

/**
 * budget_reached, told through the Notifier (the rules of the event whose node filter takes the
 * node, one message per channel on `notifications.outbox`), keyed
 * `budget_reached:<node>:<period>:<window>`: delivered once per channel and window however often
 * it is told.
 */
@Injectable()
export class BudgetNotifications {
  private readonly logger: AppLogger;

  constructor(
    private readonly notifier: Notifier,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ feature: 'budgets' });
  }

  /** Tells it; false (logged) when it could not be queued, for the caller to try at the next crossing. */
  async reached(org: Organization, event: SoftBudgetReached): Promise<boolean> {
    const money = (micros: number) => `${fromMicros(micros)} ${org.currency}`;
    const { node, period, window } = event;
    try {
      await this.notifier.notify({
        orgId: org.id,
        event: 'budget_reached',
        key: `budget_reached:${node.id}:${period}:${window}`,
        title: `Budget reached: ${node.name} (${node.code}), ${period} budget of ${money(event.budget)}`,
        text: [
          `${org.name}: the ${period} budget of ${node.name} (${node.code}) for ${window} is reached.`,
          `Budget ${money(event.budget)}; spent ${money(event.spent)}, held by calls in flight ${money(event.reserved)}; the call admitted may cost up to ${money(event.amount)}.`,
          'The budget is soft: calls are still admitted. Make it hard to refuse them.',
        ].join('\n'),
        data: {
          node_id: node.id,
          node_code: node.code,
          node_name: node.name,
          period,
          window,
          timezone: org.timezone,
          currency: org.currency,
          budget: fromMicros(event.budget),
          spent: fromMicros(event.spent),
          reserved: fromMicros(event.reserved),
          amount: fromMicros(event.amount),
          reservation_id: event.reservationId,
        },
        subject: { node_id: node.id },
      });
      return true;
    } catch (error) {
      this.logger.warn(
        { err: error, org: org.slug, node_id: node.id, period },
        'the budget-reached notice was not queued; the next call over the budget tells it again',
      );
      return false;
    }
  }
}
