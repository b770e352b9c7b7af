import { Injectable } from '@nestjs/common';
import type { NotificationRequested } from '@slipway/contracts';
import { AppLogger, Clock } from '@slipway/platform';
import { ChannelRecords } from '../records/channel-records';
import { DeliveryRecords, type DeliveryRecord } from '../records/delivery-records';
import { ChannelSender } from '../senders/channel-sender';
import { SendError } from '../senders/outgoing';
import { DeliveryClaims } from './delivery-claims';

/** Which delivery of an outbox message this is, as the stream says. */
export interface OutboxAttempt {
  messageId: string;
  attempt: number;
  maxDeliveries: number;
}

export type DeliveryOutcome = 'sent' | 'skipped' | 'failed';

const MAX_ERROR = 1000;

/**
 * One `notifications.outbox` message: the channel looked up (gone or disabled: nothing to do), the
 * delivery claimed (see DeliveryClaims), the message sent, the row marked sent. A failed send is
 * recorded on the row (attempts, last_error) and thrown, so the stream retries it with backoff; the
 * last delivery before the DLQ marks the row failed first. A failure retrying cannot mend (no
 * secret, no SMTP server) and a taken-over claim are marked failed at once.
 */
@Injectable()
export class OutboxDelivery {
  private readonly logger: AppLogger;

  constructor(
    private readonly channels: ChannelRecords,
    private readonly records: DeliveryRecords,
    private readonly claims: DeliveryClaims,
    private readonly sender: ChannelSender,
    private readonly clock: Clock,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ feature: 'notifications' });
  }

  async deliver(message: NotificationRequested, attempt: OutboxAttempt): Promise<DeliveryOutcome> {
    const context = {
      channel_id: message.channel_id,
      event_key: message.event_key,
      attempt: attempt.attempt,
    };
    const channel = await this.channels.find(message.channel_id);
    if (!channel || channel.org_id !== message.org_id || channel.deleted_at !== null || !channel.enabled) {
      this.logger.info(context, 'notification dropped: its channel is gone or disabled');
      return 'skipped';
    }
    const claim = await this.claims.claim(message, attempt.messageId);
    if (!claim.owned) {
      this.logger.info({ ...context, reason: claim.reason }, 'notification not sent again');
      return 'skipped';
    }
    const row = claim.row;
    const attempts = row.attempts + 1;
    try {
      await this.sender.send(channel, {
        delivery_id: row.id,
        org_id: message.org_id,
        event: message.event,
        event_key: message.event_key,
        title: message.title,
        text: message.text,
        data: message.data,
        occurred_at: message.occurred_at,
      });
    } catch (error) {
      if (!(error instanceof SendError)) throw error;
      const last = error.permanent || claim.takeover || attempt.attempt >= attempt.maxDeliveries;
      await this.recordFailure(row, attempts, error.message, last);
      this.logger.warn({ ...context, error: error.message, final: last }, 'notification not sent');
      if (error.permanent || claim.takeover) return 'failed';
      throw error;
    }
    await this.records.update(row, {
      status: 'sent',
      attempts,
      last_error: null,
      sent_at: this.clock.now().toISOString(),
    });
    this.logger.info({ ...context, delivery_id: row.id }, 'notification sent');
    return 'sent';
  }

  private async recordFailure(row: DeliveryRecord, attempts: number, error: string, last: boolean) {
    await this.records.update(row, {
      attempts,
      last_error: error.slice(0, MAX_ERROR),
      ...(last ? { status: 'failed' as const } : {}),
    });
  }
}
