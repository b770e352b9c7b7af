import {
  CreateTaskExecutionDto,
  TASK_EXECUTION_SORT,
  TaskExecutionDto,
  TaskExecutionListQueryDto,
  UpdateTaskExecutionDto,
} from '@slipway/contracts';
import type { TaskExecutionRow } from '../database/entities';
import { eq, iso, oneOf, type ResourceDefinition } from '../resources/definition';

export const toTaskExecutionDto = (row: TaskExecutionRow): TaskExecutionDto => ({
  id: row.id,
  created_at: iso(row.created_at),
  updated_at: iso(row.updated_at),
  version: row.version,
  task_id: row.task_id,
  worker_id: row.worker_id,
  started_at: iso(row.started_at),
  finished_at: iso(row.finished_at),
  duration_ms: row.duration_ms,
  exit_code: row.exit_code,
  result_data: row.result_data,
  status: row.status,
});

export const taskExecutionsResource: ResourceDefinition<TaskExecutionRow, TaskExecutionDto> = {
  path: 'task_executions',
  label: 'Task execution',
  table: 'task_executions',
  dto: {
    create: CreateTaskExecutionDto,
    update: UpdateTaskExecutionDto,
    response: TaskExecutionDto,
    list: TaskExecutionListQueryDto,
  },
  access: 'shared',
  softDelete: false,
  sortable: TASK_EXECUTION_SORT,
  filters: { task_id: eq('task_id'), worker_id: eq('worker_id'), status: oneOf('status') },
  toResponse: toTaskExecutionDto,
};
