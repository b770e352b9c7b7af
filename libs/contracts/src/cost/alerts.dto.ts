import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { Bool, Enum, Int, Text, Uuid, UuidList } from '../common/fields';
import { MAX_PAGE_SIZE, QueryBool, QueryEnum, QueryInt } from '../common/query';
import { CostAlertKind, CostAlertState, SpendSource } from './enums';
import { Amount, MONEY_PATTERN, OptionalText } from './records/fields';
import { MAX_RULE_CHANNELS } from './records/notifications.dto';

export const ALERT_PERIODS = ['day', 'month'] as const;
export type AlertPeriod = (typeof ALERT_PERIODS)[number];
export const MAX_BULK_ALERTS = 100;

/** What an alert watches and how; each kind reads the fields it needs (see the README). */
export class CostAlertParamsDto {
  @Uuid(
    false,
    'Only spend charged to this hierarchy node and (include_descendants) below it; budget_percent: required, its budget.',
  )
  node_id?: string;
  @Bool(false, 'With node_id: its descendants too. Default true.') include_descendants?: boolean;
  @Uuid(false, 'Only spend of this registry project.') project_id?: string;
  @OptionalText(100, 'Only spend with this provider.') provider?: string;
  @OptionalText(200, 'Only spend on this model.') model?: string;
  @ApiPropertyOptional({ enum: Object.values(SpendSource), description: 'Only spend of this source.' })
  @IsOptional()
  @IsIn(Object.values(SpendSource))
  source?: SpendSource;
  @ApiPropertyOptional({
    enum: ALERT_PERIODS,
    description: 'budget_percent: the daily or monthly budget. Default month.',
  })
  @IsOptional()
  @IsIn(ALERT_PERIODS)
  period?: AlertPeriod;
  @Int(
    false,
    1,
    90,
    'monthly_forecast_above_budget, spike_vs_trailing_mean: days of the trailing mean. Default 7.',
  )
  trailing_days?: number;
  @Amount(MONEY_PATTERN, false, 'spike_vs_trailing_mean: a day below this amount is no spike. Default 0.')
  min_amount?: string;
}

export class CreateCostAlertDto {
  @Text(true, 200, 'Unique among the organization’s alerts.') name!: string;
  @Enum(CostAlertKind, true) kind!: CostAlertKind;
  @Amount(
    MONEY_PATTERN,
    true,
    'daily_spend_above: the amount; monthly_forecast_above_budget: the budget; spike_vs_trailing_mean: the ratio to the mean (2 = twice); budget_percent: the percent (50, 80, 100).',
  )
  threshold!: string;
  @ApiPropertyOptional({ type: CostAlertParamsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CostAlertParamsDto)
  params?: CostAlertParamsDto;
  @UuidList(
    false,
    MAX_RULE_CHANNELS,
    'Notification channels told of its crossings directly (its resolutions go to alert_resolved rules), besides the alert_triggered rules.',
  )
  channel_ids?: string[];
  @Bool(false, 'Default true.') enabled?: boolean;
}

export class UpdateCostAlertDto {
  @Text(false, 200) name?: string;
  @Amount(MONEY_PATTERN, false, 'A new threshold re-arms the alert: it notifies again.') threshold?: string;
  @ApiPropertyOptional({ type: CostAlertParamsDto, description: 'Replaces the parameters.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CostAlertParamsDto)
  params?: CostAlertParamsDto;
  @UuidList(false, MAX_RULE_CHANNELS) channel_ids?: string[];
  @Bool(false) enabled?: boolean;
}

/** A new alert from a preset: its kind, threshold and parameters, each overridable. */
export class CostAlertFromPresetDto {
  @Text(true, 100, 'The preset’s name (GET …/cost-alerts/presets).') preset!: string;
  @Text(false, 200, 'Default: the preset’s label.') name?: string;
  @Amount(MONEY_PATTERN, false, 'Default: the preset’s.') threshold?: string;
  @ApiPropertyOptional({ type: CostAlertParamsDto, description: 'Merged over the preset’s.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CostAlertParamsDto)
  params?: CostAlertParamsDto;
  @UuidList(false, MAX_RULE_CHANNELS) channel_ids?: string[];
  @Bool(false, 'Default true.') enabled?: boolean;
}

export class CostAlertDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', description: 'Sent as the ETag; send it back as If-Match.' })
  version!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Object.values(CostAlertKind) }) kind!: CostAlertKind;
  @ApiProperty({ example: '100' }) threshold!: string;
  @ApiProperty({ type: CostAlertParamsDto }) params!: CostAlertParamsDto;
  @ApiProperty({ type: [String] }) channel_ids!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ enum: Object.values(CostAlertState) }) state!: CostAlertState;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) state_changed_at!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '2025-01-15',
    description: 'The window last notified.',
  })
  last_window!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The threshold last notified.' })
  last_threshold!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class CostAlertListDto {
  @ApiProperty({ type: [CostAlertDto] }) items!: CostAlertDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor!: string | null;
}

export class CostAlertListQueryDto {
  @QueryEnum(CostAlertState, 'Only alerts in these states.') state?: CostAlertState[];
  @QueryEnum(CostAlertKind, 'Only alerts of these kinds.') kind?: CostAlertKind[];
  @QueryBool('Only enabled (true) or disabled (false) alerts.') enabled?: boolean;
  @QueryInt(`Page size, 1 to ${MAX_PAGE_SIZE}; 20 when left out.`, 1, MAX_PAGE_SIZE) limit?: number;
  @Text(false, 2000, 'Opaque cursor from a previous page’s `next_cursor`.') cursor?: string;
}

export class CostAlertPresetDto {
  @ApiProperty() name!: string;
  @ApiProperty() label!: string;
  @ApiProperty() description!: string;
  @ApiProperty({
    enum: Object.values(CostAlertKind),
    nullable: true,
    description:
      'The alert it makes; null: not a spend alert (a quota preset: use quota_80/quota_100 rules).',
  })
  kind!: CostAlertKind | null;
  @ApiProperty({ type: String, nullable: true }) threshold!: string | null;
  @ApiProperty({ type: CostAlertParamsDto }) params!: CostAlertParamsDto;
  @ApiProperty({ type: [String], description: 'Parameters the request must give (budget_percent: node_id).' })
  needs!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true }) definition!: Record<string, unknown>;
}

export class CostAlertPresetListDto {
  @ApiProperty({ type: [CostAlertPresetDto] }) items!: CostAlertPresetDto[];
}

export const COST_ALERT_BULK_ACTIONS = ['enable', 'disable', 'delete', 'set_channels'] as const;
export type CostAlertBulkAction = (typeof COST_ALERT_BULK_ACTIONS)[number];

/** One change to many alerts of the organization, all or none. */
export class CostAlertBulkDto {
  @ApiProperty({ enum: COST_ALERT_BULK_ACTIONS })
  @IsIn(COST_ALERT_BULK_ACTIONS, { message: `action must be one of ${COST_ALERT_BULK_ACTIONS.join(', ')}` })
  action!: CostAlertBulkAction;
  @ApiProperty({ type: [String], minItems: 1, maxItems: MAX_BULK_ALERTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ALERTS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids!: string[];
  @UuidList(false, MAX_RULE_CHANNELS, 'set_channels: the channels every alert gets (replacing its own).')
  channel_ids?: string[];
}

export class CostAlertBulkResultDto {
  @ApiProperty({ enum: COST_ALERT_BULK_ACTIONS }) action!: CostAlertBulkAction;
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({
    type: [CostAlertDto],
    description: 'Each alert as the change left it (deleted ones as they were).',
  })
  items!: CostAlertDto[];
}

export class CostAlertEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) alert_id!: string;
  @ApiProperty({ enum: Object.values(CostAlertState) }) from_state!: CostAlertState;
  @ApiProperty({ enum: Object.values(CostAlertState) }) to_state!: CostAlertState;
  @ApiProperty({ example: '2025-01-15' }) window!: string;
  @ApiProperty({ example: '120.5', description: 'The value evaluated (spend, forecast, ratio or percent).' })
  value!: string;
  @ApiProperty({ example: '100' }) threshold!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}

export class CostAlertHistoryDto {
  @ApiProperty({ type: [CostAlertEventDto] }) items!: CostAlertEventDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor!: string | null;
}

export class CostAlertHistoryQueryDto {
  @QueryInt(`Page size, 1 to ${MAX_PAGE_SIZE}; 20 when left out.`, 1, MAX_PAGE_SIZE) limit?: number;
  @Text(false, 2000, 'Opaque cursor from a previous page’s `next_cursor`.') cursor?: string;
}

/** What one evaluation of one alert found. */
export class CostAlertEvaluationDto {
  @ApiProperty({ format: 'uuid' }) alert_id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Object.values(CostAlertKind) }) kind!: CostAlertKind;
  @ApiProperty({ example: '2025-01-15' }) window!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null when it could not be computed (see detail).',
  })
  value!: string | null;
  @ApiProperty() threshold!: string;
  @ApiProperty({ enum: Object.values(CostAlertState) }) previous_state!: CostAlertState;
  @ApiProperty({ enum: Object.values(CostAlertState) }) state!: CostAlertState;
  @ApiProperty({ description: 'True when a notification was sent for it now.' }) notified!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail!: Record<string, unknown>;
}

export class CostAlertEvaluationReportDto {
  @ApiProperty({ type: 'integer', description: 'Organizations looked at.' }) organizations!: number;
  @ApiProperty({ type: 'integer' }) evaluated!: number;
  @ApiProperty({ type: 'integer' }) triggered!: number;
  @ApiProperty({ type: 'integer' }) resolved!: number;
  @ApiProperty({ type: 'integer', description: 'Alerts whose notification went out now.' }) notified!: number;
  @ApiProperty({ type: 'integer', description: 'Alerts that could not be evaluated (logged).' })
  failed!: number;
  @ApiPropertyOptional({ type: [CostAlertEvaluationDto], description: 'One organization’s evaluation only.' })
  items?: CostAlertEvaluationDto[];
}
