import { Inject, Injectable } from '@nestjs/common';
import type { BudgetPeriod, COST_STREAMS } from '@slipway/contracts';
import { allPages, DataApiClient } from '@slipway/data-client';
import { AppLogger } from '@slipway/platform';
import { StreamProducer } from '@slipway/streams';
import type { NodeRecord } from '../hierarchy/hierarchy-records';
import type { Organization } from '../organizations/org-directory';
import { fromMicros } from './budget-money';

export type CostProducer = StreamProducer<typeof COST_STREAMS>;

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
  at: Date;
}

/**
 * "Budget reached" on `notifications.outbox`: one message per channel of each enabled rule on
 * `budget_reached`, keyed `budget_reached:<node>:<period>:<window>`, so the cost-worker delivers it
 * once per channel and window however often it is sent.
 */
@Injectable()
export class BudgetNotifications {
  constructor(
    private readonly data: DataApiClient,
    @Inject(StreamProducer) private readonly producer: CostProducer,
    private readonly logger: AppLogger,
  ) {}

  /** Sends the notification; false (logged) when it could not be, for the caller to try at the next crossing. */
  async reached(org: Organization, event: SoftBudgetReached): Promise<boolean> {
    try {
      const rules = await allPages((cursor) =>
        this.data.get('/api/notification_rules', {
          params: {
            query: {
              org_id: org.id,
              event: ['budget_reached'],
              enabled: true,
              limit: 100,
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      );
      const message = this.message(org, event);
      for (const rule of rules)
        for (const channelId of rule.channel_ids)
          await this.producer.emit('notifications.outbox', {
            ...message,
            channel_id: channelId,
            rule_id: rule.id,
          });
      return true;
    } catch (error) {
      this.logger.warn(
        { err: error, org: org.slug, node_id: event.node.id, period: event.period },
        'the budget-reached notification was not sent; the next call over the budget tries again',
      );
      return false;
    }
  }

  private message(org: Organization, event: SoftBudgetReached) {
    const money = (micros: number) => `${fromMicros(micros)} ${org.currency}`;
    const { node, period, window } = event;
    const data = {
      org_id: org.id,
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
    };
    return {
      org_id: org.id,
      event: 'budget_reached' as const,
      event_key: `budget_reached:${node.id}:${period}:${window}`,
      title: `Budget reached: ${node.name} (${node.code}), ${period} budget of ${money(event.budget)}`,
      text: [
        `${org.name}: the ${period} budget of ${node.name} (${node.code}) for ${window} is reached.`,
        `Budget ${money(event.budget)}; spent ${money(event.spent)}, held by calls in flight ${money(event.reserved)}; the call admitted may cost up to ${money(event.amount)}.`,
        'The budget is soft: calls are still admitted. Make it hard to refuse them.',
      ].join('\n'),
      data,
      occurred_at: event.at.toISOString(),
    };
  }
}
