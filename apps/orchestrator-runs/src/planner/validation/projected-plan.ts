import type { TaskStatus, TaskType } from '@slipway/contracts';
import type { DependencySnapshot, ProjectSnapshot, TaskSnapshot } from '../snapshot';

/** A task as the PatchSet would leave it so far: an existing one (by id) or one it creates (by ref). */
export interface PlannedTask {
  /** The id, or the ref (`$t1`) of a task the PatchSet creates. */
  key: string;
  existing: TaskSnapshot | null;
  parent: string | null;
  title: string;
  type: TaskType;
  status: TaskStatus;
  deleted: boolean;
}

/** "task waits for dependsOn", by keys; `existing` for an edge already stored. */
export interface PlannedEdge {
  task: string;
  dependsOn: string;
  existing: DependencySnapshot | null;
  /** The index of the add_dependency operation that creates it. */
  createdBy?: number;
}

const edgeKey = (task: string, dependsOn: string) => `${task}→${dependsOn}`;

/**
 * The project as the operations checked so far would leave it: each operation is checked against
 * this, then applied to it, so a rule sees the tree and the dependency graph as they would be.
 */
export class ProjectedPlan {
  readonly tasks = new Map<string, PlannedTask>();
  readonly edges = new Map<string, PlannedEdge>();
  /** Refs defined so far, with the record kind each creates. */
  readonly refs = new Map<string, 'project' | 'task'>();

  constructor(readonly snapshot: ProjectSnapshot | null) {
    for (const task of snapshot?.tasks ?? [])
      this.tasks.set(task.id, {
        key: task.id,
        existing: task,
        parent: task.parent_id,
        title: task.title,
        type: task.type,
        status: task.status,
        deleted: false,
      });
    for (const edge of snapshot?.dependencies ?? [])
      if (this.tasks.has(edge.task_id) && this.tasks.has(edge.depends_on_id))
        this.edges.set(edgeKey(edge.task_id, edge.depends_on_id), {
          task: edge.task_id,
          dependsOn: edge.depends_on_id,
          existing: edge,
        });
  }

  /** A live task by id or ref; undefined when there is none (or the PatchSet deleted it). */
  live(key: string): PlannedTask | undefined {
    const task = this.tasks.get(key);
    return task && !task.deleted ? task : undefined;
  }

  title(key: string | null): string | null {
    return key === null ? null : (this.tasks.get(key)?.title ?? key);
  }

  addTask(task: PlannedTask): void {
    this.tasks.set(task.key, task);
  }

  /** Levels from the top: a top-level task is at depth 1. */
  depth(key: string): number {
    let depth = 0;
    for (let at: string | null = key; at !== null && depth <= this.tasks.size; depth += 1)
      at = this.tasks.get(at)?.parent ?? null;
    return depth;
  }

  /** The live tasks under `key`, deepest first. */
  descendants(key: string): PlannedTask[] {
    const found: PlannedTask[] = [];
    const visit = (parent: string) => {
      for (const task of this.tasks.values())
        if (!task.deleted && task.parent === parent) {
          visit(task.key);
          found.push(task);
        }
    };
    visit(key);
    return found;
  }

  /** Levels below `key` (0 for a leaf). */
  height(key: string): number {
    let height = 0;
    for (const task of this.descendants(key))
      height = Math.max(height, this.depth(task.key) - this.depth(key));
    return height;
  }

  isAncestor(ancestor: string, of: string): boolean {
    for (
      let at = this.tasks.get(of)?.parent ?? null, steps = 0;
      at !== null && steps <= this.tasks.size;
      steps += 1
    ) {
      if (at === ancestor) return true;
      at = this.tasks.get(at)?.parent ?? null;
    }
    return false;
  }

  edge(task: string, dependsOn: string): PlannedEdge | undefined {
    return this.edges.get(edgeKey(task, dependsOn));
  }

  addEdge(task: string, dependsOn: string, createdBy: number): void {
    this.edges.set(edgeKey(task, dependsOn), { task, dependsOn, existing: null, createdBy });
  }

  removeEdge(task: string, dependsOn: string): void {
    this.edges.delete(edgeKey(task, dependsOn));
  }

  /** Edges that name `key` on either side. */
  edgesOf(key: string): PlannedEdge[] {
    return [...this.edges.values()].filter((e) => e.task === key || e.dependsOn === key);
  }

  /** The tasks that wait for `key`. */
  dependents(key: string): PlannedTask[] {
    return [...this.edges.values()]
      .filter((e) => e.dependsOn === key)
      .map((e) => this.tasks.get(e.task))
      .filter((t): t is PlannedTask => t !== undefined && !t.deleted);
  }

  /** The path from `from` to `to` along "waits for" edges, or null: adding to→from would close it into a cycle. */
  pathBetween(from: string, to: string): string[] | null {
    const previous = new Map<string, string | null>([[from, null]]);
    const queue = [from];
    while (queue.length > 0) {
      const at = queue.shift() as string;
      if (at === to) {
        const path: string[] = [];
        for (let step: string | null = at; step !== null; step = previous.get(step) ?? null)
          path.unshift(step);
        return path;
      }
      for (const edge of this.edges.values())
        if (edge.task === at && !previous.has(edge.dependsOn)) {
          previous.set(edge.dependsOn, at);
          queue.push(edge.dependsOn);
        }
    }
    return null;
  }

  /** Deletes the task and the edges naming it; answers the edges removed. */
  delete(key: string): PlannedEdge[] {
    const task = this.tasks.get(key);
    if (task) task.deleted = true;
    const removed = this.edgesOf(key);
    for (const edge of removed) this.removeEdge(edge.task, edge.dependsOn);
    return removed;
  }
}
