import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { RecordDto } from '../common/base.dto';
import { Enum, Int, JsonObject, Text, Timestamp, Uuid } from '../common/fields';
import { ListQueryDto, QueryEnum, QuerySort, QueryText, QueryUuid } from '../common/query';
import { ExecutionStatus, RagStatus } from './enums';

export class CreateRagIndexDto {
  @Text(true, 200) name!: string;
  @Uuid(true) project_id!: string;
  @Text(true, 200) embedding_model!: string;
  @Int(true, 1, 65_536) dimension!: number;
  @Int(false, 0, 2_000_000_000, 'Defaults to 0.') document_count?: number;
  @Enum(RagStatus, false, 'Defaults to pending.') status?: RagStatus;
  @JsonObject(false) config?: Record<string, unknown>;
}
export class UpdateRagIndexDto extends PartialType(OmitType(CreateRagIndexDto, ['project_id'] as const)) {}
export class RagIndexDto extends RecordDto {
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) project_id!: string;
  @ApiProperty() embedding_model!: string;
  @ApiProperty({ type: 'integer' }) dimension!: number;
  @ApiProperty({ type: 'integer' }) document_count!: number;
  @ApiProperty({ enum: Object.values(RagStatus) }) status!: RagStatus;
  @ApiProperty({ type: 'object', additionalProperties: true }) config!: Record<string, unknown>;
}
export const RAG_SORT = ['created_at', 'updated_at', 'name', 'status'] as const;
export class RagIndexListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by project.') project_id?: string;
  @QueryEnum(RagStatus, 'Filter by status.') status?: RagStatus[];
  @QueryText('Exact name.') name?: string;
  @QuerySort(RAG_SORT) sort?: string;
}

export const EXECUTION_ID_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

/** A worker's report of one execution; the id is the worker's request id, so reporting twice is harmless. */
export class PutTaskExecutionDto {
  @Uuid(false, 'The task this execution served, if any.') task_id?: string;
  @Text(true, 200) worker_id!: string;
  @Timestamp(true) started_at!: string;
  @Timestamp(true) finished_at!: string;
  @Int(true, 0, 2_147_483_647) duration_ms!: number;
  @Int(true, -2_147_483_648, 2_147_483_647) exit_code!: number;
  @JsonObject(false, 'The worker’s verdict or error.') result_data?: Record<string, unknown>;
  @Enum(ExecutionStatus, true) status!: ExecutionStatus;
}
export class CreateTaskExecutionDto extends PutTaskExecutionDto {
  @ApiProperty({ pattern: EXECUTION_ID_PATTERN.source, description: 'The worker’s request id.' })
  @IsString()
  @MaxLength(200)
  @Matches(EXECUTION_ID_PATTERN)
  id!: string;
}
export class UpdateTaskExecutionDto extends PartialType(PutTaskExecutionDto) {}
export class TaskExecutionDto extends OmitType(RecordDto, ['id'] as const) {
  @ApiProperty({ description: 'The worker’s request id.' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) task_id!: string | null;
  @ApiProperty() worker_id!: string;
  @ApiProperty({ format: 'date-time' }) started_at!: string;
  @ApiProperty({ format: 'date-time' }) finished_at!: string;
  @ApiProperty({ type: 'integer' }) duration_ms!: number;
  @ApiProperty({ type: 'integer' }) exit_code!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) result_data!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ enum: Object.values(ExecutionStatus) }) status!: ExecutionStatus;
}
export const TASK_EXECUTION_SORT = [
  'created_at',
  'updated_at',
  'started_at',
  'finished_at',
  'duration_ms',
] as const;
export class TaskExecutionListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by task.') task_id?: string;
  @QueryText('Exact worker id.') worker_id?: string;
  @QueryEnum(ExecutionStatus, 'Filter by status.') status?: ExecutionStatus[];
  @QuerySort(TASK_EXECUTION_SORT) sort?: string;
}
