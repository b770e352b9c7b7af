import type { CheckScope } from './check-scope';
import type { PlannedTask } from './projected-plan';

export const isRef = (value: string) => value.startsWith('$');

/** The existing live task an operation names, or an error said and undefined. */
export function existingTask(
  scope: CheckScope,
  index: number,
  id: string,
  path = 'task',
): PlannedTask | undefined {
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
export function checkVersion(
  scope: CheckScope,
  index: number,
  task: PlannedTask,
  baseVersion: number | undefined,
): void {
  const actual = task.existing?.version ?? null;
  if (baseVersion === undefined) {
    if (scope.aiAuthored(index))
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
export function parentOf(scope: CheckScope, index: number, parent: string): PlannedTask | undefined {
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
