import { Injectable } from '@nestjs/common';
import type {
  ChatInput,
  ChatProposal,
  DecomposeInput,
  GenerateInput,
  PlannerEngine,
  Proposal,
  RefineInput,
} from '../engine/planner-engine';
import { chatTurn } from './chat';
import { decomposeTask } from './decompose';
import { generatePlan } from './generate';
import { OFFLINE_MODEL, OFFLINE_PROVIDER, offlineCall } from './offline-usage';
import type { DraftProposal } from './patch-builder';
import { refinePlan } from './refine';

/**
 * The built-in planner: rules and a feature catalogue instead of a model, so the product plans with
 * no network and the same input always gives byte-identical operations. Each answer reports one
 * call, its tokens estimated and its id a hash of the input.
 */
@Injectable()
export class OfflinePlanner implements PlannerEngine {
  readonly provider = OFFLINE_PROVIDER;
  readonly model = OFFLINE_MODEL;

  async generate(input: GenerateInput): Promise<Proposal> {
    return this.proposal('generate', input, generatePlan(input));
  }

  async refine(input: RefineInput): Promise<Proposal> {
    const { understood: _understood, notUnderstood: _notUnderstood, ...draft } = refinePlan(input);
    return this.proposal('refine', input, draft);
  }

  async decompose(input: DecomposeInput): Promise<Proposal> {
    return this.proposal('decompose', input, decomposeTask(input));
  }

  /** The turn's one call is in `calls` (what the turn is charged), and in the proposal's own when there is one. */
  async chat(input: ChatInput): Promise<ChatProposal> {
    const { reply, draft } = chatTurn(input);
    const call = offlineCall('chat', input, {
      reply,
      ops: draft?.ops ?? [],
      rationale: draft?.rationale ?? '',
    });
    const proposal =
      draft === null ? null : { ...draft, provider: this.provider, model: this.model, calls: [call] };
    return { reply, proposal, calls: [call] };
  }

  private proposal(kind: string, input: unknown, draft: DraftProposal): Proposal {
    const call = offlineCall(kind, input, { ops: draft.ops, rationale: draft.rationale });
    return { ...draft, provider: this.provider, model: this.model, calls: [call] };
  }
}
