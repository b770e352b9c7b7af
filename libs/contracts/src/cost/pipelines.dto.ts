import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ListQueryDto, QueryEnum, QueryUuid } from '../common/query';
import { CreateRunRequest } from '../runs/runs-api.dto';
import { PipelineKind, PipelineStatus } from './enums';

export class PipelineRunListQueryDto extends ListQueryDto {
  @QueryEnum(PipelineKind, 'Only runs or only CI jobs.') kind?: PipelineKind[];
  @QueryEnum(PipelineStatus, 'Filter by status.') status?: PipelineStatus[];
  @QueryUuid('Only pipelines of this project.') project_id?: string;
}

export class PipelineTransitionDto {
  @ApiProperty({ enum: Object.values(PipelineStatus), nullable: true }) from_status!: PipelineStatus | null;
  @ApiProperty({ enum: Object.values(PipelineStatus) }) to_status!: PipelineStatus;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class PipelineStepLogDto {
  @ApiProperty({ description: 'A run’s phase, or a CI job’s step.' }) name!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finished_at!: string | null;
}

/** `POST /api/v1/pipelines/{org}/start`: a run of one of the organization's projects. */
export class StartPipelineDto extends PickType(CreateRunRequest, [
  'profile',
  'intake',
  'project_name',
  'metadata',
  'mode',
  'budget_usd',
] as const) {
  @ApiProperty({ format: 'uuid', description: 'A project attached to the organization (hierarchy).' })
  @IsUUID('all')
  project_id!: string;
}
