import {
  CreateTaskDependencyDto,
  TASK_DEPENDENCY_SORT,
  TaskDependencyDto,
  TaskDependencyListQueryDto,
  UpdateTaskDependencyDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { Executor } from '../database/db';
import type { TaskDependencyRow } from '../database/entities';
import { eq, type ResourceDefinition, type Values, withRecord } from '../resources/definition';

const ENDS = ['task_id', 'depends_on_id'] as const;

/** Both ends of a dependency are live tasks of its project, and not the same task. */
async function checkEnds(tx: Executor, values: Values): Promise<void> {
  const [task, dependsOn] = ENDS.map((field) => String(values[field]).toLowerCase());
  if (task === dependsOn)
    throw ProblemException.validation([
      { field: 'depends_on_id', message: 'a task cannot depend on itself' },
    ]);
  const rows = await tx.query<{ id: string; project_id: string }>(
    'SELECT id, project_id FROM tasks WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL',
    [[task, dependsOn]],
  );
  const project = String(values.project_id).toLowerCase();
  const errors = ENDS.flatMap((field, i) => {
    const row = rows.find((r) => r.id === [task, dependsOn][i]);
    if (!row) return [{ field, message: `${field} refers to no live task` }];
    if (row.project_id !== project) return [{ field, message: `${field} is a task of another project` }];
    return [];
  });
  if (errors.length) throw ProblemException.validation(errors);
}

/** Which task waits for which: added and removed (deleted outright), never changed. */
export const taskDependenciesResource: ResourceDefinition<TaskDependencyRow, TaskDependencyDto> = {
  path: 'task_dependencies',
  label: 'Task dependency',
  table: 'task_dependencies',
  dto: {
    create: CreateTaskDependencyDto,
    update: UpdateTaskDependencyDto,
    response: TaskDependencyDto,
    list: TaskDependencyListQueryDto,
  },
  access: 'project',
  softDelete: false,
  sortable: TASK_DEPENDENCY_SORT,
  filters: {
    project_id: eq('project_id'),
    task_id: eq('task_id'),
    depends_on_id: eq('depends_on_id'),
  },
  toResponse: (row) =>
    withRecord(row, {
      project_id: row.project_id,
      task_id: row.task_id,
      depends_on_id: row.depends_on_id,
    }),
  prepareCreate: async (values, _actor, tx) => {
    await checkEnds(tx, values);
    return values;
  },
};
