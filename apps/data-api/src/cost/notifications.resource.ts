import {
  CreateNotificationChannelRecordDto,
  CreateNotificationDeliveryRecordDto,
  CreateNotificationRuleRecordDto,
  NOTIFICATION_CHANNEL_RECORD_SORT,
  NOTIFICATION_DELIVERY_RECORD_SORT,
  NOTIFICATION_RULE_RECORD_SORT,
  NotificationChannelRecordDto,
  NotificationChannelRecordListQueryDto,
  NotificationDeliveryRecordDto,
  NotificationDeliveryRecordListQueryDto,
  NotificationRuleRecordDto,
  NotificationRuleRecordListQueryDto,
  SoftDeleteGetQueryDto,
  UpdateNotificationChannelRecordDto,
  UpdateNotificationDeliveryRecordDto,
  UpdateNotificationRuleRecordDto,
} from '@slipway/contracts';
import type {
  NotificationChannelRow,
  NotificationDeliveryRow,
  NotificationRuleRow,
} from '../database/entities';
import { eq, isoOrNull, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';
import { checkOrgReference, orgOf, type OrgReference } from './org-references';

export const LIVE_CHANNELS: OrgReference = {
  field: 'channel_ids',
  table: 'notification_channels',
  noun: 'notification channel',
  live: true,
};

/** Where an organization's notifications go: email, Slack or a webhook; the secret sealed by the cost service. */
export const notificationChannelsResource: ResourceDefinition<
  NotificationChannelRow,
  NotificationChannelRecordDto
> = {
  path: 'notification_channels',
  label: 'Notification channel',
  table: 'notification_channels',
  dto: {
    create: CreateNotificationChannelRecordDto,
    update: UpdateNotificationChannelRecordDto,
    response: NotificationChannelRecordDto,
    list: NotificationChannelRecordListQueryDto,
    get: SoftDeleteGetQueryDto,
  },
  access: 'service',
  softDelete: true,
  sortable: NOTIFICATION_CHANNEL_RECORD_SORT,
  filters: { org_id: eq('org_id'), kind: oneOf('kind'), enabled: eq('enabled') },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      name: row.name,
      kind: row.kind,
      config: row.config,
      secret_ciphertext: row.secret_ciphertext,
      secret_key_id: row.secret_key_id,
      enabled: row.enabled,
      deleted_at: isoOrNull(row.deleted_at ?? null),
    }),
};

/** Which events go to which channels (live channels of the rule's organization). */
export const notificationRulesResource: ResourceDefinition<NotificationRuleRow, NotificationRuleRecordDto> = {
  path: 'notification_rules',
  label: 'Notification rule',
  table: 'notification_rules',
  dto: {
    create: CreateNotificationRuleRecordDto,
    update: UpdateNotificationRuleRecordDto,
    response: NotificationRuleRecordDto,
    list: NotificationRuleRecordListQueryDto,
    get: SoftDeleteGetQueryDto,
  },
  access: 'service',
  softDelete: true,
  sortable: NOTIFICATION_RULE_RECORD_SORT,
  filters: { org_id: eq('org_id'), event: oneOf('event'), enabled: eq('enabled') },
  prepareCreate: async (values, _principal, tx) => {
    await checkOrgReference(tx, values, values.org_id as string, LIVE_CHANNELS);
    return values;
  },
  prepareUpdate: async (values, _principal, tx, id) => {
    if (values.channel_ids !== undefined)
      await checkOrgReference(
        tx,
        values,
        await orgOf(tx, 'notification_rules', id, 'Notification rule'),
        LIVE_CHANNELS,
      );
    return values;
  },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      name: row.name,
      event: row.event,
      channel_ids: row.channel_ids,
      filters: row.filters,
      enabled: row.enabled,
      deleted_at: isoOrNull(row.deleted_at ?? null),
    }),
};

/**
 * Every message to every channel: one per (channel, event key), so a sender claims the row first
 * (a second claim is a 409) and a redelivered message is sent once. Status and attempts change;
 * rows are never deleted.
 */
export const notificationDeliveriesResource: ResourceDefinition<
  NotificationDeliveryRow,
  NotificationDeliveryRecordDto
> = {
  path: 'notification_deliveries',
  label: 'Notification delivery',
  table: 'notification_deliveries',
  dto: {
    create: CreateNotificationDeliveryRecordDto,
    update: UpdateNotificationDeliveryRecordDto,
    response: NotificationDeliveryRecordDto,
    list: NotificationDeliveryRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  undeletable: true,
  sortable: NOTIFICATION_DELIVERY_RECORD_SORT,
  filters: {
    org_id: eq('org_id'),
    status: oneOf('status'),
    channel_id: eq('channel_id'),
    rule_id: eq('rule_id'),
    event_key: eq('event_key'),
  },
  prepareCreate: async (values, _principal, tx) => {
    const org = values.org_id as string;
    await checkOrgReference(tx, values, org, { ...LIVE_CHANNELS, field: 'channel_id' });
    await checkOrgReference(tx, values, org, {
      field: 'rule_id',
      table: 'notification_rules',
      noun: 'notification rule',
    });
    return values;
  },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      rule_id: row.rule_id,
      channel_id: row.channel_id,
      event_key: row.event_key,
      status: row.status,
      attempts: row.attempts,
      last_error: row.last_error,
      payload: row.payload,
      sent_at: isoOrNull(row.sent_at),
    }),
};
