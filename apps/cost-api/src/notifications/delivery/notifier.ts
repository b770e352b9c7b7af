import { Injectable } from '@nestjs/common';
import type { NotificationEvent, NotificationRequested } from '@slipway/contracts';
import { AppLogger, Clock } from '@slipway/platform';
import { ChannelRecords } from '../records/channel-records';
import { RuleRecords } from '../records/rule-records';
import { ruleTakes, type NotificationSubject } from '../rules/rule-filters';
import { NotificationOutbox } from './notification-outbox';

/** Something that happened, to be told to whoever asked: the rules of its event, and channels named directly. */
export interface Notice {
  orgId: string;
  event: NotificationEvent;
  /** The same for every channel: one delivery per channel and key, however often it is told. */
  key: string;
  title: string;
  text: string;
  data: Record<string, unknown>;
  subject?: NotificationSubject;
  /** Channels told whatever the rules say (an alert's own). */
  channelIds?: readonly string[];
  /** Only the rules of these ids (a digest for the rules that are due). */
  ruleIds?: readonly string[];
}

/**
 * Fans a notice out into `notifications.outbox`: one message per channel it reaches, through the
 * organization's enabled rules of the event whose filters take it, or directly. A channel reached
 * twice (by two rules, or a rule and directly) gets one message: deliveries are per channel and
 * event key, so it could be sent only once anyway. Disabled and deleted channels are skipped.
 */
@Injectable()
export class Notifier {
  private readonly logger: AppLogger;

  constructor(
    private readonly rules: RuleRecords,
    private readonly channels: ChannelRecords,
    private readonly outbox: NotificationOutbox,
    private readonly clock: Clock,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ feature: 'notifications' });
  }

  /** The messages emitted: how many channels it reaches. */
  async notify(notice: Notice): Promise<number> {
    const [rules, channels] = await Promise.all([
      this.rules.list(notice.orgId, [notice.event], true),
      this.channels.ofOrg(notice.orgId),
    ]);
    const usable = new Set(channels.filter((channel) => channel.enabled).map((channel) => channel.id));
    const targets = new Map<string, string | undefined>();
    for (const id of notice.channelIds ?? [])
      if (usable.has(id) && !targets.has(id)) targets.set(id, undefined);
    for (const rule of rules) {
      if (notice.ruleIds && !notice.ruleIds.includes(rule.id)) continue;
      if (!ruleTakes(rule.filters, notice.subject ?? {})) continue;
      for (const id of rule.channel_ids) if (usable.has(id) && !targets.has(id)) targets.set(id, rule.id);
    }
    const occurredAt = this.clock.now().toISOString();
    for (const [channelId, ruleId] of targets) {
      const message: NotificationRequested = {
        org_id: notice.orgId,
        channel_id: channelId,
        ...(ruleId ? { rule_id: ruleId } : {}),
        event: notice.event,
        event_key: notice.key,
        title: notice.title,
        text: notice.text,
        data: notice.data,
        occurred_at: occurredAt,
      };
      await this.outbox.emit('notifications.outbox', message);
    }
    this.logger.info(
      { org_id: notice.orgId, event: notice.event, event_key: notice.key, channels: targets.size },
      'notification queued',
    );
    return targets.size;
  }
}
