export const JobStatus = {
  pending: 'pending',
  running: 'running',
  success: 'success',
  failed: 'failed',
  cancelled: 'cancelled',
  error: 'error',
} as const;
export type JobStatus = (typeof JobStatus)[keyof typeof JobStatus];

export const TERMINAL: ReadonlySet<JobStatus> = new Set(['success', 'failed', 'cancelled', 'error']);

/** The state machine: which status may follow which (running → running is a reclaim with a higher attempt). */
export const TRANSITIONS: Record<JobStatus, readonly JobStatus[]> = {
  pending: ['running', 'cancelled', 'error'],
  running: ['running', 'success', 'failed', 'cancelled', 'error'],
  success: [],
  failed: [],
  cancelled: [],
  error: [],
};

export const mayFollow = (from: JobStatus, to: JobStatus): boolean => TRANSITIONS[from].includes(to);
