import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Bool, Enum, Int, Text, UuidList } from '../common/fields';
import { MAX_PAGE_SIZE, QueryEnum, QueryInt, QueryUuid } from '../common/query';
import { CostAlertKind, DeliveryStatus, NotificationChannelKind, NotificationEvent } from './enums';
import { CalendarDate } from './records/fields';
import { MAX_RULE_CHANNELS } from './records/notifications.dto';

export const MAX_EMAIL_RECIPIENTS = 20;
export const MIN_SIGNING_SECRET_LENGTH = 24;
const URL_OPTIONS = { require_tld: false, protocols: ['http', 'https'], require_protocol: true };

// ── channels ────────────────────────────────────────────────────────────────────────────────

/** An SMTP relay of the channel's own, instead of SMTP_URL. */
export class SmtpServerDto {
  @Text(true, 253) host!: string;
  @Int(true, 1, 65_535) port!: number;
  @Bool(false, 'TLS from the first byte (port 465); otherwise STARTTLS when offered. Default false.')
  secure?: boolean;
  @Text(false, 200) username?: string;
  @Text(false, 500, 'Sealed, never answered; left out in a change: the stored one is kept.')
  password?: string;
}

export class EmailChannelDto {
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_EMAIL_RECIPIENTS, example: ['ops@example.com'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EMAIL_RECIPIENTS)
  @IsEmail({ require_tld: false }, { each: true })
  to!: string[];
  @ApiPropertyOptional({ description: 'The From address; SMTP_FROM when left out.' })
  @IsOptional()
  @IsEmail({ require_tld: false })
  from?: string;
  @ApiPropertyOptional({ type: SmtpServerDto, description: 'Left out: SMTP_URL’s server.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SmtpServerDto)
  smtp?: SmtpServerDto;
}

export class SlackChannelDto {
  @ApiPropertyOptional({
    description:
      'The incoming webhook URL (https://hooks.slack.com/services/…): sealed, never answered. Required on create.',
  })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  webhook_url?: string;
}

export class WebhookChannelDto {
  @ApiProperty({ example: 'https://hooks.example.com/slipway' })
  @IsUrl(URL_OPTIONS)
  @MaxLength(2000)
  url!: string;
  @Text(
    false,
    500,
    `The HMAC-SHA256 key receivers verify X-Slipway-Signature with, at least ${MIN_SIGNING_SECRET_LENGTH} characters: sealed, never answered. Required on create.`,
    MIN_SIGNING_SECRET_LENGTH,
  )
  signing_secret?: string;
}

/** A channel: `kind` and the block of the same name (email, slack or webhook), no other. */
export class CreateNotificationChannelDto {
  @Text(true, 200, 'Unique among the organization’s channels.') name!: string;
  @Enum(NotificationChannelKind, true) kind!: NotificationChannelKind;
  @Bool(false, 'Default true.') enabled?: boolean;
  @ApiPropertyOptional({ type: EmailChannelDto })
  @ValidateIf((body: CreateNotificationChannelDto) => body.kind === 'email' || body.email !== undefined)
  @ValidateNested()
  @Type(() => EmailChannelDto)
  email?: EmailChannelDto;
  @ApiPropertyOptional({ type: SlackChannelDto })
  @ValidateIf((body: CreateNotificationChannelDto) => body.kind === 'slack' || body.slack !== undefined)
  @ValidateNested()
  @Type(() => SlackChannelDto)
  slack?: SlackChannelDto;
  @ApiPropertyOptional({ type: WebhookChannelDto })
  @ValidateIf((body: CreateNotificationChannelDto) => body.kind === 'webhook' || body.webhook !== undefined)
  @ValidateNested()
  @Type(() => WebhookChannelDto)
  webhook?: WebhookChannelDto;
}

/** A change: the kind's block replaces the settings; a secret left out of it is kept. */
export class UpdateNotificationChannelDto {
  @Text(false, 200) name?: string;
  @Bool(false) enabled?: boolean;
  @ApiPropertyOptional({ type: EmailChannelDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmailChannelDto)
  email?: EmailChannelDto;
  @ApiPropertyOptional({ type: SlackChannelDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SlackChannelDto)
  slack?: SlackChannelDto;
  @ApiPropertyOptional({ type: WebhookChannelDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WebhookChannelDto)
  webhook?: WebhookChannelDto;
}

export class SmtpServerSettingsDto {
  @ApiProperty() host!: string;
  @ApiProperty({ type: 'integer' }) port!: number;
  @ApiProperty() secure!: boolean;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
}
export class EmailChannelSettingsDto {
  @ApiProperty({ type: [String] }) to!: string[];
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: SmtpServerSettingsDto, nullable: true }) smtp!: SmtpServerSettingsDto | null;
}
export class SlackChannelSettingsDto {
  @ApiProperty({ example: 'hooks.slack.com', description: 'The webhook URL’s host; the URL is secret.' })
  webhook_host!: string;
}
export class WebhookChannelSettingsDto {
  @ApiProperty() url!: string;
}

export class NotificationChannelDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', description: 'Sent as the ETag; send it back as If-Match.' })
  version!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Object.values(NotificationChannelKind) }) kind!: NotificationChannelKind;
  @ApiProperty() enabled!: boolean;
  @ApiPropertyOptional({ type: EmailChannelSettingsDto }) email?: EmailChannelSettingsDto;
  @ApiPropertyOptional({ type: SlackChannelSettingsDto }) slack?: SlackChannelSettingsDto;
  @ApiPropertyOptional({ type: WebhookChannelSettingsDto }) webhook?: WebhookChannelSettingsDto;
  @ApiProperty({
    type: [String],
    example: ['signing_secret'],
    description: 'The secret fields stored (sealed); their values are never answered.',
  })
  sealed_fields!: string[];
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class NotificationChannelListDto {
  @ApiProperty({ type: [NotificationChannelDto] }) items!: NotificationChannelDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor!: string | null;
}

// ── rules ───────────────────────────────────────────────────────────────────────────────────

export const QUOTA_NOTICE_LIMITS = ['daily_pipelines', 'monthly_pipelines'] as const;
export type QuotaNoticeLimit = (typeof QUOTA_NOTICE_LIMITS)[number];

/** Which events of its kind a rule takes; every filter given must match, none given: all. */
export class NotificationRuleFiltersDto {
  @UuidList(false, 100, 'alert_triggered, alert_resolved: only these alerts.') alert_ids?: string[];
  @ApiPropertyOptional({
    enum: Object.values(CostAlertKind),
    isArray: true,
    description: 'alert_triggered, alert_resolved: only alerts of these kinds.',
  })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(CostAlertKind), { each: true })
  alert_kinds?: CostAlertKind[];
  @ApiPropertyOptional({
    enum: QUOTA_NOTICE_LIMITS,
    isArray: true,
    description: 'quota_80, quota_100: only these quotas.',
  })
  @IsOptional()
  @IsArray()
  @IsIn(QUOTA_NOTICE_LIMITS, { each: true })
  quotas?: QuotaNoticeLimit[];
  @ApiPropertyOptional({ type: [String], description: 'integration_invalid: only these providers.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  providers?: string[];
  @UuidList(false, 100, 'budget_reached and node alerts: only these hierarchy nodes.') node_ids?: string[];
}

export class CreateNotificationRuleDto {
  @Text(true, 200, 'Unique among the organization’s rules.') name!: string;
  @Enum(NotificationEvent, true) event!: NotificationEvent;
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_RULE_CHANNELS, description: 'Its channels.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RULE_CHANNELS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  channel_ids!: string[];
  @ApiPropertyOptional({ type: NotificationRuleFiltersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => NotificationRuleFiltersDto)
  filters?: NotificationRuleFiltersDto;
  @Bool(false, 'Default true.') enabled?: boolean;
}

export class UpdateNotificationRuleDto {
  @Text(false, 200) name?: string;
  @Enum(NotificationEvent, false) event?: NotificationEvent;
  @ApiPropertyOptional({ type: [String], minItems: 1, maxItems: MAX_RULE_CHANNELS })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RULE_CHANNELS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  channel_ids?: string[];
  @ApiPropertyOptional({ type: NotificationRuleFiltersDto, description: 'Replaces the filters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => NotificationRuleFiltersDto)
  filters?: NotificationRuleFiltersDto;
  @Bool(false) enabled?: boolean;
}

export class NotificationRuleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Object.values(NotificationEvent) }) event!: NotificationEvent;
  @ApiProperty({ type: [String] }) channel_ids!: string[];
  @ApiProperty({ type: NotificationRuleFiltersDto }) filters!: NotificationRuleFiltersDto;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class NotificationRuleListDto {
  @ApiProperty({ type: [NotificationRuleDto] }) items!: NotificationRuleDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor!: string | null;
}

export class NotificationRuleListQueryDto {
  @QueryEnum(NotificationEvent, 'Only rules of these events.') event?: NotificationEvent[];
}

// ── history ─────────────────────────────────────────────────────────────────────────────────

export class NotificationHistoryQueryDto {
  @QueryEnum(DeliveryStatus, 'Only deliveries in these states.') status?: DeliveryStatus[];
  @QueryUuid('Only deliveries to this channel.') channel_id?: string;
  @QueryUuid('Only deliveries of this rule.') rule_id?: string;
  @QueryInt(`Page size, 1 to ${MAX_PAGE_SIZE}; 20 when left out.`, 1, MAX_PAGE_SIZE) limit?: number;
  @ApiPropertyOptional({ description: 'Opaque cursor from a previous page’s `next_cursor`.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cursor?: string;
}

/** One message to one channel: what it was, and how its sending went. */
export class NotificationDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) channel_id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null when the channel is gone.' })
  channel_name!: string | null;
  @ApiProperty({ enum: Object.values(NotificationChannelKind), nullable: true })
  channel_kind!: NotificationChannelKind | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: direct or a test.' })
  rule_id!: string | null;
  @ApiProperty({ example: 'alert_triggered', description: 'The event, or `test` for a channel test.' })
  event!: string;
  @ApiProperty() event_key!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: Object.values(DeliveryStatus) }) status!: DeliveryStatus;
  @ApiProperty({ type: 'integer', description: 'Sends tried.' }) attempts!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last try failed.' })
  last_error!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sent_at!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class NotificationHistoryDto {
  @ApiProperty({ type: [NotificationDeliveryDto] }) items!: NotificationDeliveryDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor!: string | null;
}

// ── summaries ───────────────────────────────────────────────────────────────────────────────

export const SUMMARY_PERIODS = ['daily', 'weekly'] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

export class SummaryQueryDto {
  @CalendarDate(
    false,
    'A day of the period (in the organization’s timezone); left out: the last complete one.',
  )
  date?: string;
}

export class SummaryModelDto {
  @ApiProperty() provider!: string;
  @ApiProperty({ type: String, nullable: true }) model!: string | null;
  @ApiProperty({ example: '12.5' }) amount!: string;
}
export class SummaryProjectDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: spend of no project.' })
  project_id!: string | null;
  @ApiProperty({ example: '12.5' }) amount!: string;
}

/** A digest of one day or week (Monday to Sunday) in the organization’s timezone. */
export class NotificationSummaryDto {
  @ApiProperty({ enum: SUMMARY_PERIODS }) period!: SummaryPeriod;
  @ApiProperty({ example: 'Europe/Paris' }) timezone!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ format: 'date' }) from_day!: string;
  @ApiProperty({ format: 'date' }) to_day!: string;
  @ApiProperty({ example: '120.5', description: 'Exact.' }) total!: string;
  @ApiProperty({ example: '100', description: 'The period before, of the same length.' })
  previous_total!: string;
  @ApiProperty({ example: '20.5', description: 'total − previous_total.' }) change!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '20.5',
    description: 'The change in % of previous_total (2 decimals); null when that was 0.',
  })
  change_percent!: string | null;
  @ApiProperty({ type: 'integer', description: 'Priced events.' }) events!: number;
  @ApiProperty({ type: [SummaryModelDto], description: 'At most 5, largest first.' })
  top_models!: SummaryModelDto[];
  @ApiProperty({ type: [SummaryProjectDto], description: 'At most 5, largest first.' })
  top_projects!: SummaryProjectDto[];
}
