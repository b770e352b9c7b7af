import type { TaskFieldsDto, UpdateTaskOp } from '@slipway/contracts';
import { givenFields, USER_OWNED_TASK_FIELDS, type CheckScope } from './check-scope';
import type { PlannedTask } from './projected-plan';
import { mayTransition } from './status-transitions';
import { checkVersion, existingTask } from './task-lookup';

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
  if (scope.aiAuthored(index))
    for (const field of USER_OWNED_TASK_FIELDS)
      if (set[field] !== undefined || unset.includes(field))
        findings.error(
          index,
          'user_owned_field',
          `ops[${index}].set.${field}`,
          `${field} is set by people, not by a model`,
        );
  if (set.status !== undefined && !mayTransition(task.status, set.status, scope.aiAuthored(index)))
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
  if (scope.aiAuthored(index) && task.status === 'done')
    scope.findings.error(
      index,
      'done_task',
      `ops[${index}].task`,
      `task "${task.title}" is done: a model does not change it`,
    );
  checkFieldChanges(scope, index, task, op.set, unset);
  const type = op.set.type ?? task.type;
  const status = op.set.status ?? task.status;
  if (op.start_run === true && (status === 'done' || status === 'cancelled'))
    scope.findings.error(
      index,
      'task_closed',
      `ops[${index}].start_run`,
      `task "${task.title}" is ${status}: it starts no run`,
    );
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
