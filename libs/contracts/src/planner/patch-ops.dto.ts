/**
 * The operations of a PatchSet (format 1): each names the records it creates by a ref (`$p`,
 * `$t1`) and the records it changes by their canonical UUID. A field that takes "an id or a ref"
 * accepts either; a ref must be created by an earlier operation of the same PatchSet.
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Enum, JsonObject, StringList, Text } from '../common/fields';
import { Priority, ProjectStatus, TaskStatus, TaskType } from '../entities/enums';

export const PATCH_REF = /^\$[A-Za-z][A-Za-z0-9_]{0,39}$/;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A canonical (lower-case) UUID or a ref. */
export const ID_OR_REF = new RegExp(`^(${UUID}|\\$[A-Za-z][A-Za-z0-9_]{0,39})$`);
export const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The longest title an operation may give a project or a task. */
export const MAX_PATCH_TITLE = 200;

export const PATCH_OP_KINDS = [
  'create_project',
  'update_project',
  'create_task',
  'update_task',
  'move_task',
  'delete_task',
  'add_dependency',
  'remove_dependency',
] as const;
export type PatchOpKind = (typeof PATCH_OP_KINDS)[number];

const RefField = (description: string) =>
  applyAll(
    ApiProperty({ example: '$t1', pattern: PATCH_REF.source, description }),
    IsString(),
    Matches(PATCH_REF, {
      message: '$property must be a ref: $ followed by a letter and up to 39 letters, digits or _',
    }),
  );
const IdField = (description: string) =>
  applyAll(
    ApiProperty({ format: 'uuid', description }),
    IsString(),
    Matches(CANONICAL_UUID, { message: '$property must be a canonical (lower-case) UUID' }),
  );
const IdOrRefField = (required: boolean, description: string) =>
  applyAll(
    required
      ? ApiProperty({ example: '$p', pattern: ID_OR_REF.source, description })
      : ApiPropertyOptional({ example: '$t1', pattern: ID_OR_REF.source, description }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    Matches(ID_OR_REF, { message: '$property must be a canonical (lower-case) UUID or a ref ($name)' }),
  );
const BaseVersion = () =>
  applyAll(
    ApiPropertyOptional({
      type: 'integer',
      minimum: 1,
      description: 'The version the change was made against; another version is a conflict.',
    }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(2_147_483_647),
  );

function applyAll(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** Every operation names its kind in `op`. */
export class PatchOpBase {
  @ApiProperty({ enum: PATCH_OP_KINDS })
  @IsIn(PATCH_OP_KINDS, { message: `op must be one of ${PATCH_OP_KINDS.join(', ')}` })
  op!: PatchOpKind;
}

export class CreateProjectOp extends PatchOpBase {
  declare op: 'create_project';
  @RefField('How later operations name the new project.') ref!: string;
  @Text(true, MAX_PATCH_TITLE) name!: string;
  @Text(false, 10_000) description?: string;
  @StringList(false, 50, 100, 'Modules the scaffolder generates; none by default.') modules?: string[];
}

/** Project fields an update may set. */
export class ProjectFieldsDto {
  @Text(false, MAX_PATCH_TITLE) name?: string;
  @Text(false, 10_000) description?: string;
  @Enum(ProjectStatus, false) status?: ProjectStatus;
  @StringList(false, 50, 100) modules?: string[];
}

export const PROJECT_UNSETTABLE = ['description'] as const;

export class UpdateProjectOp extends PatchOpBase {
  declare op: 'update_project';
  @IdField('The project changed.') project!: string;
  @BaseVersion() base_version?: number;
  @ApiPropertyOptional({ type: ProjectFieldsDto, description: 'Current values required, else a conflict.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProjectFieldsDto)
  expect?: ProjectFieldsDto;
  @ApiProperty({ type: ProjectFieldsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ProjectFieldsDto)
  set!: ProjectFieldsDto;
  @ApiPropertyOptional({ enum: PROJECT_UNSETTABLE, isArray: true, description: 'Fields cleared (null).' })
  @IsOptional()
  @IsArray()
  @IsIn(PROJECT_UNSETTABLE, { each: true })
  unset?: (typeof PROJECT_UNSETTABLE)[number][];
}

export class CreateTaskOp extends PatchOpBase {
  declare op: 'create_task';
  @RefField('How later operations name the new task.') ref!: string;
  @IdOrRefField(true, 'The project: an id or the ref of a create_project.') project!: string;
  @IdOrRefField(false, 'The parent task: an id or the ref of an earlier create_task.') parent?: string;
  @Text(true, MAX_PATCH_TITLE) title!: string;
  @Text(false, 20_000) description?: string;
  @Enum(TaskType, false, 'Defaults to engineering.') type?: TaskType;
  @Enum(Priority, false, 'Defaults to medium.') priority?: Priority;
  @Enum(TaskStatus, false, 'Defaults to todo.') status?: TaskStatus;
  @Text(false, 200) assignee?: string;
  @JsonObject(false, 'Free data kept on the task (phase, estimate…).') payload?: Record<string, unknown>;
  @ApiPropertyOptional({
    description: 'Once applied, an engineering task is announced on engineering:queue and starts a run.',
  })
  @IsOptional()
  @IsBoolean()
  start_run?: boolean;
}

/** Task fields an update may set. */
export class TaskFieldsDto {
  @Text(false, MAX_PATCH_TITLE) title?: string;
  @Text(false, 20_000) description?: string;
  @Enum(TaskType, false) type?: TaskType;
  @Enum(Priority, false) priority?: Priority;
  @Enum(TaskStatus, false) status?: TaskStatus;
  @Text(false, 200) assignee?: string;
  @JsonObject(false) payload?: Record<string, unknown>;
}

export const TASK_UNSETTABLE = ['description', 'assignee'] as const;

export class UpdateTaskOp extends PatchOpBase {
  declare op: 'update_task';
  @IdField('The task changed.') task!: string;
  @BaseVersion() base_version?: number;
  @ApiPropertyOptional({ type: TaskFieldsDto, description: 'Current values required, else a conflict.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TaskFieldsDto)
  expect?: TaskFieldsDto;
  @ApiProperty({ type: TaskFieldsDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => TaskFieldsDto)
  set!: TaskFieldsDto;
  @ApiPropertyOptional({ enum: TASK_UNSETTABLE, isArray: true, description: 'Fields cleared (null).' })
  @IsOptional()
  @IsArray()
  @IsIn(TASK_UNSETTABLE, { each: true })
  unset?: (typeof TASK_UNSETTABLE)[number][];
  @ApiPropertyOptional({ description: 'Once applied, the engineering task starts a run.' })
  @IsOptional()
  @IsBoolean()
  start_run?: boolean;
}

export class MoveTaskOp extends PatchOpBase {
  declare op: 'move_task';
  @IdField('The task moved, with its subtree.') task!: string;
  @BaseVersion() base_version?: number;
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: ID_OR_REF.source,
    description: 'The new parent (an id or a ref); null makes it a top-level task.',
  })
  @ValidateIf((op: MoveTaskOp) => op.parent !== null)
  @IsString()
  @Matches(ID_OR_REF, { message: 'parent must be a canonical UUID, a ref ($name) or null' })
  parent!: string | null;
}

export const ON_DEPENDENTS = ['reject', 'cascade'] as const;

export class DeleteTaskOp extends PatchOpBase {
  declare op: 'delete_task';
  @IdField('The task deleted (soft: undo restores it).') task!: string;
  @BaseVersion() base_version?: number;
  @ApiPropertyOptional({
    enum: ON_DEPENDENTS,
    default: 'reject',
    description: 'reject: refused while subtasks or dependents exist; cascade: those go too.',
  })
  @IsOptional()
  @IsIn(ON_DEPENDENTS)
  on_dependents?: (typeof ON_DEPENDENTS)[number];
}

export class AddDependencyOp extends PatchOpBase {
  declare op: 'add_dependency';
  @IdOrRefField(true, 'The task that waits.') task!: string;
  @IdOrRefField(true, 'The task it waits for.') depends_on!: string;
}

export class RemoveDependencyOp extends PatchOpBase {
  declare op: 'remove_dependency';
  @IdField('The task that waits.') task!: string;
  @IdField('The task it no longer waits for.') depends_on!: string;
}

export type PatchOp =
  | CreateProjectOp
  | UpdateProjectOp
  | CreateTaskOp
  | UpdateTaskOp
  | MoveTaskOp
  | DeleteTaskOp
  | AddDependencyOp
  | RemoveDependencyOp;

/** Each kind's class, for class-transformer's discriminator and the documents' oneOf. */
export const PATCH_OP_CLASSES = {
  create_project: CreateProjectOp,
  update_project: UpdateProjectOp,
  create_task: CreateTaskOp,
  update_task: UpdateTaskOp,
  move_task: MoveTaskOp,
  delete_task: DeleteTaskOp,
  add_dependency: AddDependencyOp,
  remove_dependency: RemoveDependencyOp,
} as const;

export const MAX_PATCH_OPS = 300;
