import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { RecordDto } from '../../common/base.dto';
import { Enum, Text, Uuid } from '../../common/fields';
import { QueryEnum, QuerySort, QueryText, QueryUuid, SoftDeleteListQueryDto } from '../../common/query';
import { BillingPeriod, PricingModel, SubscriptionStatus } from '../enums';
import { Amount, CalendarDate, Currency, MONEY_PATTERN, OptionalText } from './fields';

const Seats = () =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 0, nullable: true, description: 'For per-seat plans.' }),
    IsOptional(),
    ValidateIf((_, value) => value !== null),
    IsInt(),
    Min(0),
    Max(2_147_483_647),
  );

// ── SaaS subscriptions an organization pays for (soft-deleted) ─────────────────────────────────

export class CreateSaasSubscriptionRecordDto {
  @Uuid(true) org_id!: string;
  @Text(true, 100) provider!: string;
  @Text(true, 200) plan_name!: string;
  @Enum(PricingModel, true) pricing_model!: PricingModel;
  @Amount(MONEY_PATTERN, true, 'Per seat or flat, per billing period.') unit_price!: string;
  @Seats() seats?: number | null;
  @Currency(true) currency!: string;
  @Enum(BillingPeriod, true) billing_period!: BillingPeriod;
  @CalendarDate(true) start_date!: string;
  @CalendarDate(false, 'Null: still running.', true) end_date?: string | null;
  @Enum(SubscriptionStatus, false, 'Defaults to active.') status?: SubscriptionStatus;
  @OptionalText(10_000, undefined, true) notes?: string | null;
}
export class UpdateSaasSubscriptionRecordDto {
  @Text(false, 100) provider?: string;
  @Text(false, 200) plan_name?: string;
  @Enum(PricingModel, false) pricing_model?: PricingModel;
  @Amount(MONEY_PATTERN, false) unit_price?: string;
  @Seats() seats?: number | null;
  @Currency(false) currency?: string;
  @Enum(BillingPeriod, false) billing_period?: BillingPeriod;
  @CalendarDate(false) start_date?: string;
  @CalendarDate(false, 'Null: still running.', true) end_date?: string | null;
  @Enum(SubscriptionStatus, false) status?: SubscriptionStatus;
  @OptionalText(10_000, undefined, true) notes?: string | null;
}
export class SaasSubscriptionRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty() provider!: string;
  @ApiProperty() plan_name!: string;
  @ApiProperty({ enum: Object.values(PricingModel) }) pricing_model!: PricingModel;
  @ApiProperty({ example: '20' }) unit_price!: string;
  @ApiProperty({ type: 'integer', nullable: true }) seats!: number | null;
  @ApiProperty() currency!: string;
  @ApiProperty({ enum: Object.values(BillingPeriod) }) billing_period!: BillingPeriod;
  @ApiProperty({ format: 'date' }) start_date!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) end_date!: string | null;
  @ApiProperty({ enum: Object.values(SubscriptionStatus) }) status!: SubscriptionStatus;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deleted_at!: string | null;
}
export const SAAS_SUBSCRIPTION_RECORD_SORT = ['created_at', 'updated_at', 'start_date'] as const;
export class SaasSubscriptionRecordListQueryDto extends SoftDeleteListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryText('Exact provider.') provider?: string;
  @QueryEnum(SubscriptionStatus, 'Filter by status.') status?: SubscriptionStatus[];
  @QuerySort(SAAS_SUBSCRIPTION_RECORD_SORT) sort?: string;
}
