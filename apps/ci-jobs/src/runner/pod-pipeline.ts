import { JOB_VARIABLES, type ExecutionResult, type StepResult } from './executor';
import type { LogLine } from './log-batcher';
import { PipelineError, readPipeline } from './pipeline';
import { runSteps } from './run-steps';

/**
 * What runs inside the pod of a Kubernetes job, and how it talks to the executor.
 *
 * The pod's main container runs this runner's own bundle, `node runner.js run-pipeline <dir>`: a
 * fixed argv, no shell. It reads `.slipway/ci.yml` from the checkout and runs the steps with the
 * same parser and step runner as the local executor, so a pipeline means the same wherever it
 * runs. Its stdout is one JSON document per line: `{"line": LogLine}` for every line a step (or
 * the runner) writes, then `{"result": ExecutionResult}` with the step results. The executor reads
 * that back through the pod log API; anything else in the log is kept as plain output. The
 * container's exit code, not the log, decides whether the job passed.
 */
export const RUN_PIPELINE_COMMAND = 'run-pipeline';

/** Carries the runner's kill grace into the pod; steps do not see it. */
export const KILL_GRACE_VARIABLE = 'SLIPWAY_KILL_GRACE_MS';
const DEFAULT_KILL_GRACE_MS = 10_000;

export type PodOutput = { line: Omit<LogLine, 'at'> } | { result: ExecutionResult };

export function encodePodOutput(output: PodOutput): string {
  return `${JSON.stringify(output)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isExitCode = (value: unknown): value is number | null => value === null || Number.isInteger(value);

function isLine(value: unknown): value is Omit<LogLine, 'at'> {
  return (
    isRecord(value) &&
    (value.stream === 'stdout' || value.stream === 'stderr' || value.stream === 'system') &&
    typeof value.text === 'string' &&
    (value.step === undefined || typeof value.step === 'string')
  );
}

function isStepResult(value: unknown): value is StepResult {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    isExitCode(value.exit_code) &&
    typeof value.duration_ms === 'number' &&
    typeof value.timed_out === 'boolean'
  );
}

function isResult(value: unknown): value is ExecutionResult {
  return (
    isRecord(value) &&
    ['success', 'failed', 'cancelled', 'error'].includes(String(value.status)) &&
    isExitCode(value.exit_code) &&
    (value.reason === undefined || typeof value.reason === 'string') &&
    Array.isArray(value.steps) &&
    value.steps.every(isStepResult)
  );
}

/** One line of the pod's log: a record of the protocol, or plain output (a crash, a stray write). */
export function decodePodOutput(text: string): PodOutput {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { line: { stream: 'stdout', text } };
  }
  if (isRecord(document) && isLine(document.line)) {
    const { stream, step, text: lineText } = document.line;
    return { line: step === undefined ? { stream, text: lineText } : { stream, step, text: lineText } };
  }
  if (isRecord(document) && isResult(document.result)) return { result: document.result };
  return { line: { stream: 'stdout', text } };
}

/** The process exit code that tells Kubernetes how the pipeline ended. */
export function podExitCode(result: ExecutionResult): number {
  if (result.status === 'success') return 0;
  if (result.status === 'cancelled') return 143;
  const code = result.exit_code;
  return code !== null && code > 0 && code < 256 ? code : 1;
}

/**
 * `runner.js run-pipeline <checkout>`: runs the commit's pipeline, writing the protocol to
 * `write`, and resolves with the exit code. Steps see PATH, HOME, LANG and the job variables the
 * executor put into the pod, nothing else of the pod's environment.
 */
export async function runPodPipeline(
  checkout: string,
  options: { env: NodeJS.ProcessEnv; signal: AbortSignal; write: (text: string) => void },
): Promise<number> {
  const emit = (line: Omit<LogLine, 'at'>) => options.write(encodePodOutput({ line }));
  let result: ExecutionResult;
  try {
    const pipeline = await readPipeline(checkout);
    const killGrace = Number(options.env[KILL_GRACE_VARIABLE]);
    result = await runSteps(pipeline, {
      cwd: checkout,
      env: {
        PATH: options.env.PATH,
        HOME: checkout,
        LANG: 'C.UTF-8',
        ...Object.fromEntries(JOB_VARIABLES.map((name) => [name, options.env[name] ?? ''])),
      },
      killGraceMs: Number.isInteger(killGrace) && killGrace >= 0 ? killGrace : DEFAULT_KILL_GRACE_MS,
      signal: options.signal,
      emit,
    });
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    emit({ stream: 'system', text: error.message });
    result = { status: 'failed', exit_code: null, reason: error.message, steps: [] };
  }
  options.write(encodePodOutput({ result }));
  return podExitCode(result);
}
