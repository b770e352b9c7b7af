import type { AppliedPatch, ChatTurn } from '../engine/planner-engine';
import type { ChatMessageRecord } from '../records/chat-records';
import type { PatchSetRecord } from '../records/patch-set-records';

/** The longest rolling summary a prompt carries. */
const SUMMARY_LIMIT = 4_000;
const LINE_LIMIT = 240;

const clip = (text: string, limit: number) => (text.length > limit ? `${text.slice(0, limit - 1)}…` : text);

/** A turn's messages as one past event: what was asked and what was answered, never an instruction to redo. */
function summaryLine(turn: number, messages: ChatMessageRecord[]): string {
  const asked = messages.find((m) => m.role === 'user')?.content ?? '';
  const answered = messages.find((m) => m.role === 'assistant');
  const proposed = answered?.patch_set_ids.length
    ? ` (proposed PatchSet ${answered.patch_set_ids.join(', ')})`
    : '';
  return clip(
    `Turn ${turn} (handled): asked "${asked.replace(/\s+/g, ' ')}"; answered "${(answered?.content ?? '').replace(/\s+/g, ' ')}"${proposed}`,
    LINE_LIMIT,
  );
}

/** What the next prompt carries of a session: the summary of older turns, the last turns word for word. */
export interface ChatContext {
  summary: string;
  summaryTurn: number;
  turns: ChatTurn[];
}

/**
 * Rebuilds the context of a session's next turn: the last `recent` turns verbatim, every older one
 * folded into the rolling summary (kept to its limit, newest kept), so a long session never
 * overflows a prompt and old requests read as done, not as work to do again.
 */
export function chatContext(
  messages: ChatMessageRecord[],
  stored: { summary: string; summaryTurn: number },
  recent: number,
): ChatContext {
  const turns = [...new Set(messages.map((m) => m.turn))].sort((a, b) => a - b);
  const keepFrom = turns.length > recent ? turns[turns.length - recent] : (turns[0] ?? 1);
  const fold = turns.filter((turn) => turn < keepFrom && turn > stored.summaryTurn);
  let summary = stored.summary;
  for (const turn of fold)
    summary = `${summary}\n${summaryLine(
      turn,
      messages.filter((m) => m.turn === turn),
    )}`.trim();
  if (summary.length > SUMMARY_LIMIT) summary = `…${summary.slice(summary.length - SUMMARY_LIMIT + 1)}`;
  return {
    summary,
    summaryTurn: fold.length ? fold[fold.length - 1] : stored.summaryTurn,
    turns: messages
      .filter((m) => m.turn >= keepFrom && (m.role === 'user' || m.role === 'assistant'))
      .map((m) => ({ role: m.role as 'user' | 'assistant', content: m.content })),
  };
}

/** The session's applied PatchSets, for the prompt: done, never to be proposed again. */
export const appliedPatches = (records: PatchSetRecord[]): AppliedPatch[] =>
  records
    .filter((r) => r.status === 'applied')
    .map((r) => ({
      patchSetId: r.id,
      rationale: r.rationale ?? '',
      opCount: r.ops.length,
      appliedAt: r.applied_at ?? r.updated_at,
    }));
