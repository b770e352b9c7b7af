import {
  CreateTaskDto,
  TASK_SORT,
  TaskDto,
  TaskGetQueryDto,
  TaskListQueryDto,
  ReplaceTaskDto,
  type TaskTreeDto,
  UpdateTaskDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { TaskRow } from '../database/entities';
import type { Executor } from '../database/db';
import {
  eq,
  isNull,
  isoOrNull,
  oneOf,
  type ResourceDefinition,
  withRecord,
  type Values,
} from '../resources/definition';
import { checkReferences } from '../resources/references';

/** The largest subtree GET ?include_subtasks=true returns. */
export const MAX_TREE_ROWS = 1000;

export const toTaskDto = (row: TaskRow): TaskDto =>
  withRecord(row, {
    project_id: row.project_id,
    parent_id: row.parent_id,
    type: row.type,
    title: row.title,
    description: row.description,
    status: row.status,
    priority: row.priority,
    assignee: row.assignee,
    payload: row.payload,
    result: row.result,
    position: row.position,
    deleted_at: isoOrNull(row.deleted_at),
  });

async function checkParent(
  tx: Executor,
  projectId: string,
  parentId: unknown,
  selfId?: string,
): Promise<void> {
  if (typeof parentId !== 'string') return;
  const [parent] = await tx.query<{ project_id: string; cycle: boolean }>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, project_id FROM tasks WHERE id = $1 AND deleted_at IS NULL
       UNION ALL SELECT t.id, t.parent_id, t.project_id FROM tasks t JOIN up ON t.id = up.parent_id
     )
     SELECT (SELECT project_id FROM up WHERE id = $1) AS project_id, coalesce(bool_or(id = $2), false) AS cycle FROM up`,
    [parentId, selfId ?? null],
  );
  if (!parent?.project_id)
    throw ProblemException.validation([{ field: 'parent_id', message: 'parent_id refers to no live task' }]);
  if (parent.project_id !== projectId) {
    throw ProblemException.validation([
      { field: 'parent_id', message: 'the parent task belongs to another project' },
    ]);
  }
  if (parent.cycle)
    throw ProblemException.validation([{ field: 'parent_id', message: 'a task cannot be its own ancestor' }]);
}

async function subtaskTree(root: TaskRow, db: Executor): Promise<TaskTreeDto> {
  const rows = await db.query<TaskRow>(
    `WITH RECURSIVE tree AS (
       SELECT * FROM tasks WHERE parent_id = $1 AND deleted_at IS NULL
       UNION ALL SELECT t.* FROM tasks t JOIN tree ON t.parent_id = tree.id WHERE t.deleted_at IS NULL
     )
     SELECT * FROM tree ORDER BY created_at, id LIMIT $2`,
    [root.id, MAX_TREE_ROWS],
  );
  const nodes = new Map<string, TaskTreeDto>([[root.id, { ...toTaskDto(root), subtasks: [] }]]);
  for (const row of rows) nodes.set(row.id, { ...toTaskDto(row), subtasks: [] });
  for (const row of rows) nodes.get(row.parent_id ?? '')?.subtasks?.push(nodes.get(row.id) as TaskTreeDto);
  return nodes.get(root.id) as TaskTreeDto;
}

export const tasksResource: ResourceDefinition<TaskRow, TaskDto> = {
  path: 'tasks',
  label: 'Task',
  table: 'tasks',
  dto: {
    create: CreateTaskDto,
    update: UpdateTaskDto,
    response: TaskDto,
    list: TaskListQueryDto,
    get: TaskGetQueryDto,
    replace: ReplaceTaskDto,
  },
  access: 'project',
  softDelete: true,
  sortable: TASK_SORT,
  filters: {
    project_id: eq('project_id'),
    parent_id: eq('parent_id'),
    root: isNull('parent_id'),
    status: oneOf('status'),
    type: oneOf('type'),
    priority: oneOf('priority'),
    assignee: eq('assignee'),
  },
  toResponse: toTaskDto,
  prepareCreate: async (values: Values, _actor, tx) => {
    await checkParent(tx, String(values.project_id), values.parent_id);
    return values;
  },
  prepareUpdate: async (values: Values, _actor, tx, id) => {
    if (typeof values.parent_id === 'string') {
      const [task] = await tx.query<{ project_id: string }>('SELECT project_id FROM tasks WHERE id = $1', [
        id,
      ]);
      if (task) await checkParent(tx, task.project_id, values.parent_id, id);
    }
    return values;
  },
  expand: (row, query, db) => (query.include_subtasks === true ? subtaskTree(row, db) : null),
  /** A task comes back only into a live project, under a live parent (restore the parent first). */
  onRestore: async (row, tx) => {
    await checkReferences(tx, { project_id: row.project_id, parent_id: row.parent_id }, [
      { field: 'project_id', table: 'projects', noun: 'project', live: true },
      { field: 'parent_id', table: 'tasks', noun: 'task', live: true },
    ]);
  },
};
