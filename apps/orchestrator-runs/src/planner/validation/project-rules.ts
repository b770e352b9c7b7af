import type {
  AddDependencyOp,
  CreateProjectOp,
  RemoveDependencyOp,
  UpdateProjectOp,
} from '@slipway/contracts';
import { givenFields, type CheckScope } from './check-scope';
import type { PlannedTask } from './projected-plan';

export function checkCreateProject(scope: CheckScope, index: number, op: CreateProjectOp): void {
  const { findings, plan } = scope;
  if (plan.snapshot !== null || scope.project !== null) {
    findings.error(
      index,
      'project_exists',
      `ops[${index}]`,
      'a PatchSet creates at most one project, and only when it has no base project',
    );
    return;
  }
  if (plan.refs.has(op.ref))
    findings.error(index, 'duplicate_ref', `ops[${index}].ref`, `${op.ref} is defined twice`);
  if (op.name.trim() === '') findings.error(index, 'blank_title', `ops[${index}].name`, 'name is blank');
  plan.refs.set(op.ref, 'project');
  scope.project = op.ref;
  findings.created({ index, record: 'project', ref: op.ref, title: op.name });
}

export function checkUpdateProject(
  scope: CheckScope,
  index: number,
  op: UpdateProjectOp,
  baseVersion: number | null,
): void {
  const { findings } = scope;
  const project = scope.plan.snapshot?.project;
  if (!project || op.project !== project.id) {
    findings.error(
      index,
      'outside_project',
      `ops[${index}].project`,
      "only the PatchSet's own project can change",
    );
    return;
  }
  const expected = op.base_version ?? baseVersion;
  if (expected !== null && expected !== project.version)
    findings.conflict(
      index,
      'project',
      project.id,
      { expected, actual: project.version },
      `project "${project.name}" is at version ${project.version}, the PatchSet was made against ${expected}`,
    );
  for (const [field, value] of givenFields(op.expect)) {
    const actual: unknown = project[field as keyof typeof project];
    if (JSON.stringify(actual) !== JSON.stringify(value))
      findings.conflict(
        index,
        'project',
        project.id,
        { expected: null, actual: project.version },
        `project "${project.name}": ${field} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`,
      );
  }
  const unset = op.unset ?? [];
  for (const field of unset)
    if (op.set[field] !== undefined)
      findings.error(index, 'set_and_unset', `ops[${index}].unset`, `${field} is both set and unset`);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of givenFields(op.set)) {
    const from: unknown = project[field as keyof typeof project];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  for (const field of unset) if (project[field] !== null) changes[field] = { from: project[field], to: null };
  if (Object.keys(changes).length === 0)
    findings.warning(
      index,
      'no_change',
      `ops[${index}].set`,
      `project "${project.name}" already has these values`,
    );
  findings.updated({ index, record: 'project', id: project.id, ref: null, title: project.name, changes });
}

/** A task of a dependency by id or ref, live in the plan; an error said otherwise. */
function endpoint(scope: CheckScope, index: number, key: string, path: string): PlannedTask | undefined {
  const task = scope.plan.live(key);
  if (task) return task;
  const isRef = key.startsWith('$');
  scope.findings.error(
    index,
    isRef ? 'unknown_ref' : 'unknown_id',
    `ops[${index}].${path}`,
    isRef
      ? `${key} is not a task created by an earlier operation`
      : `no live task of this project has id ${key}`,
  );
  return undefined;
}

export function checkAddDependency(scope: CheckScope, index: number, op: AddDependencyOp): void {
  const { findings, plan } = scope;
  const task = endpoint(scope, index, op.task, 'task');
  const dependsOn = endpoint(scope, index, op.depends_on, 'depends_on');
  if (!task || !dependsOn) return;
  if (scope.aiAuthored(index) && task.status === 'done') {
    findings.error(
      index,
      'done_task',
      `ops[${index}].task`,
      `task "${task.title}" is done: a model makes it wait for nothing`,
    );
    return;
  }
  if (task.key === dependsOn.key) {
    findings.error(
      index,
      'self_dependency',
      `ops[${index}].depends_on`,
      `task "${task.title}" cannot wait for itself`,
    );
    return;
  }
  if (plan.edge(task.key, dependsOn.key)) {
    findings.error(
      index,
      'duplicate_dependency',
      `ops[${index}]`,
      `"${task.title}" already waits for "${dependsOn.title}"`,
    );
    return;
  }
  const loop = plan.pathBetween(dependsOn.key, task.key);
  if (loop) {
    findings.error(
      index,
      'dependency_cycle',
      `ops[${index}]`,
      `"${task.title}" waiting for "${dependsOn.title}" closes a cycle: ${[...loop, dependsOn.key].map((k) => `"${plan.title(k)}"`).join(' → ')}`,
    );
    return;
  }
  plan.addEdge(task.key, dependsOn.key, index);
  findings.created({ index, record: 'dependency', ref: null, title: `${task.title} → ${dependsOn.title}` });
}

export function checkRemoveDependency(scope: CheckScope, index: number, op: RemoveDependencyOp): void {
  const edge = scope.plan.edge(op.task, op.depends_on);
  if (!edge?.existing) {
    scope.findings.error(
      index,
      'unknown_dependency',
      `ops[${index}]`,
      `task ${op.task} does not wait for ${op.depends_on}`,
    );
    return;
  }
  const waiting = scope.plan.live(op.task);
  if (scope.aiAuthored(index) && waiting?.status === 'done') {
    scope.findings.error(
      index,
      'done_task',
      `ops[${index}].task`,
      `task "${waiting.title}" is done: a model does not change it`,
    );
    return;
  }
  scope.plan.removeEdge(op.task, op.depends_on);
  scope.removedEdges.set(index, edge);
  scope.findings.deletedEdge(
    index,
    edge,
    `${scope.plan.title(edge.task)} → ${scope.plan.title(edge.dependsOn)}`,
  );
}
