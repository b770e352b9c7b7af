import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { RecordDto } from '../../common/base.dto';
import { Bool, Enum, JsonObject, Text, Uuid, UuidList } from '../../common/fields';
import {
  ListQueryDto,
  QueryBool,
  QueryEnum,
  QuerySort,
  QueryUuid,
  SoftDeleteListQueryDto,
} from '../../common/query';
import { CostAlertKind, CostAlertState } from '../enums';
import { Amount, Instant, MONEY_PATTERN, Pattern } from './fields';
import { LEDGER_AMOUNT_PATTERN } from './ledger.dto';
import { MAX_RULE_CHANNELS } from './notifications.dto';

/** An alert's evaluation period, as the cost service names it: 2025-01-15, 2025-01, 2025-W03… */
export const ALERT_WINDOW_PATTERN = /^[A-Za-z0-9][A-Za-z0-9:_.+-]{0,99}$/;

// ── cost alerts: an organization's spend conditions and where each stands ─────────────────────

export class CreateCostAlertRecordDto {
  @Uuid(true) org_id!: string;
  @Text(true, 200, 'Unique among the organization’s live alerts.') name!: string;
  @Enum(CostAlertKind, true) kind!: CostAlertKind;
  @Amount(MONEY_PATTERN, true, 'An amount in the organization’s currency, or a percentage (budget_percent).')
  threshold!: string;
  @JsonObject(
    false,
    'The kind’s parameters (node_id, percent, window…), read by the cost service; defaults to {}.',
  )
  params?: Record<string, unknown>;
  @UuidList(false, MAX_RULE_CHANNELS, 'Live notification channels of the same organization; defaults to [].')
  channel_ids?: string[];
  @Bool(false, 'Defaults to true.') enabled?: boolean;
  @Enum(CostAlertState, false, 'Defaults to ok.') state?: CostAlertState;
  @Instant(false, undefined, true) state_changed_at?: string | null;
  @Pattern(ALERT_WINDOW_PATTERN, 100, false, 'The window last notified.', true) last_window?: string | null;
  @Amount(MONEY_PATTERN, false, 'The threshold last notified.', true) last_threshold?: string | null;
}
export class UpdateCostAlertRecordDto extends PartialType(
  OmitType(CreateCostAlertRecordDto, ['org_id'] as const),
) {}
export class CostAlertRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Object.values(CostAlertKind) }) kind!: CostAlertKind;
  @ApiProperty({ example: '100' }) threshold!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) params!: Record<string, unknown>;
  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid' } }) channel_ids!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ enum: Object.values(CostAlertState) }) state!: CostAlertState;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) state_changed_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) last_window!: string | null;
  @ApiProperty({ type: String, nullable: true }) last_threshold!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deleted_at!: string | null;
}
export const COST_ALERT_RECORD_SORT = ['created_at', 'updated_at', 'name'] as const;
export class CostAlertRecordListQueryDto extends SoftDeleteListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryEnum(CostAlertKind, 'Filter by kind.') kind?: CostAlertKind[];
  @QueryEnum(CostAlertState, 'Filter by state.') state?: CostAlertState[];
  @QueryBool('Only enabled (true) or disabled (false) alerts.') enabled?: boolean;
  @QuerySort(COST_ALERT_RECORD_SORT) sort?: string;
}

// ── cost alert events: each change of an alert's state (append-only) ──────────────────────────

export class CreateCostAlertEventRecordDto {
  @Uuid(true, 'An alert of the same organization.') alert_id!: string;
  @Uuid(true) org_id!: string;
  @Enum(CostAlertState, true) from_state!: CostAlertState;
  @Enum(CostAlertState, true) to_state!: CostAlertState;
  @Pattern(ALERT_WINDOW_PATTERN, 100, true, 'The evaluation window.') window!: string;
  @Pattern(LEDGER_AMOUNT_PATTERN, 26, true, 'The value evaluated (spend, forecast, percent), exact.')
  value!: string;
  @Amount(MONEY_PATTERN, true, 'The threshold it was compared with.') threshold!: string;
  @JsonObject(false, 'Defaults to {}.') detail?: Record<string, unknown>;
}
/** Alert events never change: PATCH answers 405. */
export class UpdateCostAlertEventRecordDto {}
export class CostAlertEventRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) alert_id!: string;
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty({ enum: Object.values(CostAlertState) }) from_state!: CostAlertState;
  @ApiProperty({ enum: Object.values(CostAlertState) }) to_state!: CostAlertState;
  @ApiProperty() window!: string;
  @ApiProperty({ example: '120.5' }) value!: string;
  @ApiProperty({ example: '100' }) threshold!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) detail!: Record<string, unknown>;
}
export const COST_ALERT_EVENT_RECORD_SORT = ['created_at'] as const;
export class CostAlertEventRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryUuid('Filter by alert.') alert_id?: string;
  @QueryEnum(CostAlertState, 'Filter by the state entered.') to_state?: CostAlertState[];
  @QuerySort(COST_ALERT_EVENT_RECORD_SORT) sort?: string;
}
