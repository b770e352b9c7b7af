import { ApiProperty } from '@nestjs/swagger';
import { RecordDto } from '../../common/base.dto';
import { Enum, Text, Uuid } from '../../common/fields';
import { ListQueryDto, QueryBool, QueryEnum, QuerySort, QueryText, QueryUuid } from '../../common/query';
import { PriceSource } from '../enums';
import { Amount, Currency, Instant, OptionalText, UNIT_PRICE_PATTERN } from './fields';

// ── model prices: global (org_id null) or an organization's own; periods of one scope never overlap ──

export class CreateModelPriceRecordDto {
  @Uuid(false, 'The organization the price is for; left out, the price is global.') org_id?: string;
  @Text(true, 100) provider!: string;
  @Text(true, 200) model!: string;
  @Amount(UNIT_PRICE_PATTERN, true, 'Per million input tokens.') input_per_1m!: string;
  @Amount(UNIT_PRICE_PATTERN, true, 'Per million output tokens.') output_per_1m!: string;
  @Amount(UNIT_PRICE_PATTERN, false, 'Per million cached input tokens.', true)
  cached_input_per_1m?: string | null;
  @Amount(UNIT_PRICE_PATTERN, false, 'Per million tokens written to the cache.', true)
  cache_write_per_1m?: string | null;
  @Amount(UNIT_PRICE_PATTERN, false, 'Per million reasoning tokens.', true) reasoning_per_1m?: string | null;
  @Amount(UNIT_PRICE_PATTERN, false, 'Per request.', true) per_request?: string | null;
  @Currency(false, 'ISO 4217 code; defaults to USD.') currency?: string;
  @Instant(true, 'Start of the period the price holds, included.') valid_from!: string;
  @Instant(false, 'End of the period, excluded; null: open-ended.', true) valid_to?: string | null;
  @Enum(PriceSource, true) source!: PriceSource;
  @OptionalText(500, undefined, true) note?: string | null;
}
export class UpdateModelPriceRecordDto {
  @Amount(UNIT_PRICE_PATTERN, false) input_per_1m?: string;
  @Amount(UNIT_PRICE_PATTERN, false) output_per_1m?: string;
  @Amount(UNIT_PRICE_PATTERN, false, undefined, true) cached_input_per_1m?: string | null;
  @Amount(UNIT_PRICE_PATTERN, false, undefined, true) cache_write_per_1m?: string | null;
  @Amount(UNIT_PRICE_PATTERN, false, undefined, true) reasoning_per_1m?: string | null;
  @Amount(UNIT_PRICE_PATTERN, false, undefined, true) per_request?: string | null;
  @Currency(false) currency?: string;
  @Instant(false) valid_from?: string;
  @Instant(false, 'Null: open-ended.', true) valid_to?: string | null;
  @Enum(PriceSource, false) source?: PriceSource;
  @OptionalText(500, undefined, true) note?: string | null;
}
export class ModelPriceRecordDto extends RecordDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) org_id!: string | null;
  @ApiProperty() provider!: string;
  @ApiProperty() model!: string;
  @ApiProperty({ example: '2.5' }) input_per_1m!: string;
  @ApiProperty({ example: '10' }) output_per_1m!: string;
  @ApiProperty({ type: String, nullable: true }) cached_input_per_1m!: string | null;
  @ApiProperty({ type: String, nullable: true }) cache_write_per_1m!: string | null;
  @ApiProperty({ type: String, nullable: true }) reasoning_per_1m!: string | null;
  @ApiProperty({ type: String, nullable: true }) per_request!: string | null;
  @ApiProperty() currency!: string;
  @ApiProperty({ format: 'date-time' }) valid_from!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) valid_to!: string | null;
  @ApiProperty({ enum: Object.values(PriceSource) }) source!: PriceSource;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}
export const MODEL_PRICE_RECORD_SORT = ['created_at', 'updated_at', 'valid_from'] as const;
export class ModelPriceRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryBool('Only global prices (true) or only organizations’ own (false).') global?: boolean;
  @QueryText('Exact provider.') provider?: string;
  @QueryText('Exact model.') model?: string;
  @QueryEnum(PriceSource, 'Filter by source.') source?: PriceSource[];
  @QuerySort(MODEL_PRICE_RECORD_SORT) sort?: string;
}
