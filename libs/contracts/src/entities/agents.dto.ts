import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsArray, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { RecordDto } from '../common/base.dto';
import { Bool, Decimal, Int, JsonObject, StringList, Text } from '../common/fields';
import { ListQueryDto, QueryBool, QuerySort, QueryText } from '../common/query';

export class CreateAgentConfigDto {
  @Text(true, 100, 'Unique.') name!: string;
  @Text(true, 100, 'e.g. openai, anthropic.') provider!: string;
  @Text(true, 200) model!: string;
  @Text(false, 100_000) system_prompt?: string;

  @ApiProperty({ required: false, minimum: 0, maximum: 2, example: 0.2 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(2)
  temperature?: number;

  @Int(false, 1, 10_000_000) max_tokens?: number;

  @ApiProperty({
    required: false,
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description: 'Tool definitions.',
  })
  @IsOptional()
  @IsArray()
  tools?: Record<string, unknown>[];

  @Bool(false, 'Defaults to true.') is_active?: boolean;
}
export class UpdateAgentConfigDto extends PartialType(CreateAgentConfigDto) {}
export class AgentConfigDto extends RecordDto {
  @ApiProperty() name!: string;
  @ApiProperty() provider!: string;
  @ApiProperty() model!: string;
  @ApiProperty({ type: String, nullable: true }) system_prompt!: string | null;
  @ApiProperty({ type: Number, nullable: true }) temperature!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) max_tokens!: number | null;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } }) tools!: Record<
    string,
    unknown
  >[];
  @ApiProperty() is_active!: boolean;
}
export const AGENT_CONFIG_SORT = ['created_at', 'updated_at', 'name', 'provider'] as const;
export class AgentConfigListQueryDto extends ListQueryDto {
  @QueryText('Exact provider.') provider?: string;
  @QueryText('Exact model.') model?: string;
  @QueryText('Exact name.') name?: string;
  @QueryBool('Filter by active flag.') is_active?: boolean;
  @QuerySort(AGENT_CONFIG_SORT) sort?: string;
}

export class CreateCliAgentConfigDto {
  @Text(true, 100, 'Unique.') name!: string;
  @Text(true, 500, 'Executable to run.') command!: string;
  @StringList(false, 100, 2000, 'Arguments, passed as an array (never through a shell).') args?: string[];
  @JsonObject(false, 'Non-secret environment variables, name → value.') env?: Record<string, string>;
  @Int(false, 1, 86_400, 'Defaults to 600.') timeout_seconds?: number;
  @Bool(false, 'Defaults to true.') is_active?: boolean;
}
export class UpdateCliAgentConfigDto extends PartialType(CreateCliAgentConfigDto) {}
export class CliAgentConfigDto extends RecordDto {
  @ApiProperty() name!: string;
  @ApiProperty() command!: string;
  @ApiProperty({ type: [String] }) args!: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) env!: Record<string, string>;
  @ApiProperty({ type: 'integer' }) timeout_seconds!: number;
  @ApiProperty() is_active!: boolean;
}
export const CLI_AGENT_CONFIG_SORT = ['created_at', 'updated_at', 'name'] as const;
export class CliAgentConfigListQueryDto extends ListQueryDto {
  @QueryText('Exact name.') name?: string;
  @QueryBool('Filter by active flag.') is_active?: boolean;
  @QuerySort(CLI_AGENT_CONFIG_SORT) sort?: string;
}

export class CreateAvailableModelDto {
  @Text(true, 100) provider!: string;
  @Text(true, 200, 'Unique per provider.') model_name!: string;
  @Text(false, 200) display_name?: string;
  @Int(false, 1, 100_000_000) context_window?: number;
  @Decimal(true, 'USD per 1,000 input tokens.') input_price_per_1k!: string;
  @Decimal(true, 'USD per 1,000 output tokens.') output_price_per_1k!: string;
  @Decimal(false, 'USD per 1,000 cached input tokens.') cached_input_price_per_1k?: string;
  @Bool(false, 'Defaults to true.') is_active?: boolean;
}
export class UpdateAvailableModelDto extends PartialType(CreateAvailableModelDto) {}
export class AvailableModelDto extends RecordDto {
  @ApiProperty() provider!: string;
  @ApiProperty() model_name!: string;
  @ApiProperty({ type: String, nullable: true }) display_name!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) context_window!: number | null;
  @ApiProperty({ example: '0.0025' }) input_price_per_1k!: string;
  @ApiProperty({ example: '0.01' }) output_price_per_1k!: string;
  @ApiProperty({ type: String, nullable: true, example: '0.00125' }) cached_input_price_per_1k!:
    string | null;
  @ApiProperty() is_active!: boolean;
}
export const AVAILABLE_MODEL_SORT = ['created_at', 'updated_at', 'provider', 'model_name'] as const;
export class AvailableModelListQueryDto extends ListQueryDto {
  @QueryText('Exact provider.') provider?: string;
  @QueryText('Exact model name.') model_name?: string;
  @QueryBool('Filter by active flag.') is_active?: boolean;
  @QuerySort(AVAILABLE_MODEL_SORT) sort?: string;
}
