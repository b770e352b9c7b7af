import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { RecordDto } from '../../common/base.dto';
import { Bool, Enum, Int, JsonObject, Text, Uuid, UuidList } from '../../common/fields';
import {
  ListQueryDto,
  QueryBool,
  QueryEnum,
  QuerySort,
  QueryUuid,
  SoftDeleteListQueryDto,
} from '../../common/query';
import { DeliveryStatus, NotificationChannelKind, NotificationEvent } from '../enums';
import { Instant, OptionalText } from './fields';

export const MAX_RULE_CHANNELS = 50;
export const MAX_EVENT_KEY_LENGTH = 300;

// ── notification channels: where an organization's notifications go ───────────────────────────

export class CreateNotificationChannelRecordDto {
  @Uuid(true) org_id!: string;
  @Text(true, 200, 'Unique among the organization’s live channels.') name!: string;
  @Enum(NotificationChannelKind, true) kind!: NotificationChannelKind;
  @JsonObject(false, 'Non-secret settings only: addresses, the URL’s host…; defaults to {}.')
  config?: Record<string, unknown>;
  @OptionalText(
    20_000,
    'The secret (SMTP password, webhook URL or signing key), encrypted by the cost service.',
    true,
  )
  secret_ciphertext?: string | null;
  @OptionalText(64, 'The encryption key that sealed the secret; given with it.', true)
  secret_key_id?: string | null;
  @Bool(false, 'Defaults to true.') enabled?: boolean;
}
export class UpdateNotificationChannelRecordDto extends PartialType(
  OmitType(CreateNotificationChannelRecordDto, ['org_id', 'kind'] as const),
) {}
export class NotificationChannelRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Object.values(NotificationChannelKind) }) kind!: NotificationChannelKind;
  @ApiProperty({ type: 'object', additionalProperties: true }) config!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) secret_ciphertext!: string | null;
  @ApiProperty({ type: String, nullable: true }) secret_key_id!: string | null;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deleted_at!: string | null;
}
export const NOTIFICATION_CHANNEL_RECORD_SORT = ['created_at', 'updated_at', 'name'] as const;
export class NotificationChannelRecordListQueryDto extends SoftDeleteListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryEnum(NotificationChannelKind, 'Filter by kind.') kind?: NotificationChannelKind[];
  @QueryBool('Only enabled (true) or disabled (false) channels.') enabled?: boolean;
  @QuerySort(NOTIFICATION_CHANNEL_RECORD_SORT) sort?: string;
}

// ── notification rules: which events go to which channels ──────────────────────────────────────

export class CreateNotificationRuleRecordDto {
  @Uuid(true) org_id!: string;
  @Text(true, 200, 'Unique among the organization’s live rules.') name!: string;
  @Enum(NotificationEvent, true) event!: NotificationEvent;
  @UuidList(false, MAX_RULE_CHANNELS, 'Live channels of the same organization; defaults to [].')
  channel_ids?: string[];
  @JsonObject(false, 'Which events of the kind the rule takes (the cost service reads them); defaults to {}.')
  filters?: Record<string, unknown>;
  @Bool(false, 'Defaults to true.') enabled?: boolean;
}
export class UpdateNotificationRuleRecordDto extends PartialType(
  OmitType(CreateNotificationRuleRecordDto, ['org_id'] as const),
) {}
export class NotificationRuleRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Object.values(NotificationEvent) }) event!: NotificationEvent;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' } }) channel_ids!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true }) filters!: Record<string, unknown>;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deleted_at!: string | null;
}
export const NOTIFICATION_RULE_RECORD_SORT = ['created_at', 'updated_at', 'name'] as const;
export class NotificationRuleRecordListQueryDto extends SoftDeleteListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryEnum(NotificationEvent, 'Filter by event.') event?: NotificationEvent[];
  @QueryBool('Only enabled (true) or disabled (false) rules.') enabled?: boolean;
  @QuerySort(NOTIFICATION_RULE_RECORD_SORT) sort?: string;
}

// ── notification deliveries: each message to each channel, claimed once per event key ─────────

export class CreateNotificationDeliveryRecordDto {
  @Uuid(true) org_id!: string;
  @Uuid(false, 'The rule that sent it; none for a channel test or a direct send.') rule_id?: string;
  @Uuid(true, 'A live channel of the organization.') channel_id!: string;
  @Text(
    true,
    MAX_EVENT_KEY_LENGTH,
    'What is notified, e.g. alert:<id>:<window>:<threshold>; one delivery per (channel, key): 409 after.',
  )
  event_key!: string;
  @Enum(DeliveryStatus, false, 'Defaults to pending.') status?: DeliveryStatus;
  @Int(false, 0, 1000, 'Defaults to 0.') attempts?: number;
  @OptionalText(10_000, undefined, true) last_error?: string | null;
  @JsonObject(false, 'The message as rendered; defaults to {}.') payload?: Record<string, unknown>;
  @Instant(false, undefined, true) sent_at?: string | null;
}
export class UpdateNotificationDeliveryRecordDto {
  @Enum(DeliveryStatus, false) status?: DeliveryStatus;
  @Int(false, 0, 1000) attempts?: number;
  @OptionalText(10_000, undefined, true) last_error?: string | null;
  @Instant(false, undefined, true) sent_at?: string | null;
}
export class NotificationDeliveryRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) rule_id!: string | null;
  @ApiProperty({ format: 'uuid' }) channel_id!: string;
  @ApiProperty() event_key!: string;
  @ApiProperty({ enum: Object.values(DeliveryStatus) }) status!: DeliveryStatus;
  @ApiProperty({ type: 'integer' }) attempts!: number;
  @ApiProperty({ type: String, nullable: true }) last_error!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sent_at!: string | null;
}
export const NOTIFICATION_DELIVERY_RECORD_SORT = ['created_at', 'updated_at'] as const;
export class NotificationDeliveryRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryEnum(DeliveryStatus, 'Filter by status.') status?: DeliveryStatus[];
  @QueryUuid('Filter by channel.') channel_id?: string;
  @QueryUuid('Filter by rule.') rule_id?: string;
  @ApiPropertyOptional({ description: 'Exact event key.', maxLength: MAX_EVENT_KEY_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_EVENT_KEY_LENGTH)
  event_key?: string;
  @QuerySort(NOTIFICATION_DELIVERY_RECORD_SORT) sort?: string;
}
