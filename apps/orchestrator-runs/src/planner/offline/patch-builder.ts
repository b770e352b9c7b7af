import type { PatchOp, Priority, TaskType } from '@slipway/contracts';
import type { ProposalWarning } from '../engine/planner-engine';
import { clip, cut } from './text';

/** What one of the offline planner's answers proposes, before its usage is added. */
export interface DraftProposal {
  ops: PatchOp[];
  rationale: string;
  warnings: ProposalWarning[];
}

export interface NewTask {
  /** The project's id, or `$p`. */
  project: string;
  /** The parent's id or ref; left out for a top-level task. */
  parent?: string;
  title: string;
  description?: string;
  type: TaskType;
  priority: Priority;
  payload: Record<string, unknown>;
}

/**
 * The operations of one proposal in order: refs numbered as they are handed out (`$p`, `$t1`,
 * `$t2`…), dependencies after every operation that creates what they name.
 */
export class PatchBuilder {
  private readonly main: PatchOp[] = [];
  private readonly dependencies: PatchOp[] = [];
  private tasks = 0;

  get ops(): PatchOp[] {
    return [...this.main, ...this.dependencies];
  }

  get createdTasks(): number {
    return this.tasks;
  }

  createProject(name: string, description: string): string {
    const ref = '$p';
    this.main.push({ op: 'create_project', ref, name: cut(name), description: clip(description, 10_000) });
    return ref;
  }

  createTask(task: NewTask): string {
    this.tasks += 1;
    const ref = `$t${this.tasks}`;
    this.main.push({
      op: 'create_task',
      ref,
      project: task.project,
      ...(task.parent === undefined ? {} : { parent: task.parent }),
      title: cut(task.title),
      ...(task.description === undefined ? {} : { description: clip(task.description, 20_000) }),
      type: task.type,
      priority: task.priority,
      payload: task.payload,
    });
    return ref;
  }

  /** "task waits for dependsOn". */
  dependency(task: string, dependsOn: string): void {
    this.dependencies.push({ op: 'add_dependency', task, depends_on: dependsOn });
  }

  removeDependency(task: string, dependsOn: string): void {
    this.dependencies.push({ op: 'remove_dependency', task, depends_on: dependsOn });
  }

  push(op: PatchOp): void {
    this.main.push(op);
  }
}
