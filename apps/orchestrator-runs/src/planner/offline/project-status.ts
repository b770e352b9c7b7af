/** Answers about a project computed from its snapshot: counts by status, what is ready next, groups. */
import type { TaskStatus } from '@slipway/contracts';
import type { ProjectSnapshot, TaskSnapshot } from '../snapshot';
import { capitalize } from './text';

const FINISHED: ReadonlySet<TaskStatus> = new Set<TaskStatus>(['done', 'cancelled']);
const STATUS_ORDER: readonly TaskStatus[] = ['done', 'in_progress', 'todo', 'blocked', 'failed', 'cancelled'];

const byCreation = (a: TaskSnapshot, b: TaskSnapshot): number =>
  a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Tasks in tree order: each parent before its subtasks, siblings by creation. */
function treeOrder(tasks: readonly TaskSnapshot[]): TaskSnapshot[] {
  const ids = new Set(tasks.map((task) => task.id));
  const children = (parent: string | null) =>
    tasks
      .filter((task) =>
        parent === null ? task.parent_id === null || !ids.has(task.parent_id) : task.parent_id === parent,
      )
      .sort(byCreation);
  const ordered: TaskSnapshot[] = [];
  const visit = (task: TaskSnapshot) => {
    ordered.push(task);
    children(task.id).forEach(visit);
  };
  children(null).forEach(visit);
  return ordered;
}

/**
 * Todo tasks that can start now, earliest in dependency order first: every task they or their
 * parents wait for is done (or cancelled), and they have no unfinished subtasks of their own.
 */
export function nextTasks(snapshot: ProjectSnapshot, limit = 5): TaskSnapshot[] {
  const byId = new Map(snapshot.tasks.map((task) => [task.id, task]));
  const prerequisites = (task: TaskSnapshot): string[] => {
    const own = snapshot.dependencies
      .filter((dep) => dep.task_id === task.id)
      .map((dep) => dep.depends_on_id);
    const parent = task.parent_id === null ? undefined : byId.get(task.parent_id);
    return parent === undefined ? own : [...own, ...prerequisites(parent)];
  };
  const depth = new Map<string, number>();
  const levelOf = (id: string, trail: ReadonlySet<string> = new Set()): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const task = byId.get(id);
    if (task === undefined || trail.has(id)) return 0;
    const next = new Set([...trail, id]);
    const level = Math.max(0, ...prerequisites(task).map((before) => levelOf(before, next) + 1));
    depth.set(id, level);
    return level;
  };
  const finished = (id: string) => {
    const task = byId.get(id);
    return task === undefined || FINISHED.has(task.status);
  };
  const order = treeOrder(snapshot.tasks);
  return order
    .filter((task) => task.status === 'todo')
    .filter((task) => prerequisites(task).every(finished))
    .filter((task) =>
      snapshot.tasks.every((child) => child.parent_id !== task.id || FINISHED.has(child.status)),
    )
    .sort((a, b) => levelOf(a.id) - levelOf(b.id) || order.indexOf(a) - order.indexOf(b))
    .slice(0, limit);
}

const quote = (tasks: readonly TaskSnapshot[]): string => tasks.map((task) => `"${task.title}"`).join(', ');

/** Counts by status, share done, what to do next, and the top-level groups' progress. */
export function statusReport(snapshot: ProjectSnapshot): string {
  const { tasks } = snapshot;
  const name = snapshot.project.name;
  if (tasks.length === 0) return `"${name}" has no tasks yet: ask me to add some, e.g. "add login page".`;
  const counts = STATUS_ORDER.map((status) => ({
    status,
    n: tasks.filter((task) => task.status === status).length,
  }))
    .filter(({ n }) => n > 0)
    .map(({ status, n }) => `${n} ${status.replace('_', ' ')}`);
  const done = tasks.filter((task) => task.status === 'done').length;
  const lines = [
    `"${name}": ${tasks.length} tasks — ${counts.join(', ')} (${Math.round((done / tasks.length) * 100)}% done).`,
  ];
  const next = nextTasks(snapshot);
  const open = tasks.filter((task) => !FINISHED.has(task.status));
  if (open.length === 0) lines.push('Everything is finished.');
  else if (next.length === 0)
    lines.push('Nothing is ready to start: every open task waits for unfinished work.');
  else lines.push(`Next up (nothing unfinished before them): ${quote(next)}.`);
  for (const status of ['in_progress', 'blocked', 'failed'] as const) {
    const these = treeOrder(tasks).filter((task) => task.status === status);
    if (these.length > 0)
      lines.push(
        `${status === 'in_progress' ? 'In progress' : capitalize(status)}: ${quote(these.slice(0, 8))}.`,
      );
  }
  const groups = treeOrder(tasks.filter((task) => task.parent_id === null));
  const progress = groups
    .map((group) => {
      const children = tasks.filter((task) => task.parent_id === group.id);
      if (children.length === 0) return `${group.title} (${group.status.replace('_', ' ')})`;
      return `${group.title} ${children.filter((task) => task.status === 'done').length}/${children.length}`;
    })
    .slice(0, 20);
  lines.push(`By group: ${progress.join(', ')}.`);
  return lines.join('\n');
}
