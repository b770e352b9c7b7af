/** chat, offline: the message read as a question, a refine command, an idea to plan, or a call for help. */
import type { ChatInput } from '../engine/planner-engine';
import { generatePlan } from './generate';
import type { DraftProposal } from './patch-builder';
import { statusReport } from './project-status';
import { refinePlan } from './refine';
import { COMMAND_VERBS } from './refine-commands';

export interface ChatOutcome {
  reply: string;
  /** The change the message asks for; null for questions and help. */
  draft: DraftProposal | null;
}

/** The size a chat gives a plan it generates: the generate endpoint's default. */
export const CHAT_MAX_TASKS = 60;

const phrases = (list: readonly string[], edges: [string, string] = ['\\b', '\\b']): RegExp =>
  new RegExp(`${edges[0]}(?:${list.join('|')})${edges[1]}`, 'i');

const HISTORY = phrases([
  'what (?:has )?changed',
  'what did (?:we|you|i) change',
  'history',
  'changes so far',
  'what (?:was|has been|got) applied',
  'recent changes',
]);
const QUESTION = phrases([
  'status',
  'progress',
  'summary',
  'summari[sz]e',
  'overview',
  "what'?s next",
  'what is next',
  'next steps?',
  'what should (?:i|we) do',
  'where are we',
  'how far',
  'how are we doing',
  'remaining',
]);
const COMMAND_START = phrases([COMMAND_VERBS], ['^(?:please\\s+)?', '\\b']);
const HELP_ASKED = /^(?:help|commands|what can you do|how does this work)\b|^\?$|\bhelp\s*[?!.]*$/i;
const IDEA_START = phrases(
  [
    'plan|build|create|make|develop|design|generate|write|launch',
    "i want|i'd like|i would like|we need|we want",
    "let'?s (?:build|make|create|plan)|help me (?:build|plan|make)",
  ],
  ['^(?:please\\s+)?', '\\b'],
);

export const HELP = [
  'I am the built-in offline planner: I read plain commands, no model needed.',
  'With no project yet, describe it: "Build a shop with Stripe payments, search and email notifications".',
  'On a project, one command per line or separated by ";":',
  '- add X · add X under Y (a known feature, e.g. "add search", comes with its subtasks)',
  '- remove X · remove X and its subtasks',
  '- rename A to B · describe X as …',
  '- split X into A, B and C · split X',
  '- X before Y · Y after X · Y depends on X · Y no longer depends on X',
  '- make X high priority · X is critical · lower X · raise X',
  '- mark X done · start X',
  '- move X under Y · move X to top level',
  'Questions: status, what’s next, progress, summary, what changed.',
].join('\n');

function historyReply(input: ChatInput): string {
  const lines =
    input.applied.length === 0
      ? ['Nothing has been applied in this conversation yet.']
      : [
          `Applied in this conversation (${input.applied.length}):`,
          ...input.applied.map(
            (patch) =>
              `- ${patch.appliedAt}: ${patch.rationale || 'no rationale given'} (${patch.opCount} operations)`,
          ),
        ];
  if (input.summary.trim() !== '') lines.push(`Earlier: ${input.summary.trim()}`);
  return lines.join('\n');
}

const bullets = (lines: readonly string[]): string => lines.map((line) => `- ${line}`).join('\n');

function refineReply(name: string, draft: DraftProposal, notes: string): string {
  const problems = draft.warnings.map((warning) => warning.message);
  if (draft.ops.length === 0) return `Nothing to change in "${name}":\n${bullets(problems)}`;
  const parts = [`Proposed ${draft.ops.length} operations on "${name}": ${notes}`];
  if (problems.length > 0) parts.push(`Left aside:\n${bullets(problems)}`);
  parts.push('Review the proposal and apply it to make the change.');
  return parts.join('\n');
}

function generateReply(draft: DraftProposal): string {
  const tasks = draft.ops.filter((op) => op.op === 'create_task').length;
  const parts = [`Proposed a new project with ${tasks} tasks. ${draft.rationale}`];
  if (draft.warnings.length > 0) parts.push(bullets(draft.warnings.map((warning) => warning.message)));
  parts.push('Review the proposal and apply it to create the project.');
  return parts.join('\n');
}

export function chatTurn(input: ChatInput): ChatOutcome {
  const message = input.message.trim();
  const command = COMMAND_START.test(message);
  if (HELP_ASKED.test(message) && !command) return { reply: HELP, draft: null };
  if (HISTORY.test(message) && !command) return { reply: historyReply(input), draft: null };
  const question = QUESTION.test(message) && !command;
  const { snapshot } = input;
  if (snapshot === null) {
    if (!question && IDEA_START.test(message)) {
      const draft = generatePlan({ idea: message, maxTasks: CHAT_MAX_TASKS });
      return { reply: generateReply(draft), draft };
    }
    const lead = question
      ? 'There is no project in this conversation yet.'
      : 'I did not find an idea to plan in that.';
    return { reply: `${lead}\n${HELP}`, draft: null };
  }
  if (question) return { reply: statusReport(snapshot), draft: null };
  const refined = refinePlan({ snapshot, feedback: message });
  if (refined.understood > 0) {
    const { understood: _understood, notUnderstood: _notUnderstood, ...draft } = refined;
    const reply = refineReply(snapshot.project.name, draft, refined.rationale);
    return { reply, draft: draft.ops.length > 0 ? draft : null };
  }
  return { reply: `I could not read that as a change to "${snapshot.project.name}".\n${HELP}`, draft: null };
}
