import type { ExecutionResult, StepResult } from './executor';
import type { LogLine } from './log-batcher';
import type { Step } from './pipeline';
import { runProcess } from './run-process';

export interface RunStepsOptions {
  /** The checked-out commit. */
  cwd: string;
  /** What every step sees; a step's own `env` is added on top. */
  env: NodeJS.ProcessEnv;
  /** After SIGTERM, how long a step's process group has before SIGKILL. */
  killGraceMs: number;
  signal: AbortSignal;
  emit: (line: Omit<LogLine, 'at'>) => void;
}

/**
 * Runs the steps of a pipeline in order as `sh -c` commands, each within its timeout, emitting
 * their output lines; stops at the first failure. Shared by the local executor and the pod that
 * the Kubernetes executor starts, so a pipeline means the same thing wherever it runs.
 */
export async function runSteps(pipeline: Step[], options: RunStepsOptions): Promise<ExecutionResult> {
  const { emit } = options;
  const steps: StepResult[] = [];
  for (const step of pipeline) {
    emit({ stream: 'system', step: step.name, text: `▶ ${step.name}` });
    const started = Date.now();
    const outcome = await runProcess('sh', ['-c', step.run], {
      cwd: options.cwd,
      env: { ...options.env, ...step.env },
      timeoutMs: step.timeout * 1000,
      killGraceMs: options.killGraceMs,
      signal: options.signal,
      onLine: (stream, text) => emit({ stream, step: step.name, text }),
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
      emit({ stream: 'system', step: step.name, text: `✗ ${step.name} timed out after ${step.timeout} s` });
      return { status: 'failed', exit_code: outcome.code, reason: `${step.name} timed out`, steps };
    }
    if (outcome.code !== 0) {
      emit({ stream: 'system', step: step.name, text: `✗ ${step.name} exited with ${outcome.code}` });
      return {
        status: 'failed',
        exit_code: outcome.code,
        reason: `${step.name} exited with ${outcome.code}`,
        steps,
      };
    }
  }
  emit({ stream: 'system', text: `✓ ${pipeline.length} steps passed` });
  return { status: 'success', exit_code: 0, steps };
}
