import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { RecordDto } from '../common/base.dto';
import { Enum, JsonObject, StringList, Text, Uuid } from '../common/fields';
import {
  QueryBool,
  QueryEnum,
  QuerySort,
  QueryText,
  QueryUuid,
  SoftDeleteGetQueryDto,
  SoftDeleteListQueryDto,
} from '../common/query';
import { ProjectStatus } from './enums';
import { TaskDto } from './tasks.dto';

export class CreateProjectDto {
  @Uuid(
    false,
    'The project’s id, when the caller chooses it (the planner does, to write a plan and its undo at once); generated when left out.',
  )
  id?: string;
  @Text(true, 200) name!: string;
  @Text(false, 10_000) description?: string;

  @StringList(true, 100, 100, 'Modules the scaffolder generates; required on create (may be empty).')
  modules!: string[];

  @Uuid(false, 'Owner; defaults to the caller. Only admins may name another user.') owner_id?: string;

  @ApiProperty({ required: false, format: 'uri', maxLength: 2000 })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https', 'ssh', 'git'] })
  repo_url?: string;

  @JsonObject(false, 'Free-form configuration.') config?: Record<string, unknown>;
}

export class UpdateProjectDto extends PartialType(OmitType(CreateProjectDto, ['id'] as const)) {
  @Enum(ProjectStatus, false) status?: ProjectStatus;
}

/** PUT /api/projects/{id}: the whole record; a field left out returns to its default (null, `{}`, created). */
export class ReplaceProjectDto extends OmitType(CreateProjectDto, ['id', 'owner_id'] as const) {
  @Uuid(false, 'Owner; left out, the owner stays. Only admins may name another user.') owner_id?: string;
  @Enum(ProjectStatus, false, 'Defaults to created.') status?: ProjectStatus;
}

export class ProjectDto extends RecordDto {
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: Object.values(ProjectStatus) }) status!: ProjectStatus;
  @ApiProperty({ format: 'uuid' }) owner_id!: string;
  @ApiProperty({ type: [String] }) modules!: string[];
  @ApiProperty({ type: String, nullable: true }) repo_url!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) config!: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deleted_at!: string | null;
}

export class ProjectDetailDto extends ProjectDto {
  @ApiProperty({ type: [TaskDto], required: false, description: 'Only with include_tasks=true.' })
  tasks?: TaskDto[];
}

export const PROJECT_SORT = ['created_at', 'updated_at', 'name', 'status'] as const;

export class ProjectListQueryDto extends SoftDeleteListQueryDto {
  @QueryEnum(ProjectStatus, 'Filter by status.') status?: ProjectStatus[];
  @QueryUuid('Filter by owner.') owner_id?: string;
  @QueryText('Exact name.') name?: string;
  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Exact repository URL (a CI job finds its project by it).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  repo_url?: string;
  @QuerySort(PROJECT_SORT) sort?: string;
}

export class ProjectGetQueryDto extends SoftDeleteGetQueryDto {
  @QueryBool('Embed the project’s tasks.') include_tasks?: boolean;
}

export class ProjectDeleteQueryDto {
  @QueryBool('Soft-delete the project’s tasks too.') cascade?: boolean;
}
