import { Inject, Injectable } from '@nestjs/common';
import type { NotificationRequested } from '@slipway/contracts';
import {
  DataApiConflictError,
  DataApiPreconditionFailedError,
  DataApiValidationError,
} from '@slipway/data-client';
import { APP_CONFIG, Clock } from '@slipway/platform';
import type { NotificationSettings } from '../notification-settings';
import { DeliveryRecords, type DeliveryRecord } from '../records/delivery-records';

/** The delivery this message now owns (`takeover`: claimed from a sender presumed lost), or why it sends nothing. */
export type Claim =
  { owned: true; row: DeliveryRecord; takeover: boolean } | { owned: false; reason: string };

/** The outbox envelope a delivery row was claimed by (kept in its payload). */
export const messageIdOf = (row: DeliveryRecord): unknown => row.payload.message_id;

/**
 * The claim of a send, before it is made: the delivery row of (channel, event key) is created
 * pending, naming the outbox envelope that created it. A 409 means the row exists: its own
 * envelope redelivered carries on; anything sent or failed is left alone; another envelope's
 * pending row is left to it unless untouched for NOTIFY_CLAIM_STALE_MS, when it is taken over
 * with a conditional write (one taker wins).
 */
@Injectable()
export class DeliveryClaims {
  private readonly staleMs: number;

  constructor(
    private readonly records: DeliveryRecords,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: NotificationSettings,
  ) {
    this.staleMs = config.NOTIFY_CLAIM_STALE_MS;
  }

  async claim(message: NotificationRequested, messageId: string): Promise<Claim> {
    try {
      const row = await this.records.create({
        org_id: message.org_id,
        ...(message.rule_id ? { rule_id: message.rule_id } : {}),
        channel_id: message.channel_id,
        event_key: message.event_key,
        status: 'pending',
        attempts: 0,
        payload: {
          message_id: messageId,
          event: message.event,
          title: message.title,
          text: message.text,
          data: message.data,
          occurred_at: message.occurred_at,
        },
      });
      return { owned: true, row, takeover: false };
    } catch (error) {
      // The channel or rule went away since the message was queued: there is nothing to send to.
      if (error instanceof DataApiValidationError) return { owned: false, reason: error.detail };
      if (!(error instanceof DataApiConflictError)) throw error;
    }
    const row = await this.records.find(message.channel_id, message.event_key);
    if (!row)
      throw new Error(`the delivery of ${message.event_key} was refused as a duplicate but is not there`);
    if (row.status !== 'pending') return { owned: false, reason: `${row.status} already` };
    if (messageIdOf(row) === messageId) return { owned: true, row, takeover: false };
    if (this.clock.now().getTime() - Date.parse(row.updated_at) < this.staleMs)
      return { owned: false, reason: 'another message is sending it' };
    try {
      return {
        owned: true,
        row: await this.records.update(row, { attempts: row.attempts }, true),
        takeover: true,
      };
    } catch (error) {
      if (error instanceof DataApiPreconditionFailedError)
        return { owned: false, reason: 'taken over by another' };
      throw error;
    }
  }
}
