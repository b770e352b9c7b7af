import type { PatchOp } from '@slipway/contracts';
import type { ProjectSnapshot } from '../snapshot';

/** Tokens of one proposal's model calls (the offline planner reports its own estimate). */
export interface ProposalCall {
  provider: string;
  model: string;
  /** The provider's response id: the usage ledger counts a call once. */
  responseId: string;
  input: number;
  output: number;
  cachedInput: number;
  /** The counts are an estimate, not the provider's. */
  estimated: boolean;
}

/** Something a planner could not turn into an operation, said plainly instead of guessed. */
export interface ProposalWarning {
  code: string;
  message: string;
}

/** What a planner proposes: operations in PatchSet format 1, why, and what it could not do. */
export interface Proposal {
  ops: PatchOp[];
  rationale: string;
  warnings: ProposalWarning[];
  provider: string;
  model: string;
  calls: ProposalCall[];
}

export interface GenerateInput {
  idea: string;
  projectName?: string;
  maxTasks: number;
}

export interface RefineInput {
  snapshot: ProjectSnapshot;
  feedback: string;
}

export interface DecomposeInput {
  snapshot: ProjectSnapshot;
  taskId: string;
  count?: number;
  guidance?: string;
}

/** One earlier turn of a chat, as the next prompt carries it. */
export interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

/** A PatchSet applied in the session: the context says it happened, so it is never proposed again. */
export interface AppliedPatch {
  patchSetId: string;
  rationale: string;
  opCount: number;
  appliedAt: string;
}

export interface ChatInput {
  /** Fresh at each turn; null when the session has no project yet. */
  snapshot: ProjectSnapshot | null;
  /** The rolling summary of turns older than `turns`. */
  summary: string;
  turns: ChatTurn[];
  applied: AppliedPatch[];
  message: string;
}

/** A chat turn's answer: the reply and, when the message asks for a change, the proposal. */
export interface ChatProposal {
  reply: string;
  proposal: Proposal | null;
  /** Every model call of the turn, the proposal's included: the usage of the turn. */
  calls: ProposalCall[];
}

/** A planner: the built-in offline one or a model behind an OpenAI-compatible API. */
export interface PlannerEngine {
  readonly provider: string;
  readonly model: string;
  generate(input: GenerateInput): Promise<Proposal>;
  refine(input: RefineInput): Promise<Proposal>;
  decompose(input: DecomposeInput): Promise<Proposal>;
  chat(input: ChatInput): Promise<ChatProposal>;
}
