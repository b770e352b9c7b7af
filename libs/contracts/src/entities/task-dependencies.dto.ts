import { ApiProperty } from '@nestjs/swagger';
import { RecordDto } from '../common/base.dto';
import { Uuid } from '../common/fields';
import { ListQueryDto, QuerySort, QueryUuid } from '../common/query';

/** One task waiting for another of the same project. */
export class CreateTaskDependencyDto {
  @Uuid(false, 'The dependency’s id, when the caller chooses it; generated when left out.') id?: string;
  @Uuid(true, 'The project both tasks belong to.') project_id!: string;
  @Uuid(true, 'The task that waits.') task_id!: string;
  @Uuid(true, 'The task it waits for: another live task of the same project.') depends_on_id!: string;
}
/** A dependency is added or removed, never changed: PATCH takes nothing (If-Match alone counts a version). */
export class UpdateTaskDependencyDto {}
export class TaskDependencyDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) project_id!: string;
  @ApiProperty({ format: 'uuid' }) task_id!: string;
  @ApiProperty({ format: 'uuid' }) depends_on_id!: string;
}
export const TASK_DEPENDENCY_SORT = ['created_at'] as const;
export class TaskDependencyListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by project.') project_id?: string;
  @QueryUuid('The dependencies of this task (what it waits for).') task_id?: string;
  @QueryUuid('The dependents of this task (what waits for it).') depends_on_id?: string;
  @QuerySort(TASK_DEPENDENCY_SORT) sort?: string;
}
