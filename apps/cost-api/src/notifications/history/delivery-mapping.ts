import type { NotificationDeliveryDto } from '@slipway/contracts';
import type { ChannelRecord } from '../records/channel-records';
import type { DeliveryRecord } from '../records/delivery-records';

const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

/** A delivery row as the history answers it, with its channel's name and kind when the channel is known. */
export function toDeliveryDto(
  row: DeliveryRecord,
  channel: ChannelRecord | undefined,
): NotificationDeliveryDto {
  return {
    id: row.id,
    channel_id: row.channel_id,
    channel_name: channel?.name ?? null,
    channel_kind: channel?.kind ?? null,
    rule_id: row.rule_id,
    event: text(row.payload.event, 'unknown'),
    event_key: row.event_key,
    title: text(row.payload.title, ''),
    status: row.status,
    attempts: row.attempts,
    last_error: row.last_error,
    sent_at: row.sent_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
