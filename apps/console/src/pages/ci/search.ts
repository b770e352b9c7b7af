import type { Schemas } from '../../api/client';

export type JobStatus = Schemas['CiJobDto']['status'];
export const JOB_STATUSES: readonly JobStatus[] = [
  'pending',
  'running',
  'success',
  'failed',
  'cancelled',
  'error',
];
export const FINISHED: ReadonlySet<JobStatus> = new Set(['success', 'failed', 'cancelled', 'error']);

const isJobStatus = (value: unknown): value is JobStatus => JOB_STATUSES.includes(value as JobStatus);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined;

/** The jobs list's URL state: its filters and the page's cursor, so a filtered list can be shared. */
export interface JobsSearch {
  status?: JobStatus;
  repo?: string;
  branch?: string;
  cursor?: string;
}

export function validateJobsSearch(search: Record<string, unknown>): JobsSearch {
  const repo = text(search.repo);
  const branch = text(search.branch);
  const cursor = text(search.cursor);
  return {
    ...(isJobStatus(search.status) ? { status: search.status } : {}),
    ...(repo ? { repo } : {}),
    ...(branch ? { branch } : {}),
    ...(cursor ? { cursor } : {}),
  };
}
