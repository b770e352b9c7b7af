import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  jobEnvironment,
  unsafeCheckout,
  type ExecutableJob,
  type ExecutionResult,
  type Executor,
} from './executor';
import { LogBatcher, type LogSink } from './log-batcher';
import { PipelineError, readPipeline, type Step } from './pipeline';
import { runProcess } from './run-process';
import { runSteps } from './run-steps';

export interface LocalExecutorOptions {
  /** Parent directory of the per-job workspaces. */
  workRoot: string;
  gitTimeoutMs: number;
  /** After SIGTERM, how long a process group has before SIGKILL. */
  killGraceMs: number;
  batchIntervalMs?: number;
}

/**
 * Runs a job on this machine: a shallow clone of the commit into a fresh workspace, then each step
 * of `.slipway/ci.yml` as a shell command with its timeout, streaming output lines, stopping at the
 * first failure. Values from the webhook reach steps only as environment variables, never as
 * command text. The workspace is removed afterwards.
 */
export class LocalExecutor implements Executor {
  constructor(private readonly options: LocalExecutorOptions) {}

  async run(job: ExecutableJob, sink: LogSink, signal: AbortSignal): Promise<ExecutionResult> {
    const log = new LogBatcher(sink, this.options.batchIntervalMs);
    const workspace = await mkdtemp(join(this.options.workRoot, `job-${job.id.slice(0, 8)}-`));
    try {
      const checkout = await this.checkout(job, workspace, log, signal);
      if (checkout) return { ...checkout, steps: [] };
      let pipeline: Step[];
      try {
        pipeline = await readPipeline(workspace);
      } catch (error) {
        if (!(error instanceof PipelineError)) throw error;
        log.push({ stream: 'system', text: error.message });
        return { status: 'failed', exit_code: null, reason: error.message, steps: [] };
      }
      return await runSteps(pipeline, {
        cwd: workspace,
        env: { PATH: process.env.PATH, HOME: workspace, LANG: 'C.UTF-8', ...jobEnvironment(job) },
        killGraceMs: this.options.killGraceMs,
        signal,
        emit: (line) => log.push(line),
      });
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
    const unsafe = unsafeCheckout(job);
    if (unsafe !== undefined) return { status: 'error', exit_code: null, reason: unsafe };
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
}
