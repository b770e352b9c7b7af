/**
 * For the specs: the snapshot a project would have once a generated PatchSet is applied, with ids
 * numbered in operation order — refine, decompose and chat are tested on realistic plans.
 */
import type { PatchOp, TaskStatus } from '@slipway/contracts';
import type { ProjectSnapshot, TaskSnapshot } from '../snapshot';

export const fixtureId = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function snapshotFromOps(ops: readonly PatchOp[]): ProjectSnapshot {
  const ids = new Map<string, string>();
  const snapshot: ProjectSnapshot = {
    project: {
      id: fixtureId(0),
      name: 'Project',
      description: null,
      status: 'active',
      modules: [],
      owner_id: fixtureId(999),
      version: 1,
    },
    tasks: [],
    dependencies: [],
  };
  const idOf = (value: string): string => ids.get(value) ?? value;
  for (const op of ops) {
    if (op.op === 'create_project') {
      ids.set(op.ref, snapshot.project.id);
      snapshot.project.name = op.name;
      snapshot.project.description = op.description ?? null;
    }
    if (op.op === 'create_task') {
      const id = fixtureId(snapshot.tasks.length + 1);
      ids.set(op.ref, id);
      snapshot.tasks.push({
        id,
        parent_id: op.parent === undefined ? null : idOf(op.parent),
        title: op.title,
        description: op.description ?? null,
        type: op.type ?? 'engineering',
        status: op.status ?? 'todo',
        priority: op.priority ?? 'medium',
        assignee: null,
        payload: op.payload ?? {},
        version: 1,
        created_at: new Date(Date.UTC(2025, 0, 1, 0, 0, snapshot.tasks.length)).toISOString(),
      });
    }
    if (op.op === 'add_dependency') {
      snapshot.dependencies.push({
        id: fixtureId(10_000 + snapshot.dependencies.length),
        version: 1,
        task_id: idOf(op.task),
        depends_on_id: idOf(op.depends_on),
      });
    }
  }
  return snapshot;
}

export function taskTitled(snapshot: ProjectSnapshot, title: string): TaskSnapshot {
  const task = snapshot.tasks.find((candidate) => candidate.title === title);
  if (task === undefined) throw new Error(`no task "${title}" in the fixture`);
  return task;
}

/** The snapshot with some tasks' statuses (and versions) changed, as later work would leave it. */
export function withStatuses(
  snapshot: ProjectSnapshot,
  statuses: Record<string, TaskStatus>,
): ProjectSnapshot {
  return {
    ...snapshot,
    tasks: snapshot.tasks.map((task) =>
      task.title in statuses ? { ...task, status: statuses[task.title], version: task.version + 1 } : task,
    ),
  };
}
