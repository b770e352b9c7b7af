/**
 * What the planner model reads: a system prompt per endpoint explaining PatchSet format 1 (the
 * operations listed from their schemas, so the prompt names exactly the fields the API takes) and
 * the answer's shape, and the user content: the idea, the snapshot as compact JSON, the feedback,
 * the task to split, the chat so far.
 */
import { PATCH_OP_KINDS, Priority, TaskStatus, TaskType } from '@slipway/contracts';
import type { ChatInput, DecomposeInput, GenerateInput, RefineInput } from '../engine/planner-engine';
import type { ProjectSnapshot, TaskSnapshot } from '../snapshot';
import { patchOpSchemas, type JsonSchema } from './patch-schema';

/** Subtasks asked for when the caller names no count. */
export const DECOMPOSE_RANGE = { min: 2, max: 8 } as const;

const PLAN_ANSWER = '{"rationale": string, "ops": [operation, …]}';
const CHAT_ANSWER = '{"reply": string, "ops": [operation, …] | null, "rationale": string | null}';
/** Fields the rules require although the format lets a person leave them out. */
const ALWAYS = new Set(['base_version']);

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `title, description?, set {title?, …}`: a schema's properties, the optional ones marked. */
function fields(schema: JsonSchema): string {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(properties)
    .filter(([name]) => name !== 'op')
    .map(([name, property]) => {
      const mark = required.has(name) || ALWAYS.has(name) ? '' : '?';
      const nested = isSchema(property) && isSchema(property.properties) ? ` {${fields(property)}}` : '';
      return `${name}${mark}${nested}`;
    })
    .join(', ');
}

function operationList(): string {
  const schemas = patchOpSchemas();
  return PATCH_OP_KINDS.map((kind) => `- ${kind}: ${fields(schemas[kind])}`).join('\n');
}

function formatRules(): string {
  return [
    'Rules:',
    '- Name a record you create by a ref: "$p" for the project, "$t1", "$t2", … for tasks. The create_project or create_task carrying a ref defines it; only later operations may use it.',
    '- Name an existing record by its id, and only by an id FROM THE SNAPSHOT. Never invent an id.',
    '- Every update_project, update_task, move_task and delete_task carries base_version: the record’s version in the snapshot.',
    '- add_dependency: `task` waits for `depends_on`.',
    `- type is one of ${Object.values(TaskType).join(', ')}; priority one of ${Object.values(Priority).join(', ')}; status one of ${Object.values(TaskStatus).join(', ')}.`,
    '- Leave tasks whose status is done untouched, and leave assignee to people.',
    '- A title says what is done in a few words (at most 200 characters); the detail goes in description.',
  ].join('\n');
}

function systemPrompt(task: string, answer: string): string {
  return [
    'You are the planner of Slipway. You turn a request into the operations of a PatchSet (format 1): one reviewed, atomic change of a project and its tasks. A person reviews it before anything changes.',
    `Operations (field "op"; a field marked ? may be left out):\n${operationList()}`,
    formatRules(),
    task,
    `Answer with one JSON object and nothing else, no prose and no code fence:\n${answer}`,
  ].join('\n\n');
}

/** The snapshot as the model reads it: ids, tree, state and versions, without the bulk. */
export function compactSnapshot(
  snapshot: ProjectSnapshot,
  tasks: readonly TaskSnapshot[] = snapshot.tasks,
): string {
  const { id, name, description, status, version } = snapshot.project;
  const ids = new Set(tasks.map((task) => task.id));
  return JSON.stringify({
    project: { id, name, description, status, version },
    tasks: tasks.map((task) => ({
      id: task.id,
      parent: task.parent_id,
      title: task.title,
      status: task.status,
      priority: task.priority,
      type: task.type,
      version: task.version,
    })),
    dependencies: snapshot.dependencies
      .filter((edge) => ids.has(edge.task_id) && ids.has(edge.depends_on_id))
      .map((edge) => ({ task: edge.task_id, depends_on: edge.depends_on_id })),
  });
}

export interface Prompt {
  system: string;
  user: string;
}

export function generatePrompt(input: GenerateInput): Prompt {
  const name = input.projectName ? `Project name: ${input.projectName}` : 'Name the project after the idea.';
  return {
    system: systemPrompt(
      `The request is an idea for a new project. Start with create_project (ref "$p"), then at most ${input.maxTasks} create_task with project "$p": group the work under parent tasks (parent: the parent’s ref) and order it with add_dependency. There is no snapshot: every record is new, so name them all by refs.`,
      PLAN_ANSWER,
    ),
    user: `Idea:\n${input.idea}\n\n${name}`,
  };
}

export function refinePrompt(input: RefineInput): Prompt {
  return {
    system: systemPrompt(
      'The request is feedback on the project of the snapshot. Propose the operations that carry it out and nothing else. When it asks for nothing that can be done, answer "ops": [] and say why in rationale.',
      PLAN_ANSWER,
    ),
    user: `Snapshot:\n${compactSnapshot(input.snapshot)}\n\nFeedback:\n${input.feedback}`,
  };
}

/** The task and its descendants, the task first. */
function subtree(snapshot: ProjectSnapshot, root: TaskSnapshot): TaskSnapshot[] {
  const found = [root];
  for (let i = 0; i < found.length; i++)
    found.push(...snapshot.tasks.filter((task) => task.parent_id === found[i].id));
  return found;
}

export function decomposePrompt(input: DecomposeInput, task: TaskSnapshot): Prompt {
  const count =
    input.count === undefined
      ? `between ${DECOMPOSE_RANGE.min} and ${DECOMPOSE_RANGE.max} of them: estimate the number from the task’s complexity`
      : `exactly ${input.count} of them`;
  const detail = { id: task.id, title: task.title, description: task.description, version: task.version };
  return {
    system: systemPrompt(
      `The request is to split one task of the snapshot into subtasks: create_task operations, ${count}, each with project the project’s id and parent the task’s id (or the ref of another new subtask). Order them with add_dependency where one needs another first. Leave the task itself unchanged.`,
      PLAN_ANSWER,
    ),
    user: [
      `Snapshot (the task and its subtree):\n${compactSnapshot(input.snapshot, subtree(input.snapshot, task))}`,
      `Task to split:\n${JSON.stringify(detail)}`,
      `Subtasks: ${input.count ?? `estimate ${DECOMPOSE_RANGE.min}–${DECOMPOSE_RANGE.max} from complexity`}`,
      ...(input.guidance ? [`Guidance:\n${input.guidance}`] : []),
    ].join('\n\n'),
  };
}

export function chatPrompt(input: ChatInput): Prompt {
  const start = input.snapshot
    ? ''
    : ' There is no project yet: a change starts with create_project (ref "$p").';
  const applied = input.applied.map(
    (patch) =>
      `- ${patch.patchSetId} (${patch.opCount} operations, applied ${patch.appliedAt}): ${patch.rationale}`,
  );
  return {
    system: systemPrompt(
      `You talk with a person about their project. Answer the message in reply, in the person’s language. When it asks for a change, put the operations in ops and explain them in rationale; otherwise ops and rationale are null. The PatchSets listed as applied are already done: never propose these again.${start}`,
      CHAT_ANSWER,
    ),
    user: [
      input.snapshot ? `Snapshot:\n${compactSnapshot(input.snapshot)}` : 'Snapshot: none (no project yet).',
      `Summary of the earlier conversation:\n${input.summary || '(none)'}`,
      `Last turns:\n${input.turns.map((turn) => `${turn.role}: ${turn.content}`).join('\n') || '(none)'}`,
      `Already applied — never propose these again:\n${applied.join('\n') || '(none)'}`,
      `Message:\n${input.message}`,
    ].join('\n\n'),
  };
}

/** The turn after an unusable answer: what was wrong, and corrected JSON only. */
export function repairPrompt(errors: readonly string[]): string {
  return [
    'Your answer could not be used:',
    ...errors.map((error) => `- ${error}`),
    'Answer again with the corrected JSON object only: the whole answer, no prose and no code fence.',
  ].join('\n');
}
