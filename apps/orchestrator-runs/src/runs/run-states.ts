import type { RunStatus } from '@slipway/contracts';

/** States a run never leaves. */
export const TERMINAL_RUN_STATES: ReadonlySet<RunStatus> = new Set([
  'completed',
  'failed',
  'cancelled',
  'crashed',
]);

export const isTerminalRun = (status: RunStatus): boolean => TERMINAL_RUN_STATES.has(status);

/** The events that end a run's event stream. */
export const RUN_END_EVENTS: ReadonlySet<string> = new Set([
  'run.completed',
  'run.failed',
  'run.cancelled',
  'run.crashed',
]);
