import type { JobTriggerDto } from '@slipway/contracts';
import type { LogSink } from './log-batcher';

export interface StepResult {
  name: string;
  exit_code: number | null;
  duration_ms: number;
  timed_out: boolean;
}

export interface ExecutionResult {
  status: 'success' | 'failed' | 'cancelled' | 'error';
  exit_code: number | null;
  reason?: string;
  steps: StepResult[];
}

export type ExecutableJob = JobTriggerDto & { id: string };

/** Runs one job to its end, streaming its log lines to the sink; an abort of `signal` cancels it. */
/** The injection token of the process's executor (local workspace or Kubernetes Jobs, by RUNNER_EXECUTOR). */
export const EXECUTOR = Symbol('EXECUTOR');

export interface Executor {
  run(job: ExecutableJob, sink: LogSink, signal: AbortSignal): Promise<ExecutionResult>;
}

const SAFE_URL = /^(https?|ssh|git|file):\/\/[^\s]+$|^\/[^\s]*$/;
const SAFE_REF = /^(?!-)[A-Za-z0-9._/-]{1,500}$/;

/**
 * Why the job's clone URL or ref cannot be handed to git, or undefined when both can: a URL of a
 * known scheme (never an option such as `--upload-pack=…`) and a plain ref name.
 */
export function unsafeCheckout(job: Pick<ExecutableJob, 'clone_url' | 'ref'>): string | undefined {
  if (!SAFE_URL.test(job.clone_url)) return 'clone URL is not an http(s), ssh, git or file URL';
  if (!SAFE_REF.test(job.ref)) return 'ref is not a plain git ref';
  return undefined;
}

/** The variables that carry a job's facts to its steps: webhook values travel only this way. */
export const JOB_VARIABLES = [
  'CI',
  'SLIPWAY_JOB_ID',
  'CI_REPOSITORY',
  'CI_COMMIT_REF',
  'CI_COMMIT_SHA',
  'CI_COMMIT_BRANCH',
  'CI_COMMIT_TAG',
  'CI_COMMIT_AUTHOR',
  'CI_PULL_REQUEST',
] as const;

export function jobEnvironment(job: ExecutableJob): Record<(typeof JOB_VARIABLES)[number], string> {
  return {
    CI: 'true',
    SLIPWAY_JOB_ID: job.id,
    CI_REPOSITORY: job.repository,
    CI_COMMIT_REF: job.ref,
    CI_COMMIT_SHA: job.sha ?? '',
    CI_COMMIT_BRANCH: job.branch ?? '',
    CI_COMMIT_TAG: job.tag ?? '',
    CI_COMMIT_AUTHOR: job.author ?? '',
    CI_PULL_REQUEST: job.pull_request === undefined ? '' : String(job.pull_request),
  };
}
