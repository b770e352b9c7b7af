import type { Findings } from './findings';
import type { PlannedEdge, PlannedTask, ProjectedPlan } from './projected-plan';

/** What one delete_task removes: the tasks (deepest first, the task itself last) and the edges naming them. */
export interface Deletion {
  tasks: PlannedTask[];
  edges: PlannedEdge[];
}

export interface PatchLimits {
  /** Levels of the task tree, top-level tasks being level 1. */
  maxDepth: number;
  /** Tasks one PatchSet may create. */
  maxCreatedTasks: number;
}

/** What every rule reads and writes while one PatchSet is checked. */
export interface CheckScope {
  plan: ProjectedPlan;
  findings: Findings;
  /** Whether the operation at an index was proposed by a model: done tasks and people's fields are off limits to it. */
  aiAuthored(index: number): boolean;
  limits: PatchLimits;
  /** The project the PatchSet changes: the snapshot's id, or the ref of its create_project. */
  project: string | null;
  /** The delete_task operations' removals by operation index, for the apply. */
  deletions: Map<number, Deletion>;
  /** remove_dependency operations' stored edges by operation index, for the apply. */
  removedEdges: Map<number, PlannedEdge>;
  createdTasks: number;
}

/** Fields of a task only people set: a model proposing a change to them is refused. */
export const USER_OWNED_TASK_FIELDS = ['assignee'] as const;

/** The fields an operation gives a value (a validated class instance holds the others as undefined). */
export const givenFields = <T extends object>(values: T | undefined): [string, unknown][] =>
  Object.entries(values ?? {}).filter(([, value]) => value !== undefined);
