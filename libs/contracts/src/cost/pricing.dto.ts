import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Text } from '../common/fields';
import { MAX_PAGE_SIZE, QueryBool, QueryEnum, QueryInt, QueryTime } from '../common/query';
import { PriceSource } from './enums';
import { Amount, Instant, OptionalText, UNIT_PRICE_PATTERN } from './records/fields';

/**
 * A price per 1,000,000 tokens: numeric(20,10), with at most 7 fractional digits so that the per-1,000
 * price the available_models registry keeps (numeric(20,10)) is the same amount exactly.
 */
export const PER_1M_PATTERN = /^\d{1,10}(\.\d{1,7})?$/;

/** Whose a price is: the shipped global catalogue or the organization's own override. */
export const PriceScope = { global: 'global', org: 'org' } as const;
export type PriceScope = (typeof PriceScope)[keyof typeof PriceScope];

const Per1m = (required: boolean, description: string, nullable = false) =>
  Amount(PER_1M_PATTERN, required, `USD per 1,000,000 ${description}.`, nullable);

/** An organization's price of a provider's model for a period (it wins over the global price then). */
export class CreateModelPriceDto {
  @Text(true, 200, 'The model, as the provider names it (e.g. gpt-4o).') model!: string;
  @Per1m(true, 'input tokens') input_per_1m!: string;
  @Per1m(true, 'output tokens') output_per_1m!: string;
  @Per1m(false, 'cached input tokens; null: billed as input', true) cached_input_per_1m?: string | null;
  @Per1m(false, 'tokens written to the prompt cache', true) cache_write_per_1m?: string | null;
  @Per1m(false, 'reasoning tokens, where billed apart from output', true) reasoning_per_1m?: string | null;
  @Amount(UNIT_PRICE_PATTERN, false, 'USD per request, on top of the tokens.', true) per_request?:
    string | null;
  @Instant(false, 'Start of the period, included; now when left out.') valid_from?: string;
  @Instant(false, 'End of the period, excluded; null or left out: open-ended.', true) valid_to?:
    string | null;
  @OptionalText(500, undefined, true) note?: string | null;
}

/** A change of an organization's price: any field of a period not yet started; only valid_to once it has. */
export class UpdateModelPriceDto {
  @Per1m(false, 'input tokens') input_per_1m?: string;
  @Per1m(false, 'output tokens') output_per_1m?: string;
  @Per1m(false, 'cached input tokens', true) cached_input_per_1m?: string | null;
  @Per1m(false, 'tokens written to the prompt cache', true) cache_write_per_1m?: string | null;
  @Per1m(false, 'reasoning tokens', true) reasoning_per_1m?: string | null;
  @Amount(UNIT_PRICE_PATTERN, false, 'USD per request.', true) per_request?: string | null;
  @Instant(false) valid_from?: string;
  @Instant(false, 'Null: open-ended. A started period may only be closed, at now or later.', true)
  valid_to?: string | null;
  @OptionalText(500, undefined, true) note?: string | null;
}

export class CreateModelPriceQueryDto {
  @QueryBool('Close the organization’s price of the model in force at the new valid_from there.')
  supersede?: boolean;
}

export class ModelPriceListQueryDto {
  @QueryTime('The instant the prices are in force at; now when left out.') at?: string;
  @QueryBool('Every version (all periods), not only those in force.') history?: boolean;
  @ApiPropertyOptional({ description: 'Only this model.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  model?: string;
  @QueryEnum(PriceScope, 'Only global prices or only the organization’s own.') scope?: PriceScope[];
  @QueryInt(`Page size, 1 to ${MAX_PAGE_SIZE}; 20 when left out.`, 1, MAX_PAGE_SIZE) limit?: number;
  @ApiPropertyOptional({ description: 'Opaque cursor from a previous page’s `next_cursor`.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class PriceLookupQueryDto {
  @ApiProperty({ description: 'The model to price.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  model!: string;
  @QueryTime('The instant of the call; now when left out.') at?: string;
}

export class ModelPriceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', description: 'Sent as the ETag.' }) version!: number;
  @ApiProperty({ enum: Object.values(PriceScope) }) scope!: PriceScope;
  @ApiProperty() provider!: string;
  @ApiProperty() model!: string;
  @ApiProperty({ example: '2.5' }) input_per_1m!: string;
  @ApiProperty({ example: '10' }) output_per_1m!: string;
  @ApiProperty({ type: String, nullable: true, example: '1.25' }) cached_input_per_1m!: string | null;
  @ApiProperty({ type: String, nullable: true }) cache_write_per_1m!: string | null;
  @ApiProperty({ type: String, nullable: true }) reasoning_per_1m!: string | null;
  @ApiProperty({ type: String, nullable: true }) per_request!: string | null;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ format: 'date-time' }) valid_from!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) valid_to!: string | null;
  @ApiProperty({ enum: Object.values(PriceSource) }) source!: PriceSource;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ description: 'In force at the instant asked about (now by default).' }) in_force!: boolean;
  @ApiProperty({ description: 'The price charged at that instant: in force and not overridden.' })
  effective!: boolean;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class ModelPricePageDto {
  @ApiProperty({ type: [ModelPriceDto] }) items!: ModelPriceDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page.' })
  next_cursor!: string | null;
}

/** The price a call of the model at `at` is charged: the row (id, version) that would be used. */
export class PriceLookupDto extends ModelPriceDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
}
