import type { JobTriggerDto } from '@slipway/contracts';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { LogBatcher, type LogSink } from './log-batcher';
import { parsePipeline, PIPELINE_FILE, PipelineError, type Step } from './pipeline';

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

export interface ExecutorOptions {
  /** Parent directory of the per-job workspaces. */
  workRoot: string;
  gitTimeoutMs: number;
  /** After SIGTERM, how long a process group has before SIGKILL. */
  killGraceMs: number;
  batchIntervalMs?: number;
}

export type ExecutableJob = JobTriggerDto & { id: string };

const SAFE_URL = /^(https?|ssh|git|file):\/\/[^\s]+$|^\/[^\s]*$/;
const SAFE_REF = /^(?!-)[A-Za-z0-9._/-]{1,500}$/;

/** Runs a child process in its own process group; resolves with its exit code (null when killed). */
function runProcess(
  command: string,
  args: string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    timeoutMs: number;
    killGraceMs: number;
    signal: AbortSignal;
    onLine: (stream: 'stdout' | 'stderr', text: string) => void;
  },
): Promise<{ code: number | null; timedOut: boolean; cancelled: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let timedOut = false;
    let cancelled = false;
    const killGroup = (signal: NodeJS.Signals) => {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      }
    };
    const stop = () => {
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), options.killGraceMs).unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = () => {
      cancelled = true;
      stop();
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    if (options.signal.aborted) onAbort();
    for (const stream of ['stdout', 'stderr'] as const) {
      createInterface({ input: child[stream], crlfDelay: Infinity }).on('line', (line) =>
        options.onLine(stream, line),
      );
    }
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve({ code, timedOut, cancelled });
    });
  });
}

/**
 * Runs a job on this machine: a shallow clone of the commit into a fresh workspace, then each step
 * of `.slipway/ci.yml` as a shell command with its timeout, streaming output lines, stopping at the
 * first failure. Values from the webhook reach steps only as environment variables, never as
 * command text. The workspace is removed afterwards.
 */
export class LocalExecutor {
  constructor(private readonly options: ExecutorOptions) {}

  async run(job: ExecutableJob, sink: LogSink, signal: AbortSignal): Promise<ExecutionResult> {
    const log = new LogBatcher(sink, this.options.batchIntervalMs);
    const workspace = await mkdtemp(join(this.options.workRoot, `job-${job.id.slice(0, 8)}-`));
    const steps: StepResult[] = [];
    try {
      const checkout = await this.checkout(job, workspace, log, signal);
      if (checkout) return { ...checkout, steps };
      let pipeline: Step[];
      try {
        pipeline = parsePipeline(await readFile(join(workspace, PIPELINE_FILE), 'utf8'));
      } catch (error) {
        const reason =
          error instanceof PipelineError ? error.message : `${PIPELINE_FILE} not found in the commit`;
        log.push({ stream: 'system', text: reason });
        return { status: 'failed', exit_code: null, reason, steps };
      }
      for (const step of pipeline) {
        log.push({ stream: 'system', step: step.name, text: `▶ ${step.name}` });
        const started = Date.now();
        const outcome = await runProcess('sh', ['-c', step.run], {
          cwd: workspace,
          env: { ...this.environment(job, workspace), ...step.env },
          timeoutMs: step.timeout * 1000,
          killGraceMs: this.options.killGraceMs,
          signal,
          onLine: (stream, text) => log.push({ stream, step: step.name, text }),
        });
        steps.push({
          name: step.name,
          exit_code: outcome.code,
          duration_ms: Date.now() - started,
          timed_out: outcome.timedOut,
        });
        if (outcome.cancelled)
          return {
            status: 'cancelled',
            exit_code: outcome.code,
            reason: `cancelled during ${step.name}`,
            steps,
          };
        if (outcome.timedOut) {
          log.push({
            stream: 'system',
            step: step.name,
            text: `✗ ${step.name} timed out after ${step.timeout} s`,
          });
          return { status: 'failed', exit_code: outcome.code, reason: `${step.name} timed out`, steps };
        }
        if (outcome.code !== 0) {
          log.push({ stream: 'system', step: step.name, text: `✗ ${step.name} exited with ${outcome.code}` });
          return {
            status: 'failed',
            exit_code: outcome.code,
            reason: `${step.name} exited with ${outcome.code}`,
            steps,
          };
        }
      }
      log.push({ stream: 'system', text: `✓ ${pipeline.length} steps passed` });
      return { status: 'success', exit_code: 0, steps };
    } finally {
      await log.flush();
      await rm(workspace, { recursive: true, force: true });
    }
  }

  /** Clones the one commit; a failure result, or undefined when the workspace is ready. */
  private async checkout(
    job: ExecutableJob,
    workspace: string,
    log: LogBatcher,
    signal: AbortSignal,
  ): Promise<Omit<ExecutionResult, 'steps'> | undefined> {
    if (!SAFE_URL.test(job.clone_url))
      return {
        status: 'error',
        exit_code: null,
        reason: 'clone URL is not an http(s), ssh, git or file URL',
      };
    if (!SAFE_REF.test(job.ref))
      return { status: 'error', exit_code: null, reason: 'ref is not a plain git ref' };
    const target = job.sha ?? 'FETCH_HEAD';
    const commands: string[][] = [
      ['init', '-q', '.'],
      ['remote', 'add', 'origin', job.clone_url],
      ['fetch', '-q', '--depth', '1', 'origin', job.ref],
      ...(job.sha ? [['fetch', '-q', '--depth', '1', 'origin', job.sha]] : []),
      ['checkout', '-q', '--detach', target],
    ];
    log.push({ stream: 'system', text: `cloning ${job.repository} at ${job.sha ?? job.ref}` });
    for (const args of commands) {
      const outcome = await runProcess('git', args, {
        cwd: workspace,
        env: { PATH: process.env.PATH, HOME: workspace, GIT_TERMINAL_PROMPT: '0' },
        timeoutMs: this.options.gitTimeoutMs,
        killGraceMs: this.options.killGraceMs,
        signal,
        onLine: (_stream, text) => log.push({ stream: 'system', text: `git: ${text}` }),
      });
      if (outcome.cancelled)
        return { status: 'cancelled', exit_code: null, reason: 'cancelled during checkout' };
      if (outcome.code !== 0)
        return {
          status: 'error',
          exit_code: outcome.code,
          reason: `git ${args[0]} failed${outcome.timedOut ? ' (timed out)' : ''}`,
        };
    }
    return undefined;
  }

  /** A step sees the job's facts as variables, not the service's own environment (no secrets leak). */
  private environment(job: ExecutableJob, workspace: string): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: workspace,
      LANG: 'C.UTF-8',
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
}
