/**
 * The model's answer read as a proposal: the JSON object found in the text (fences and prose
 * around it dropped), its operations validated as a PatchSetDto's are by the API (the same
 * decorators, the same options as the global pipe), then checked by the PatchSet rules against the
 * snapshot. Every failure is a readable line the model can act on: `ops[2].title: …`.
 */
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { PatchSetDto, type PatchOp, type PatchSetEndpoint } from '@slipway/contracts';
import { fieldErrors, validationOptions } from '@slipway/platform';
import type { ProjectSnapshot } from '../snapshot';
import { checkPatchSet, DEFAULT_PATCH_LIMITS } from '../validation/patch-validator';

/**
 * `ok: false`: unusable (no JSON, a wrong shape, an invalid operation). `ok: true` with `findings`:
 * well-formed, but the PatchSet checks refuse some of it (an unknown id, a ref used before it is made).
 */
export type Parsed<T> = { ok: true; value: T; findings: string[] } | { ok: false; errors: string[] };

export interface PlanAnswer {
  rationale: string;
  ops: PatchOp[];
}

export interface ChatAnswer {
  reply: string;
  /** Null when the turn proposes no change. */
  ops: PatchOp[] | null;
  rationale: string | null;
}

export interface PlanRules {
  endpoint: Exclude<PatchSetEndpoint, 'manual'>;
  /** The project the proposal changes; null when it creates one. */
  snapshot: ProjectSnapshot | null;
  /** Whether proposing nothing is an answer (refine, chat) or a failure (generate, decompose). */
  allowEmpty: boolean;
  /** At most this many create_task operations. */
  maxTasks?: number;
}

/** Lines reported back, at most; a longer list helps neither the model nor a person. */
const MAX_LINES = 20;
const MAX_LINE = 300;
/** Stands in for the PatchSet's id while its operations are checked. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

const capped = (lines: string[]) =>
  lines.slice(0, MAX_LINES).map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line));
const failed = (...errors: string[]): { ok: false; errors: string[] } => ({
  ok: false,
  errors: capped(errors),
});
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text of the first fenced block holding an object, else the whole answer. */
function unfenced(content: string): string {
  const fence = /```[A-Za-z0-9_-]*[ \t]*\r?\n?([\s\S]*?)```/.exec(content);
  return fence && fence[1].includes('{') ? fence[1] : content;
}

/** From the first `{` to the brace that closes it, strings skipped; undefined when never closed. */
function outermostObject(text: string): string | undefined {
  const start = text.indexOf('{');
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/** The JSON object an answer carries, fenced or among prose. */
export function extractJson(content: string): Parsed<Record<string, unknown>> {
  const body = unfenced(content);
  if (!body.includes('{')) return failed('the answer holds no JSON object');
  const text = outermostObject(body);
  if (text === undefined) return failed('the answer’s JSON object is never closed (was it cut off?)');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(`the answer is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return isRecord(json)
    ? { ok: true, value: json, findings: [] }
    : failed('the answer must be a JSON object');
}

/**
 * Drops the undefined own fields every class instance is born with (ES2022 class fields), so an
 * operation holds the fields the model gave and no others: `'assignee' in op.set` means it was set.
 */
function dropUnset(value: unknown): void {
  if (Array.isArray(value)) value.forEach(dropUnset);
  else if (typeof value === 'object' && value !== null)
    for (const key of Object.keys(value)) {
      const field: unknown = Reflect.get(value, key);
      if (field === undefined) Reflect.deleteProperty(value, key);
      else dropUnset(field);
    }
}

const fieldLine = ({ field, message }: { field: string; message: string }) =>
  message.startsWith(field) ? message : `${field}: ${message}`;

/** The operations (and rationale) validated as a PatchSetDto's, then checked against the snapshot. */
async function checkedOps(ops: unknown[], rules: PlanRules, rationale?: string): Promise<Parsed<PatchOp[]>> {
  const { snapshot } = rules;
  const patch = plainToInstance(
    PatchSetDto,
    {
      id: PLACEHOLDER_ID,
      format_version: 1,
      base: snapshot && { project_id: snapshot.project.id, project_version: snapshot.project.version },
      source: { endpoint: rules.endpoint },
      ops,
      ...(rationale === undefined ? {} : { rationale }),
    },
    validationOptions.transformOptions,
  );
  const errors = fieldErrors(await validate(patch, validationOptions));
  if (errors.length) return failed(...errors.map(fieldLine));
  dropUnset(patch.ops);
  const limits = {
    ...DEFAULT_PATCH_LIMITS,
    maxCreatedTasks: rules.maxTasks ?? DEFAULT_PATCH_LIMITS.maxCreatedTasks,
  };
  const { validation } = checkPatchSet(patch, snapshot, { limits });
  const findings = validation.results
    .filter((result) => result.status === 'error')
    .map((result) => `${result.path}: ${result.message}`);
  return { ok: true, value: patch.ops, findings: capped(findings) };
}

async function opsOf(value: unknown, rules: PlanRules, rationale?: string): Promise<Parsed<PatchOp[]>> {
  if (!Array.isArray(value)) return failed('ops: ops must be an array of operations');
  if (value.length === 0 && rules.allowEmpty) return { ok: true, value: [], findings: [] };
  return checkedOps(value, rules, rationale);
}

/** A plan: `{"rationale": string, "ops": [...]}`. */
export async function parsePlanAnswer(content: string, rules: PlanRules): Promise<Parsed<PlanAnswer>> {
  const json = extractJson(content);
  if (!json.ok) return json;
  const { rationale, ops } = json.value;
  const checked = await opsOf(ops, rules, typeof rationale === 'string' ? rationale : undefined);
  if (typeof rationale !== 'string')
    return failed('rationale: rationale must be a string', ...(checked.ok ? [] : checked.errors));
  if (!checked.ok) return checked;
  return { ok: true, value: { rationale, ops: checked.value }, findings: checked.findings };
}

/** A chat turn: `{"reply": string, "ops": [...] | null, "rationale": string | null}`. */
export async function parseChatAnswer(
  content: string,
  rules: Pick<PlanRules, 'snapshot'>,
): Promise<Parsed<ChatAnswer>> {
  const json = extractJson(content);
  if (!json.ok) return json;
  const { reply, ops, rationale } = json.value;
  const errors = [
    ...(typeof reply === 'string' && reply.trim() ? [] : ['reply: reply must be a non-empty string']),
    ...(rationale === null || rationale === undefined || typeof rationale === 'string'
      ? []
      : ['rationale: rationale must be a string or null']),
  ];
  const proposes = ops !== null && ops !== undefined && !(Array.isArray(ops) && ops.length === 0);
  const checked = proposes
    ? await opsOf(ops, { ...rules, endpoint: 'chat', allowEmpty: true })
    : { ok: true as const, value: null, findings: [] };
  if (!checked.ok) errors.push(...checked.errors);
  if (errors.length || !checked.ok || typeof reply !== 'string') return failed(...errors);
  const value = { reply, ops: checked.value, rationale: typeof rationale === 'string' ? rationale : null };
  return { ok: true, value, findings: checked.findings };
}
