import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Enum, Int, Text } from '../common/fields';
import { MAX_PAGE_SIZE, QueryBool, QueryEnum, QueryInt } from '../common/query';
import { BillingPeriod, PricingModel, SubscriptionStatus } from './enums';
import { Amount, CalendarDate, Currency, MONEY_PATTERN, OptionalText } from './records/fields';

const MAX_SEATS = 2_147_483_647;

/** A SaaS plan the organization pays a provider for: per seat or flat, per billing period. */
export class CreateSubscriptionPlanDto {
  @Text(true, 200) plan_name!: string;
  @Enum(PricingModel, true) pricing_model!: PricingModel;
  @Amount(MONEY_PATTERN, true, 'Exact decimal: per seat (per_seat) or in all (flat), per billing period.')
  unit_price!: string;
  @Int(false, 0, MAX_SEATS, 'Required for per_seat; informational for flat.') seats?: number;
  @Currency(false, 'ISO 4217 code; the organization’s currency when left out.') currency?: string;
  @Enum(BillingPeriod, true) billing_period!: BillingPeriod;
  @CalendarDate(true, 'First day billed.') start_date!: string;
  @CalendarDate(false, 'Last day billed, on or after start_date; null: still running.', true)
  end_date?: string | null;
  @OptionalText(10_000, undefined, true) notes?: string | null;
}

export class UpdateSubscriptionPlanDto {
  @Text(false, 200) plan_name?: string;
  @Enum(PricingModel, false) pricing_model?: PricingModel;
  @Amount(MONEY_PATTERN, false) unit_price?: string;
  @Int(false, 0, MAX_SEATS) seats?: number;
  @Currency(false) currency?: string;
  @Enum(BillingPeriod, false) billing_period?: BillingPeriod;
  @CalendarDate(false) start_date?: string;
  @CalendarDate(false, 'Null: still running.', true) end_date?: string | null;
  @Enum(SubscriptionStatus, false, 'cancelled stops it; expired follows from end_date by itself.')
  status?: SubscriptionStatus;
  @OptionalText(10_000, undefined, true) notes?: string | null;
}

export class SubscriptionPlanListQueryDto {
  @QueryEnum(SubscriptionStatus, 'Only plans of these statuses.') status?: SubscriptionStatus[];
  @QueryBool('Include deleted plans (they carry `deleted_at`).') include_deleted?: boolean;
  @QueryInt(`Page size, 1 to ${MAX_PAGE_SIZE}; 20 when left out.`, 1, MAX_PAGE_SIZE) limit?: number;
  @ApiPropertyOptional({ description: 'Opaque cursor from a previous page’s `next_cursor`.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class SubscriptionPlanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', description: 'Sent as the ETag; send it back as If-Match.' })
  version!: number;
  @ApiProperty() provider!: string;
  @ApiProperty() plan_name!: string;
  @ApiProperty({ enum: Object.values(PricingModel) }) pricing_model!: PricingModel;
  @ApiProperty({ example: '20' }) unit_price!: string;
  @ApiProperty({ type: 'integer', nullable: true }) seats!: number | null;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ enum: Object.values(BillingPeriod) }) billing_period!: BillingPeriod;
  @ApiProperty({ format: 'date' }) start_date!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) end_date!: string | null;
  @ApiProperty({
    enum: Object.values(SubscriptionStatus),
    description: 'expired once end_date has passed (in the organization’s timezone), unless cancelled.',
  })
  status!: SubscriptionStatus;
  @ApiProperty({ type: String, nullable: true }) notes!: string | null;
  @ApiProperty({ example: '60', description: 'What one billing period costs, exactly.' })
  period_cost!: string;
  @ApiProperty({ example: '5', description: 'The period cost per month (rounded to 6 decimals, half-even).' })
  monthly_cost!: string;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deleted_at!: string | null;
}

export class SubscriptionPlanPageDto {
  @ApiProperty({ type: [SubscriptionPlanDto] }) items!: SubscriptionPlanDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor!: string | null;
}

export class CurrencyAmountDto {
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ example: '120.5', description: 'Exact decimal.' }) amount!: string;
}

/** A provider the organization subscribes to, with what its active plans cost per month. */
export class SubscriptionProviderDto {
  @ApiProperty() provider!: string;
  @ApiProperty({ type: 'integer', description: 'Plans not deleted.' }) subscriptions!: number;
  @ApiProperty({ type: 'integer', description: 'Plans active today.' }) active_subscriptions!: number;
  @ApiProperty({
    type: [CurrencyAmountDto],
    description:
      'Monthly equivalent of the active plans, per currency: summed exactly, divided by 12 once, rounded to 6 decimals half-even.',
  })
  monthly_cost!: CurrencyAmountDto[];
}

export class SubscriptionProviderListDto {
  @ApiProperty({ type: [SubscriptionProviderDto] }) items!: SubscriptionProviderDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: every provider is listed.' })
  next_cursor!: null;
}
