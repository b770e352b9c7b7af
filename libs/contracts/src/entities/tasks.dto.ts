import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { RecordDto } from '../common/base.dto';
import { Enum, Int, JsonObject, Text, Uuid } from '../common/fields';
import {
  QueryBool,
  QueryEnum,
  QuerySort,
  QueryText,
  QueryUuid,
  SoftDeleteGetQueryDto,
  SoftDeleteListQueryDto,
} from '../common/query';
import { Priority, TaskStatus, TaskType } from './enums';

export class CreateTaskDto {
  @Uuid(false, 'The task’s id, when the caller chooses it (the planner does); generated when left out.')
  id?: string;
  @Uuid(true) project_id!: string;
  @Uuid(false, 'Parent task, for subtasks; must belong to the same project.') parent_id?: string;
  @Enum(TaskType, true) type!: TaskType;
  @Text(true, 500) title!: string;
  @Text(false, 20_000) description?: string;
  @Enum(TaskStatus, false, 'Defaults to todo.') status?: TaskStatus;
  @Enum(Priority, false, 'Defaults to medium.') priority?: Priority;
  @Text(false, 200) assignee?: string;
  @JsonObject(false) payload?: Record<string, unknown>;
  @JsonObject(false) result?: Record<string, unknown>;
  @Int(
    false,
    0,
    1_000_000,
    'Order among its siblings (lower first; the planner keeps its plan’s order). Defaults to 0.',
  )
  position?: number;
}

export class UpdateTaskDto extends PartialType(OmitType(CreateTaskDto, ['id', 'project_id'] as const)) {}

/** PUT /api/tasks/{id}: the whole record but its project; a field left out returns to its default. */
export class ReplaceTaskDto extends OmitType(CreateTaskDto, ['id', 'project_id'] as const) {}

export class TaskDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) project_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parent_id!: string | null;
  @ApiProperty({ enum: Object.values(TaskType) }) type!: TaskType;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: Object.values(TaskStatus) }) status!: TaskStatus;
  @ApiProperty({ enum: Object.values(Priority) }) priority!: Priority;
  @ApiProperty({ type: String, nullable: true }) assignee!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) result!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ type: 'integer', description: 'Order among its siblings, lower first.' }) position!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deleted_at!: string | null;
}

export class TaskTreeDto extends TaskDto {
  @ApiProperty({
    type: () => [TaskTreeDto],
    required: false,
    description: 'Only with include_subtasks=true.',
  })
  subtasks?: TaskTreeDto[];
}

export const TASK_SORT = ['created_at', 'updated_at', 'title', 'status', 'priority', 'position'] as const;

export class TaskListQueryDto extends SoftDeleteListQueryDto {
  @QueryUuid('Filter by project.') project_id?: string;
  @QueryUuid('Filter by parent task.') parent_id?: string;
  @QueryBool('true: only top-level tasks; false: only subtasks.') root?: boolean;
  @QueryEnum(TaskStatus, 'Filter by status.') status?: TaskStatus[];
  @QueryEnum(TaskType, 'Filter by type.') type?: TaskType[];
  @QueryEnum(Priority, 'Filter by priority.') priority?: Priority[];
  @QueryText('Exact assignee.') assignee?: string;
  @QuerySort(TASK_SORT) sort?: string;
}

export class TaskGetQueryDto extends SoftDeleteGetQueryDto {
  @QueryBool('Return the task with its subtasks as a tree.') include_subtasks?: boolean;
}
