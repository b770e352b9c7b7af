import { Injectable } from '@nestjs/common';
import type { NotificationHistoryDto, NotificationHistoryQueryDto } from '@slipway/contracts';
import type { Organization } from '../../organizations/org-directory';
import { ChannelRecords } from '../records/channel-records';
import { DeliveryRecords } from '../records/delivery-records';
import { toDeliveryDto } from './delivery-mapping';

/** Every delivery of the organization, newest first: channel, status, attempts, the last error. */
@Injectable()
export class HistoryService {
  constructor(
    private readonly deliveries: DeliveryRecords,
    private readonly channels: ChannelRecords,
  ) {}

  async list(org: Organization, query: NotificationHistoryQueryDto): Promise<NotificationHistoryDto> {
    const [page, channels] = await Promise.all([
      this.deliveries.page(org.id, query),
      this.channels.ofOrg(org.id, true),
    ]);
    const byId = new Map(channels.map((channel) => [channel.id, channel]));
    return {
      items: page.items.map((row) => toDeliveryDto(row, byId.get(row.channel_id))),
      next_cursor: page.next_cursor,
    };
  }
}
