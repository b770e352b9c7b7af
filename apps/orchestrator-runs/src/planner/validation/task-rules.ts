import type { CreateTaskOp, DeleteTaskOp, MoveTaskOp, TaskFieldsDto, UpdateTaskOp } from '@slipway/contracts';
import { givenFields, USER_OWNED_TASK_FIELDS, type CheckScope } from './check-scope';
import type { PlannedTask } from './projected-plan';
import { INITIAL_STATUSES, mayTransition } from './status-transitions';

const isRef = (value: string) => value.startsWith('$');

/** The existing live task an operation names, or an error said and undefined. */
function existingTask(scope: CheckScope, index: number, id: string, path = 'task'): PlannedTask | undefined {
  const task = scope.plan.live(id);
  if (task?.existing) return task;
  const deletedHere = scope.plan.tasks.get(id)?.deleted === true;
  scope.findings.error(
    index,
    deletedHere ? 'deleted_by_patch' : 'unknown_id',
    `ops[${index}].${path}`,
    deletedHere
      ? `task ${id} is deleted by an earlier operation of this PatchSet`
      : `no live task of this project has id ${id}`,
  );
  return undefined;
}

/** base_version against the version read now: a mismatch is a conflict (someone changed the task). */
function checkVersion(
  scope: CheckScope,
  index: number,
  task: PlannedTask,
  baseVersion: number | undefined,
): void {
  const actual = task.existing?.version ?? null;
  if (baseVersion === undefined) {
    if (scope.aiAuthored)
      scope.findings.warning(
        index,
        'no_base_version',
        `ops[${index}].base_version`,
        'no base_version: checked against the version read now',
      );
    return;
  }
  if (actual !== baseVersion)
    scope.findings.conflict(
      index,
      'task',
      task.key,
      { expected: baseVersion, actual },
      `task "${task.title}" is at version ${actual}, the PatchSet was made against ${baseVersion}`,
    );
}

/** A parent given by id or ref, live in the plan and in the same project; null when none is given. */
function parentOf(scope: CheckScope, index: number, parent: string): PlannedTask | undefined {
  const found = scope.plan.live(parent);
  if (found) return found;
  scope.findings.error(
    index,
    isRef(parent) ? 'unknown_ref' : 'unknown_id',
    `ops[${index}].parent`,
    isRef(parent)
      ? `${parent} is not a task created by an earlier operation`
      : `no live task of this project has id ${parent}`,
  );
  return undefined;
}

export function checkCreateTask(scope: CheckScope, index: number, op: CreateTaskOp): void {
  const { findings, plan } = scope;
  if (plan.refs.has(op.ref))
    findings.error(index, 'duplicate_ref', `ops[${index}].ref`, `${op.ref} is defined twice`);
  if (scope.project === null || op.project !== scope.project)
    findings.error(
      index,
      isRef(op.project) && !plan.refs.has(op.project) ? 'unknown_ref' : 'outside_project',
      `ops[${index}].project`,
      `the task must belong to the PatchSet's project${scope.project ? ` (${scope.project})` : ''}`,
    );
  const parent = op.parent === undefined ? null : parentOf(scope, index, op.parent);
  if (parent && plan.depth(parent.key) + 1 > scope.limits.maxDepth)
    findings.error(
      index,
      'too_deep',
      `ops[${index}].parent`,
      `tasks nest at most ${scope.limits.maxDepth} levels`,
    );
  if (op.title.trim() === '') findings.error(index, 'blank_title', `ops[${index}].title`, 'title is blank');
  const status = op.status ?? 'todo';
  if (!INITIAL_STATUSES.includes(status))
    findings.error(
      index,
      'invalid_status',
      `ops[${index}].status`,
      `a new task starts as ${INITIAL_STATUSES.join(', ')}`,
    );
  const type = op.type ?? 'engineering';
  if (op.start_run === true && type !== 'engineering')
    findings.error(index, 'not_engineering', `ops[${index}].start_run`, 'only engineering tasks start runs');
  scope.createdTasks += 1;
  if (scope.createdTasks === scope.limits.maxCreatedTasks + 1)
    findings.error(
      index,
      'too_many_tasks',
      `ops[${index}]`,
      `a PatchSet creates at most ${scope.limits.maxCreatedTasks} tasks`,
    );
  const siblings = [...plan.tasks.values()].filter((t) => !t.deleted && t.parent === (parent?.key ?? null));
  if (siblings.some((t) => t.title.trim().toLowerCase() === op.title.trim().toLowerCase()))
    findings.warning(
      index,
      'duplicate_title',
      `ops[${index}].title`,
      `a sibling task is already called "${op.title}"`,
    );
  plan.refs.set(op.ref, 'task');
  plan.addTask({
    key: op.ref,
    existing: null,
    parent: parent?.key ?? null,
    title: op.title,
    type,
    status,
    deleted: false,
  });
  findings.created({
    index,
    record: 'task',
    ref: op.ref,
    title: op.title,
    to_parent: plan.title(parent?.key ?? null),
  });
}

function checkFieldChanges(
  scope: CheckScope,
  index: number,
  task: PlannedTask,
  set: TaskFieldsDto,
  unset: readonly string[],
): void {
  const { findings } = scope;
  for (const field of unset)
    if ((set as Record<string, unknown>)[field] !== undefined)
      findings.error(index, 'set_and_unset', `ops[${index}].unset`, `${field} is both set and unset`);
  if (scope.aiAuthored)
    for (const field of USER_OWNED_TASK_FIELDS)
      if (set[field] !== undefined || unset.includes(field))
        findings.error(
          index,
          'user_owned_field',
          `ops[${index}].set.${field}`,
          `${field} is set by people, not by a model`,
        );
  if (set.status !== undefined && !mayTransition(task.status, set.status, scope.aiAuthored))
    findings.error(
      index,
      'invalid_transition',
      `ops[${index}].set.status`,
      `a task cannot go from ${task.status} to ${set.status}`,
    );
  if (set.title !== undefined && set.title.trim() === '')
    findings.error(index, 'blank_title', `ops[${index}].set.title`, 'title is blank');
}

/** An existing task's expected field values (`expect`) against what it holds now: a mismatch is a conflict. */
function checkExpectations(
  scope: CheckScope,
  index: number,
  task: PlannedTask,
  expect: TaskFieldsDto | undefined,
): void {
  const current = task.existing;
  if (!expect || !current) return;
  for (const [field, expected] of givenFields(expect)) {
    const actual: unknown = current[field as keyof typeof current];
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      scope.findings.conflict(
        index,
        'task',
        task.key,
        { expected: null, actual: current.version },
        `task "${task.title}": ${field} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
      );
  }
}

export function checkUpdateTask(scope: CheckScope, index: number, op: UpdateTaskOp): void {
  const task = existingTask(scope, index, op.task);
  if (!task?.existing) return;
  const unset = op.unset ?? [];
  checkVersion(scope, index, task, op.base_version);
  checkExpectations(scope, index, task, op.expect);
  if (scope.aiAuthored && task.status === 'done')
    scope.findings.error(
      index,
      'done_task',
      `ops[${index}].task`,
      `task "${task.title}" is done: a model does not change it`,
    );
  checkFieldChanges(scope, index, task, op.set, unset);
  const type = op.set.type ?? task.type;
  if (op.start_run === true && type !== 'engineering')
    scope.findings.error(
      index,
      'not_engineering',
      `ops[${index}].start_run`,
      'only engineering tasks start runs',
    );
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of givenFields(op.set)) {
    const from: unknown = task.existing[field as keyof typeof task.existing];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  for (const field of unset)
    if (task.existing[field] !== null) changes[field] = { from: task.existing[field], to: null };
  if (Object.keys(changes).length === 0 && op.start_run !== true)
    scope.findings.warning(
      index,
      'no_change',
      `ops[${index}].set`,
      `task "${task.title}" already has these values`,
    );
  if (op.set.title !== undefined) task.title = op.set.title;
  if (op.set.status !== undefined) task.status = op.set.status;
  if (op.set.type !== undefined) task.type = op.set.type;
  scope.findings.updated({ index, record: 'task', id: task.key, ref: null, title: task.title, changes });
}

export function checkMoveTask(scope: CheckScope, index: number, op: MoveTaskOp): void {
  const { findings, plan } = scope;
  const task = existingTask(scope, index, op.task);
  if (!task) return;
  checkVersion(scope, index, task, op.base_version);
  if (scope.aiAuthored && task.status === 'done')
    findings.error(
      index,
      'done_task',
      `ops[${index}].task`,
      `task "${task.title}" is done: a model does not move it`,
    );
  const parent = op.parent === null ? null : parentOf(scope, index, op.parent);
  if (parent === undefined) return;
  if (parent && (parent.key === task.key || plan.isAncestor(task.key, parent.key))) {
    findings.error(
      index,
      'cycle',
      `ops[${index}].parent`,
      `task "${task.title}" cannot move under itself or its own subtask`,
    );
    return;
  }
  const depth = (parent ? plan.depth(parent.key) : 0) + 1 + plan.height(task.key);
  if (depth > scope.limits.maxDepth)
    findings.error(
      index,
      'too_deep',
      `ops[${index}].parent`,
      `tasks nest at most ${scope.limits.maxDepth} levels`,
    );
  if ((parent?.key ?? null) === task.parent)
    findings.warning(index, 'no_change', `ops[${index}].parent`, `task "${task.title}" is already there`);
  findings.moved({
    index,
    record: 'task',
    id: task.key,
    ref: null,
    title: task.title,
    from_parent: plan.title(task.parent),
    to_parent: plan.title(parent?.key ?? null),
  });
  task.parent = parent?.key ?? null;
}

export function checkDeleteTask(scope: CheckScope, index: number, op: DeleteTaskOp): void {
  const { findings, plan } = scope;
  const task = existingTask(scope, index, op.task);
  if (!task) return;
  checkVersion(scope, index, task, op.base_version);
  const subtree = plan.descendants(task.key);
  const removed = [...subtree, task];
  if (scope.aiAuthored)
    for (const doomed of removed.filter((t) => t.status === 'done'))
      findings.error(
        index,
        'done_task',
        `ops[${index}].task`,
        `task "${doomed.title}" is done: a model does not delete it`,
      );
  const inside = new Set(removed.map((t) => t.key));
  const waiting = removed.flatMap((t) => plan.dependents(t.key)).filter((t) => !inside.has(t.key));
  if ((op.on_dependents ?? 'reject') === 'reject' && (subtree.length > 0 || waiting.length > 0)) {
    const names = [...subtree, ...waiting].map((t) => `"${t.title}"`).slice(0, 10);
    findings.error(
      index,
      'has_dependents',
      `ops[${index}].on_dependents`,
      `task "${task.title}" has subtasks or dependents (${names.join(', ')}): delete them too with on_dependents: cascade`,
    );
    return;
  }
  const edges = removed.flatMap((t) => plan.delete(t.key));
  scope.deletions.set(index, { tasks: removed, edges });
  for (const gone of removed) findings.deletedTask(index, gone);
  for (const edge of edges)
    findings.deletedEdge(index, edge, `${plan.title(edge.task)} → ${plan.title(edge.dependsOn)}`);
}
