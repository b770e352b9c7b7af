import { Injectable } from '@nestjs/common';
import type { NotificationDeliveryDto } from '@slipway/contracts';
import { AppLogger, Clock } from '@slipway/platform';
import { randomUUID } from 'node:crypto';
import type { Organization } from '../../organizations/org-directory';
import { toDeliveryDto } from '../history/delivery-mapping';
import { DeliveryRecords } from '../records/delivery-records';
import { ChannelSender } from '../senders/channel-sender';
import { SendError } from '../senders/outgoing';
import { ChannelsService } from './channels.service';

/**
 * `POST …/channels/{id}/test`: a test message sent at once (not through the outbox) and recorded
 * in the history like any delivery, answered with how it went.
 */
@Injectable()
export class ChannelTester {
  private readonly logger: AppLogger;

  constructor(
    private readonly channels: ChannelsService,
    private readonly deliveries: DeliveryRecords,
    private readonly sender: ChannelSender,
    private readonly clock: Clock,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ feature: 'notifications' });
  }

  async test(org: Organization, id: string): Promise<NotificationDeliveryDto> {
    const channel = await this.channels.visible(org, id);
    const at = this.clock.now().toISOString();
    const title = `Test notification for ${channel.name}`;
    const text = `This is a test of the ${channel.kind} channel “${channel.name}” of ${org.name} (${org.slug}), sent at ${at}. If it reached you, the channel works.`;
    const row = await this.deliveries.create({
      org_id: org.id,
      channel_id: channel.id,
      event_key: `test:${randomUUID()}`,
      status: 'pending',
      attempts: 0,
      payload: { event: 'test', title, text },
    });
    try {
      await this.sender.send(channel, {
        delivery_id: row.id,
        org_id: org.id,
        event: 'test',
        event_key: row.event_key,
        title,
        text,
        data: { channel_id: channel.id, channel_name: channel.name },
        occurred_at: at,
      });
    } catch (error) {
      if (!(error instanceof SendError)) throw error;
      this.logger.warn({ channel_id: channel.id, error: error.message }, 'channel test failed');
      const failed = await this.deliveries.update(row, {
        status: 'failed',
        attempts: 1,
        last_error: error.message,
      });
      return toDeliveryDto(failed, channel);
    }
    const sent = await this.deliveries.update(row, {
      status: 'sent',
      attempts: 1,
      sent_at: this.clock.now().toISOString(),
    });
    return toDeliveryDto(sent, channel);
  }
}
