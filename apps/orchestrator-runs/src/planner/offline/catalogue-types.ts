import type { TaskType } from '@slipway/contracts';

/** Where a task sits in a generated plan; kept in payload.phase. */
export type PlanPhase = 'setup' | 'data_model' | 'feature' | 'testing' | 'deploy';

/** One task a template proposes; `points` is its complexity estimate (payload.estimate_points). */
export interface TaskTemplate {
  title: string;
  type: TaskType;
  points: number;
  description: string;
}

/**
 * A kind of work an idea may ask for, recognised by its keywords (matched on whole words, plural
 * and -ing tolerant, phrases word by word). A feature becomes a group of its own; the data model
 * and deploy templates fill the phases of those names instead.
 */
export interface FeatureTemplate {
  key: string;
  name: string;
  phase: 'feature' | 'data_model' | 'deploy';
  keywords: readonly string[];
  /** Stores records of its own: the plan gets a data model phase. */
  usesData: boolean;
  /** Features whose group this one's waits for, when both are planned. */
  after: readonly string[];
  tasks: readonly TaskTemplate[];
}

export const task = (title: string, type: TaskType, points: number, description: string): TaskTemplate => ({
  title,
  type,
  points,
  description,
});

/** Keywords written as one comma-separated list. */
export const keywords = (list: string): readonly string[] =>
  list
    .split(',')
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');
