import type { TaskStatus } from '@slipway/contracts';

/** The status changes a PatchSet may make; `done` is final for a model (a person may reopen it). */
const TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  todo: ['in_progress', 'blocked', 'done', 'cancelled'],
  in_progress: ['todo', 'blocked', 'done', 'failed', 'cancelled'],
  blocked: ['todo', 'in_progress', 'failed', 'cancelled'],
  failed: ['todo', 'in_progress', 'cancelled'],
  cancelled: ['todo'],
  done: ['todo', 'in_progress'],
};

/** Statuses a task may be created in. */
export const INITIAL_STATUSES: readonly TaskStatus[] = ['todo', 'in_progress', 'blocked'];

export function mayTransition(from: TaskStatus, to: TaskStatus, aiAuthored: boolean): boolean {
  if (from === to) return true;
  if (from === 'done' && aiAuthored) return false;
  return TRANSITIONS[from].includes(to);
}
