import { Inject, Injectable } from '@nestjs/common';
import type {
  ChatRequest,
  ChatResponse,
  ChatSessionDetailDto,
  ChatSessionDto,
  ChatSessionListQueryDto,
  ChatToolCallDto,
  Page,
  PatchValidationDto,
  StoredPatchSetDto,
} from '@slipway/contracts';
import type { Principal } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import { randomUUID } from 'node:crypto';
import { OrchestratorConfig } from '../../config';
import type { PlannerEngine } from '../engine/planner-engine';
import { PLANNER_ENGINE } from '../engine/planner-engine.token';
import { PlannerProblem } from '../openai/planner-problems';
import { toStoredPatchSet } from '../patch-sets/patch-set.mapper';
import { PatchSetsService } from '../patch-sets/patch-sets.service';
import { PlannerLocks } from '../planner-locks';
import { ownerIdOf } from '../records/acting-for';
import { ChatRecords, type ChatMessageRecord, type ChatSessionRecord } from '../records/chat-records';
import { PatchSetRecords } from '../records/patch-set-records';
import { ProjectReader } from '../records/project-reader';
import { PlannerBudget } from '../usage/planner-budget';
import { PlannerUsage } from '../usage/planner-usage';
import { appliedPatches, chatContext } from './chat-context';

const toSession = (record: ChatSessionRecord): ChatSessionDto => ({
  id: record.id,
  project_id: record.project_id,
  title: record.title,
  summary: record.summary,
  turn_count: record.turn_count,
  created_at: record.created_at,
  updated_at: record.updated_at,
});

/**
 * The agent's chat: each turn's prompt is rebuilt from a fresh snapshot of the session's project, the
 * rolling summary, the last turns and the PatchSets already applied; a turn that asks for a change
 * proposes a PatchSet (a person applies it), superseding the session's earlier pending proposals.
 */
@Injectable()
export class ChatService {
  constructor(
    @Inject(PLANNER_ENGINE) private readonly engine: PlannerEngine,
    @Inject(ChatRecords) private readonly chats: ChatRecords,
    @Inject(PatchSetRecords) private readonly patchSetRecords: PatchSetRecords,
    @Inject(PatchSetsService) private readonly patchSets: PatchSetsService,
    @Inject(ProjectReader) private readonly reader: ProjectReader,
    @Inject(PlannerUsage) private readonly usage: PlannerUsage,
    @Inject(PlannerBudget) private readonly budget: PlannerBudget,
    @Inject(PlannerLocks) private readonly locks: PlannerLocks,
    @Inject(OrchestratorConfig) private readonly config: Pick<OrchestratorConfig, 'CHAT_RECENT_TURNS'>,
  ) {}

  async chat(principal: Principal, body: ChatRequest): Promise<ChatResponse> {
    const session = body.session_id
      ? await this.session(principal, body.session_id)
      : await this.startSession(principal, body);
    return this.locks.chatSession(session.id, () => this.turn(principal, session.id, body.message));
  }

  private async turn(principal: Principal, sessionId: string, message: string): Promise<ChatResponse> {
    let session = await this.session(principal, sessionId);
    const [messages, sessionPatchSets] = await Promise.all([
      this.chats.messages(session.id),
      this.patchSetRecords.list(principal, { chat_session_id: session.id, limit: 100 }),
    ]);
    const applied = appliedPatches(sessionPatchSets.items);
    // A session that began without a project talks about the one its applied plan created.
    const projectId =
      session.project_id ??
      sessionPatchSets.items.find((p) => p.status === 'applied' && p.project_id)?.project_id ??
      null;
    const snapshot = projectId ? await this.reader.snapshot(principal, projectId) : null;
    const context = chatContext(
      messages,
      { summary: session.summary, summaryTurn: session.summary_turn },
      this.config.CHAT_RECENT_TURNS,
    );
    const turn = session.turn_count + 1;
    const charged = {
      principal,
      endpoint: 'chat' as const,
      requestKey: `${session.id}:${turn}`,
      projectId,
      chatSessionId: session.id,
    };
    const input = { snapshot, summary: context.summary, turns: context.turns, applied, message };
    const answer = await this.budget
      .around(
        { endpoint: 'chat', projectId, input },
        () => this.engine.chat(input),
        (a) => a.calls,
      )
      .catch(async (error: unknown) => {
        // A turn that failed after calling the model is still charged.
        if (error instanceof PlannerProblem && error.calls.length > 0)
          await this.usage.record(charged, error.calls);
        throw error;
      });
    const patchSetId = answer.proposal && answer.proposal.ops.length > 0 ? randomUUID() : undefined;
    const usage = await this.usage.record(
      { ...charged, ...(patchSetId ? { patchSetId } : {}) },
      answer.calls,
    );
    await this.chats.addMessage({
      session_id: session.id,
      owner_id: session.owner_id,
      turn,
      role: 'user',
      content: message,
    });
    const patchSets: StoredPatchSetDto[] = [];
    const validations: PatchValidationDto[] = [];
    const toolCalls: ChatToolCallDto[] = [];
    if (answer.proposal && patchSetId) {
      const { stored, validation } = await this.patchSets.propose(principal, answer.proposal, {
        endpoint: 'chat',
        snapshot,
        usage,
        id: patchSetId,
        chatSessionId: session.id,
      });
      await this.patchSets.supersedePending(session.id, stored.id);
      patchSets.push(stored);
      validations.push(validation);
      toolCalls.push({
        name: 'propose_patch',
        arguments: { patch_set_id: stored.id, ops: stored.ops.length, valid: validation.valid },
      });
    }
    const reply = await this.chats.addMessage({
      session_id: session.id,
      owner_id: session.owner_id,
      turn,
      role: 'assistant',
      content: answer.reply,
      tool_calls: toolCalls.map((call) => ({ ...call })),
      patch_set_ids: patchSets.map((p) => p.id),
      usage: { ...usage },
    });
    // Each proposal remembers the turn that made it.
    for (const proposed of patchSets) await this.patchSets.madeBy(proposed.id, reply.id);
    session = await this.chats.updateSession(session.id, session.version, {
      turn_count: turn,
      summary: context.summary,
      summary_turn: context.summaryTurn,
      ...(projectId && !session.project_id ? { project_id: projectId } : {}),
    });
    return {
      session_id: session.id,
      turn,
      reply: answer.reply,
      tool_calls: toolCalls,
      patch_sets: patchSets,
      validations,
      usage,
    };
  }

  async list(principal: Principal, query: ChatSessionListQueryDto): Promise<Page<ChatSessionDto>> {
    const page = await this.chats.listSessions(principal, { ...query });
    return { ...page, items: page.items.map(toSession) };
  }

  async detail(principal: Principal, id: string): Promise<ChatSessionDetailDto> {
    const session = await this.session(principal, id);
    const [messages, patchSets] = await Promise.all([
      this.chats.messages(id),
      this.patchSetRecords.list(principal, { chat_session_id: id, limit: 100 }),
    ]);
    return {
      ...toSession(session),
      messages: messages.map(toMessage),
      patch_sets: patchSets.items.map(toStoredPatchSet),
    };
  }

  private async session(principal: Principal, id: string): Promise<ChatSessionRecord> {
    const session = await this.chats.findSession(principal, id);
    if (!session) throw ProblemException.notFound(`chat session ${id}`);
    return session;
  }

  private async startSession(principal: Principal, body: ChatRequest): Promise<ChatSessionRecord> {
    // The project must be the caller's to see: read it first (a 404 otherwise).
    if (body.project_id) await this.reader.snapshot(principal, body.project_id);
    return this.chats.createSession({
      owner_id: ownerIdOf(principal),
      title: body.message.replace(/\s+/g, ' ').trim().slice(0, 80) || 'Chat',
      ...(body.project_id ? { project_id: body.project_id } : {}),
    });
  }
}

const toMessage = (record: ChatMessageRecord) => ({
  id: record.id,
  turn: record.turn,
  role: record.role,
  content: record.content,
  tool_calls: record.tool_calls as unknown as ChatToolCallDto[],
  patch_set_ids: record.patch_set_ids,
  created_at: record.created_at,
});
