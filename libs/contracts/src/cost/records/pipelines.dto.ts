import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, Matches } from 'class-validator';
import { RecordDto } from '../../common/base.dto';
import { Enum, Text, Uuid } from '../../common/fields';
import { ListQueryDto, QueryEnum, QuerySort, QueryText, QueryTime, QueryUuid } from '../../common/query';
import { PipelineKind, PipelineStatus } from '../enums';
import {
  CalendarDate,
  DATE_PATTERN,
  Instant,
  MONTH_PATTERN,
  NullableEnum,
  OptionalText,
  Pattern,
} from './fields';

export const MAX_PIPELINE_STEPS = 1000;

const Steps = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: 'array',
      items: { type: 'object', additionalProperties: true },
      maxItems: MAX_PIPELINE_STEPS,
      description: 'The pipeline’s steps as its service reports them; defaults to [].',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_PIPELINE_STEPS),
    IsObject({ each: true }),
  );

// ── pipeline runs: one quota-counted run or CI job of an organization ─────────────────────────

export class CreatePipelineRunRecordDto {
  @Uuid(true) org_id!: string;
  @Enum(PipelineKind, true) kind!: PipelineKind;
  @Text(true, 200, 'The run’s or job’s id in its own service.') pipeline_id!: string;
  @Uuid(false) project_id?: string;
  @OptionalText(100) profile?: string;
  @OptionalText(40) provider?: string;
  @Enum(PipelineStatus, false, 'Defaults to admitted.') status?: PipelineStatus;
  @CalendarDate(true, 'The day counted against, in the organization’s time zone.') quota_day!: string;
  @Pattern(MONTH_PATTERN, 7, true, 'The month counted against, YYYY-MM.') quota_month!: string;
  @Instant(true, 'When an unfinished admission stops counting as running.') lease_expires_at!: string;
  @Instant(false) completed_at?: string;
  @OptionalText(10_000) detail?: string;
  @Steps() steps?: Record<string, unknown>[];
  @OptionalText(200, 'Who asked for the run.') requested_by?: string;
}
export class UpdatePipelineRunRecordDto {
  @Enum(PipelineStatus, false) status?: PipelineStatus;
  @OptionalText(40, undefined, true) provider?: string | null;
  @Instant(false) lease_expires_at?: string;
  @Instant(false, undefined, true) completed_at?: string | null;
  @OptionalText(10_000, undefined, true) detail?: string | null;
  @Steps() steps?: Record<string, unknown>[];
}
export class PipelineRunRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) org_id!: string;
  @ApiProperty({ enum: Object.values(PipelineKind) }) kind!: PipelineKind;
  @ApiProperty() pipeline_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) profile!: string | null;
  @ApiProperty({ type: String, nullable: true }) provider!: string | null;
  @ApiProperty({ enum: Object.values(PipelineStatus) }) status!: PipelineStatus;
  @ApiProperty({ format: 'date' }) quota_day!: string;
  @ApiProperty({ example: '2025-01' }) quota_month!: string;
  @ApiProperty({ format: 'date-time' }) lease_expires_at!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completed_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) detail!: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  steps!: Record<string, unknown>[];
  @ApiProperty({ type: String, nullable: true }) requested_by!: string | null;
}
export const PIPELINE_RUN_RECORD_SORT = ['created_at', 'updated_at', 'lease_expires_at'] as const;
export class PipelineRunRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by organization.') org_id?: string;
  @QueryEnum(PipelineKind, 'Filter by kind.') kind?: PipelineKind[];
  @QueryText('Exact pipeline id.') pipeline_id?: string;
  @QueryEnum(PipelineStatus, 'Filter by status.') status?: PipelineStatus[];
  @ApiPropertyOptional({ format: 'date', description: 'Exact quota day, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(DATE_PATTERN)
  quota_day?: string;
  @ApiPropertyOptional({ description: 'Exact quota month, YYYY-MM.' })
  @IsOptional()
  @Matches(MONTH_PATTERN)
  quota_month?: string;
  @QueryUuid('Filter by registry project.') project_id?: string;
  @QueryTime('Only runs whose lease lapses before this instant.') lease_expires_before?: string;
  @QuerySort(PIPELINE_RUN_RECORD_SORT) sort?: string;
}

// ── pipeline state transitions (append-only) ───────────────────────────────────────────────────

export class CreatePipelineStateTransitionRecordDto {
  @Uuid(true) pipeline_run_id!: string;
  @NullableEnum(PipelineStatus, 'Null for the first state.') from_status?: PipelineStatus | null;
  @Enum(PipelineStatus, true) to_status!: PipelineStatus;
  @OptionalText(10_000) reason?: string;
}
export class UpdatePipelineStateTransitionRecordDto {}
export class PipelineStateTransitionRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) pipeline_run_id!: string;
  @ApiProperty({ enum: Object.values(PipelineStatus), nullable: true }) from_status!: PipelineStatus | null;
  @ApiProperty({ enum: Object.values(PipelineStatus) }) to_status!: PipelineStatus;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}
export const PIPELINE_STATE_TRANSITION_RECORD_SORT = ['created_at'] as const;
export class PipelineStateTransitionRecordListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by pipeline run.') pipeline_run_id?: string;
  @QuerySort(PIPELINE_STATE_TRANSITION_RECORD_SORT) sort?: string;
}
