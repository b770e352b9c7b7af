import { Inject, Injectable, type Type } from '@nestjs/common';
import {
  type CapabilitiesResponse,
  type CapabilityDto,
  ChatRequest,
  DecomposeRequest,
  GenerateRequest,
  PATCH_OP_KINDS,
  PATCH_SET_FORMAT_VERSION,
  PatchSetDto,
  type PatchOpKind,
  RefineRequest,
  RejectPatchSetRequest,
  StartTaskRunRequest,
} from '@slipway/contracts';
import type { PlannerEngine } from '../engine/planner-engine';
import { PLANNER_ENGINE } from '../engine/planner-engine.token';
import { jsonSchemaOf, patchOpSchemas } from '../openai/patch-schema';

interface Action {
  name: string;
  description: string;
  method: 'GET' | 'POST';
  path: string;
  mutates: boolean;
  input: Type<object> | null;
}

/** What the agent can do, as the console and other agents discover it. */
const ACTIONS: readonly Action[] = [
  {
    name: 'generate_plan',
    description: 'An idea becomes a proposed PatchSet creating a project and its task tree.',
    method: 'POST',
    path: '/api/planner/generate',
    mutates: false,
    input: GenerateRequest,
  },
  {
    name: 'refine_plan',
    description: 'Feedback on a project becomes a proposed PatchSet changing it.',
    method: 'POST',
    path: '/api/planner/refine',
    mutates: false,
    input: RefineRequest,
  },
  {
    name: 'decompose_task',
    description: 'A task becomes a proposed PatchSet of subtasks.',
    method: 'POST',
    path: '/api/tasks/{id}/decompose',
    mutates: false,
    input: DecomposeRequest,
  },
  {
    name: 'chat',
    description: 'A chat turn; proposes a PatchSet when the message asks for a change.',
    method: 'POST',
    path: '/api/agent/chat',
    mutates: false,
    input: ChatRequest,
  },
  {
    name: 'validate_patch_set',
    description: 'Checks a PatchSet as apply would; writes nothing.',
    method: 'POST',
    path: '/api/agent/validate',
    mutates: false,
    input: PatchSetDto,
  },
  {
    name: 'apply_patch_set',
    description: 'Applies a PatchSet all or nothing, once per id.',
    method: 'POST',
    path: '/api/planner/apply',
    mutates: true,
    input: PatchSetDto,
  },
  {
    name: 'undo_patch_set',
    description: 'Takes an applied PatchSet back unless its records were edited since.',
    method: 'POST',
    path: '/api/planner/patchsets/{id}/undo',
    mutates: true,
    input: null,
  },
  {
    name: 'reject_patch_set',
    description: 'Declines a proposed PatchSet.',
    method: 'POST',
    path: '/api/planner/patchsets/{id}/reject',
    mutates: false,
    input: RejectPatchSetRequest,
  },
  {
    name: 'start_task_run',
    description: 'An engineering task starts its delivery run.',
    method: 'POST',
    path: '/api/tasks/{id}/runs',
    mutates: true,
    input: StartTaskRunRequest,
  },
  {
    name: 'list_patch_sets',
    description: 'Your PatchSets.',
    method: 'GET',
    path: '/api/planner/patchsets',
    mutates: false,
    input: null,
  },
  {
    name: 'list_chat_sessions',
    description: 'Your chat sessions.',
    method: 'GET',
    path: '/api/agent/sessions',
    mutates: false,
    input: null,
  },
];

const OP_DESCRIPTIONS: Record<PatchOpKind, string> = {
  create_project: 'Create the project (ref $p); only in a PatchSet without a base project.',
  update_project: 'Change fields of the project, at base_version.',
  create_task: 'Create a task (ref $t…) in the project, under a parent by id or ref.',
  update_task: 'Set or unset fields of a task, at base_version, with optional expectations.',
  move_task: 'Move a task and its subtree under another parent, or to the top level.',
  delete_task: 'Delete a task (soft: undo restores it); on_dependents reject or cascade.',
  add_dependency: 'Make a task wait for another of the same project (no cycles).',
  remove_dependency: 'A task no longer waits for another.',
};

@Injectable()
export class Capabilities {
  private readonly actions: CapabilityDto[];

  constructor(@Inject(PLANNER_ENGINE) private readonly engine: PlannerEngine) {
    this.actions = ACTIONS.map(({ input, ...action }) => ({
      ...action,
      input_schema: input ? jsonSchemaOf(input) : null,
    }));
  }

  describe(): CapabilitiesResponse {
    const schemas = patchOpSchemas();
    return {
      actions: this.actions,
      patch_ops: PATCH_OP_KINDS.map((op) => ({ op, description: OP_DESCRIPTIONS[op], schema: schemas[op] })),
      patch_set_format_version: PATCH_SET_FORMAT_VERSION,
      provider: this.engine.provider,
      model: this.engine.model,
    };
  }
}
