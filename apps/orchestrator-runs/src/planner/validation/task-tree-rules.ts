import type { CreateTaskOp, DeleteTaskOp, MoveTaskOp } from '@slipway/contracts';
import type { CheckScope } from './check-scope';
import { checkVersion, existingTask, isRef, parentOf } from './task-lookup';
import { INITIAL_STATUSES } from './status-transitions';

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
  if (scope.aiAuthored(index)) {
    if (op.assignee !== undefined)
      findings.error(
        index,
        'user_owned_field',
        `ops[${index}].assignee`,
        'assignee is set by people, not by a model',
      );
    if (parent?.status === 'done')
      findings.error(
        index,
        'done_task',
        `ops[${index}].parent`,
        `task "${parent.title}" is done: a model adds nothing under it`,
      );
  }
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

export function checkMoveTask(scope: CheckScope, index: number, op: MoveTaskOp): void {
  const { findings, plan } = scope;
  const task = existingTask(scope, index, op.task);
  if (!task) return;
  checkVersion(scope, index, task, op.base_version);
  if (scope.aiAuthored(index) && task.status === 'done')
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
  if (scope.aiAuthored(index))
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
