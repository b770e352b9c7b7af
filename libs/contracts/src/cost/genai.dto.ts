import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_PAGE_SIZE, QueryBool, QueryInt, QueryText, QueryTime } from '../common/query';
import { CostAnswerDto, CostFiltersQueryDto, CostTotalsDto } from './costs.dto';
import { CreateModelPriceDto } from './pricing.dto';

/**
 * `/api/v1/genai/{org}/…`: the organization's model calls — tokens by model and day, what they
 * cost, and the organization's price overrides. GenAI spend is the ledger's rows naming a model
 * (calls of runs and of the planner, and adjustments of them).
 */

/** A provider as priced (model_prices.provider). */
export const GENAI_PROVIDER_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,99}$/;

/** The cost filters but the source: GenAI spend is the model calls'. */
export class GenAiQueryDto extends OmitType(CostFiltersQueryDto, ['source'] as const) {}

export class GenAiTokensDto {
  @ApiProperty({ type: 'integer', description: 'Prompt tokens, the cached ones included.' })
  input_tokens!: number;
  @ApiProperty({ type: 'integer' }) output_tokens!: number;
  @ApiProperty({ type: 'integer', description: 'Prompt tokens read from the provider’s cache.' })
  cached_input_tokens!: number;
  @ApiProperty({ type: 'integer', description: 'input_tokens + output_tokens.' }) total_tokens!: number;
  @ApiProperty({
    example: 0.25,
    description: 'cached_input_tokens / input_tokens, 0 to 1, to 6 decimals; 0 without input tokens.',
  })
  cached_share!: number;
  @ApiProperty({ type: 'integer', description: 'Model calls (ledger rows) counted.' }) events!: number;
}

export class GenAiModelUsageDto extends GenAiTokensDto {
  @ApiProperty() provider!: string;
  @ApiProperty() model!: string;
}

export class GenAiDayUsageDto extends GenAiModelUsageDto {
  @ApiProperty({ format: 'date', description: 'The local day.' }) day!: string;
}

/** `GET /api/v1/genai/{org}/usage`. */
export class GenAiUsageDto extends CostAnswerDto {
  @ApiProperty({
    type: [GenAiDayUsageDto],
    description: 'Per local day and model: days in order, models by name.',
  })
  days!: GenAiDayUsageDto[];
  @ApiProperty({ type: [GenAiModelUsageDto], description: 'Per model over the period, most tokens first.' })
  models!: GenAiModelUsageDto[];
  @ApiProperty({ type: GenAiTokensDto }) total!: GenAiTokensDto;
  @ApiProperty({
    description:
      'True when the period holds more (day, model) pairs than one answer carries (days then lists the costliest).',
  })
  truncated!: boolean;
}

export class GenAiModelCostDto extends CostTotalsDto {
  @ApiProperty() provider!: string;
  @ApiProperty() model!: string;
}

export class GenAiProviderCostDto extends CostTotalsDto {
  @ApiProperty() provider!: string;
}

/** `GET /api/v1/genai/{org}/costs`. */
export class GenAiCostsDto extends CostAnswerDto {
  @ApiProperty({ type: [GenAiProviderCostDto], description: 'Largest amount first.' })
  providers!: GenAiProviderCostDto[];
  @ApiProperty({ type: [GenAiModelCostDto], description: 'Largest amount first.' })
  models!: GenAiModelCostDto[];
  @ApiProperty({ type: CostTotalsDto }) total!: CostTotalsDto;
}

// ── pricing overrides: the organization's own model prices, every provider ─────────────────────

export class GenAiOverrideListQueryDto {
  @ApiPropertyOptional({ description: 'Only this provider.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(GENAI_PROVIDER_PATTERN, { message: `provider must match ${GENAI_PROVIDER_PATTERN.source}` })
  provider?: string;
  @QueryText('Only this model.') model?: string;
  @QueryTime('The instant the overrides are in force at; now when left out.') at?: string;
  @QueryBool('Every version (all periods), not only those in force.') history?: boolean;
  @QueryInt(`Page size, 1 to ${MAX_PAGE_SIZE}; 20 when left out.`, 1, MAX_PAGE_SIZE) limit?: number;
  @ApiPropertyOptional({ description: 'Opaque cursor from a previous page’s `next_cursor`.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

/** An override: an organization price of a provider's model for a period. */
export class CreateGenAiOverrideDto extends CreateModelPriceDto {
  @ApiProperty({ pattern: GENAI_PROVIDER_PATTERN.source, example: 'openai' })
  @IsString()
  @MaxLength(100)
  @Matches(GENAI_PROVIDER_PATTERN, { message: `provider must match ${GENAI_PROVIDER_PATTERN.source}` })
  provider!: string;
}
