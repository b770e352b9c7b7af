import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Enum, Text, Uuid } from '../common/fields';
import { PipelineKind, PipelineStatus } from './enums';

const PIPELINE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/** Which pipeline: an orchestrator run (its uuid) or a CI job (its id). */
export class PipelineRefDto {
  @Enum(PipelineKind, true) kind!: PipelineKind;
  @ApiProperty({ pattern: PIPELINE_ID.source, maxLength: 200 })
  @IsString()
  @MaxLength(200)
  @Matches(PIPELINE_ID, { message: 'pipeline_id must be a run or job id' })
  pipeline_id!: string;
}

/** `POST /api/v1/validator/validate/{org}`: may this pipeline start now? */
export class ValidatePipelineDto extends PipelineRefDto {
  @Uuid(false, 'The data-api project it works on.') project_id?: string;
  @Text(false, 100, 'The run profile (runs), or the executor class (CI jobs).') profile?: string;
  @Text(false, 40, 'The LLM provider it will call; its integration must then be valid.') provider?: string;
  @ApiPropertyOptional({
    type: [String],
    maxItems: 20,
    description: 'Models it will call; each must be priced.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  models?: string[];
  @Text(false, 200, 'Who asked for it (a user id).') requested_by?: string;
}

export class PipelineUsageDto {
  @ApiProperty({ type: 'integer' }) daily!: number;
  @ApiProperty({ type: 'integer' }) monthly!: number;
  @ApiProperty({ type: 'integer' }) concurrent!: number;
}

export class AdmissionDto {
  @ApiProperty() admitted!: true;
  @ApiProperty({ format: 'uuid', description: 'The pipeline_runs record.' }) pipeline_run_id!: string;
  @ApiProperty({ description: 'False when this pipeline already held its slot (a retried validate).' })
  counted!: boolean;
  @ApiProperty({ format: 'date-time' }) lease_expires_at!: string;
  @ApiProperty({ type: 'integer', description: 'Renew the slot (heartbeat) at least this often, in ms.' })
  heartbeat_interval_ms!: number;
  @ApiProperty({ enum: ['org', 'suite'], description: 'Whose credential the provider is called with.' })
  credential!: 'org' | 'suite';
  @ApiProperty({ type: PipelineUsageDto, description: 'Usage after this admission.' })
  usage!: PipelineUsageDto;
}

export class PipelineStepDto {
  @Text(true, 100) name!: string;
  @Text(true, 40) status!: string;
  @Text(false, 40, 'ISO 8601') started_at?: string;
  @Text(false, 40, 'ISO 8601') finished_at?: string;
}

/** `POST /api/v1/validator/complete/{org}`: the pipeline ended; its slot comes back. */
export class CompletePipelineDto extends PipelineRefDto {
  @Enum({ succeeded: 'succeeded', failed: 'failed', cancelled: 'cancelled' }, true)
  outcome!: 'succeeded' | 'failed' | 'cancelled';
  @Text(false, 2000) detail?: string;
  @ApiPropertyOptional({ type: [PipelineStepDto], maxItems: 200 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PipelineStepDto)
  steps?: PipelineStepDto[];
}

export class HeartbeatDto extends PipelineRefDto {}

export class PipelineRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: Object.values(PipelineKind) }) kind!: PipelineKind;
  @ApiProperty() pipeline_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) profile!: string | null;
  @ApiProperty({ type: String, nullable: true }) provider!: string | null;
  @ApiProperty({ enum: Object.values(PipelineStatus) }) status!: PipelineStatus;
  @ApiProperty({ example: '2026-12-01', description: 'The quota day (the org’s local date).' })
  quota_day!: string;
  @ApiProperty({ example: '2026-12' }) quota_month!: string;
  @ApiProperty({ format: 'date-time' }) lease_expires_at!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completed_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) detail!: string | null;
  @ApiProperty({ type: String, nullable: true }) requested_by!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
}
