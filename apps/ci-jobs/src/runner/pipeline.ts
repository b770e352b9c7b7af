import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface Step {
  name: string;
  run: string;
  env: Record<string, string>;
  /** Seconds; the step's process group is killed past it. */
  timeout: number;
}

export const PIPELINE_FILE = '.slipway/ci.yml';
export const DEFAULT_STEP_TIMEOUT_S = 600;
const MAX_STEPS = 50;

export class PipelineError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads `.slipway/ci.yml` (`steps: [{name, run, env?, timeout?}]`), refusing anything it cannot run as written. */
export function parsePipeline(text: string): Step[] {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new PipelineError(
      `${PIPELINE_FILE} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!isObject(document) || !Array.isArray(document.steps) || document.steps.length === 0) {
    throw new PipelineError(`${PIPELINE_FILE} must have a non-empty list "steps"`);
  }
  if (document.steps.length > MAX_STEPS)
    throw new PipelineError(`${PIPELINE_FILE} has more than ${MAX_STEPS} steps`);
  return document.steps.map((raw: unknown, index: number) => {
    const where = `steps[${index}]`;
    if (!isObject(raw)) throw new PipelineError(`${where} must be a mapping`);
    const { name, run, env = {}, timeout = DEFAULT_STEP_TIMEOUT_S } = raw;
    if (typeof name !== 'string' || name.trim() === '')
      throw new PipelineError(`${where}.name must be a non-empty string`);
    if (typeof run !== 'string' || run.trim() === '')
      throw new PipelineError(`${where}.run must be a non-empty string`);
    if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > 86_400) {
      throw new PipelineError(`${where}.timeout must be whole seconds between 1 and 86400`);
    }
    if (
      !isObject(env) ||
      !Object.values(env).every((v) => ['string', 'number', 'boolean'].includes(typeof v))
    ) {
      throw new PipelineError(`${where}.env must map names to strings`);
    }
    const names = Object.keys(env);
    const invalid = names.find((k) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
    if (invalid !== undefined)
      throw new PipelineError(`${where}.env has an invalid variable name: ${invalid}`);
    return {
      name,
      run,
      timeout,
      env: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)])),
    };
  });
}

/** The pipeline of a checked-out commit; a PipelineError when it is missing or unusable. */
export async function readPipeline(checkout: string): Promise<Step[]> {
  let text: string;
  try {
    text = await readFile(join(checkout, PIPELINE_FILE), 'utf8');
  } catch {
    throw new PipelineError(`${PIPELINE_FILE} not found in the commit`);
  }
  return parsePipeline(text);
}
