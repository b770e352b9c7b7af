import {
  formatArtifactLines,
  formatIntake,
  formatRunHeader,
  type ArtifactSpec,
  type ArtifactType,
} from './artifact-request';
import type { ChatMessage } from './provider';
import { estimateMessages, estimateTokens, truncateToTokens } from './token-estimate';

export interface PriorArtifact {
  phase: string;
  name: string;
  content: string;
}

export interface PromptInput {
  /** The agent's role in the profile: `product_manager`, `architect`, … */
  role: string;
  /** The role's own instructions from the profile. */
  instructions: string;
  intake: string;
  projectName: string;
  phase: string;
  artifact: ArtifactSpec;
  /** Artifacts of the run so far, in the order they were written. */
  priorArtifacts: readonly PriorArtifact[];
  /** The whole prompt's budget, by the local estimate (token-estimate.ts). */
  maxInputTokens: number;
}

/** Below this, an excerpt of an artifact is more noise than help and the artifact is left out. */
const MIN_EXCERPT_TOKENS = 64;
/** Below this, the intake cannot be meaningfully shortened: the budget is a configuration error. */
const MIN_INTAKE_TOKENS = 16;
const SECTION_BREAK = '\n\n';
/** Line breaks the section-by-section accounting does not see; the estimate is then never exceeded. */
const SLACK_TOKENS = 4;

const openTag = (artifact: PriorArtifact) =>
  `<artifact phase="${artifact.phase.replace(/"/g, "'")}" name="${artifact.name.replace(/"/g, "'")}">`;
const CLOSE_TAG = '</artifact>';
const BLOCK_OPEN = '<prior_artifacts>';
const BLOCK_CLOSE = '</prior_artifacts>';
const truncationMarker = (kept: number, total: number) =>
  `[… truncated: kept ${kept} of ${total} estimated tokens]`;

function systemPrompt(input: PromptInput): string {
  return [
    `You are the ${input.role} agent of an AI software delivery team, working on the ${input.phase} ` +
      `phase of the project "${input.projectName}".`,
    input.instructions.trim(),
    "Write exactly the one file you are asked for. Answer with the file's content only: no preamble, " +
      'no explanation, no surrounding code fence.',
  ]
    .filter((part) => part.length > 0)
    .join(SECTION_BREAK);
}

function userPrompt(input: PromptInput, intake: string, context: string[]): string {
  return [
    formatRunHeader(input.projectName, input.phase),
    formatIntake(intake),
    ...context,
    formatArtifactLines(input.artifact),
    `Answer with the content of ${input.artifact.name} only.`,
  ].join(SECTION_BREAK);
}

/** Artifacts of the phase being worked on matter most, so they go last, nearest the request. */
function byRelevance(input: PromptInput): PriorArtifact[] {
  const others = input.priorArtifacts.filter((artifact) => artifact.phase !== input.phase);
  const samePhase = input.priorArtifacts.filter((artifact) => artifact.phase === input.phase);
  return [...others, ...samePhase];
}

interface Shortened {
  label: string;
  kept?: number;
  total: number;
}

const describeCut = (cut: Shortened) =>
  cut.kept === undefined
    ? `${cut.label} was omitted (${cut.total} estimated tokens)`
    : `${cut.label} was truncated (kept ${cut.kept} of ${cut.total} estimated tokens)`;

const truncationNote = (cuts: Shortened[]) =>
  `Note: to fit the input budget, ${cuts.map(describeCut).join('; ')}.`;

/** Fits the intake into what the fixed parts leave, or says the budget is too small for them. */
function fitIntake(input: PromptInput, system: string): { intake: string; cut?: Shortened } {
  const total = estimateTokens(input.intake);
  const fixed = estimateMessages([
    { role: 'system', content: system },
    { role: 'user', content: userPrompt(input, '', []) },
  ]);
  if (fixed + total <= input.maxInputTokens) return { intake: input.intake };
  const note = truncationNote([{ label: 'the intake', kept: total, total }]);
  const room =
    input.maxInputTokens -
    fixed -
    estimateTokens(truncationMarker(total, total)) -
    estimateTokens(note) -
    SLACK_TOKENS;
  if (room < MIN_INTAKE_TOKENS) {
    throw new RangeError(
      `maxInputTokens ${input.maxInputTokens} cannot hold the instructions and request of ${input.artifact.name} ` +
        `(about ${fixed + MIN_INTAKE_TOKENS} tokens needed)`,
    );
  }
  const excerpt = truncateToTokens(input.intake, room);
  const kept = estimateTokens(excerpt);
  return {
    intake: `${excerpt}\n${truncationMarker(kept, total)}`,
    cut: { label: 'the intake', kept, total },
  };
}

/**
 * Most relevant first, every artifact that fits whole; then what room is left goes to an excerpt
 * of the most relevant one that did not fit; the others are omitted.
 */
function fitArtifacts(
  artifacts: PriorArtifact[],
  room: number,
): { entries: Map<PriorArtifact, string>; cuts: Shortened[] } {
  const entries = new Map<PriorArtifact, string>();
  const sizes = new Map(artifacts.map((artifact) => [artifact, estimateTokens(artifact.content)]));
  const wrapperOf = (artifact: PriorArtifact) =>
    estimateTokens(openTag(artifact)) + estimateTokens(CLOSE_TAG) + 3 * estimateTokens(SECTION_BREAK);
  let left = room;
  const mostRelevantFirst = [...artifacts].reverse();
  for (const artifact of mostRelevantFirst) {
    const cost = wrapperOf(artifact) + (sizes.get(artifact) ?? 0);
    if (cost > left) continue;
    entries.set(artifact, artifact.content);
    left -= cost;
  }
  const cuts: Shortened[] = [];
  for (const artifact of mostRelevantFirst) {
    if (entries.has(artifact)) continue;
    const label = `${artifact.phase}/${artifact.name}`;
    const total = sizes.get(artifact) ?? 0;
    const excerptRoom =
      left - wrapperOf(artifact) - estimateTokens(truncationMarker(total, total)) - SLACK_TOKENS;
    if (excerptRoom < MIN_EXCERPT_TOKENS) {
      cuts.push({ label, total });
      continue;
    }
    const excerpt = truncateToTokens(artifact.content, excerptRoom);
    const kept = estimateTokens(excerpt);
    entries.set(artifact, `${excerpt}\n${truncationMarker(kept, total)}`);
    cuts.push({ label, kept, total });
    left = 0;
  }
  return { entries, cuts: cuts.reverse() };
}

/**
 * The messages for one agent writing one artifact: a system prompt from the role and its
 * instructions; a user message with the intake, the run's prior artifacts (the most relevant last,
 * shortened to fit `maxInputTokens` and saying so), and the `Artifact:`/`Type:` request.
 */
export function buildMessages(input: PromptInput): ChatMessage[] {
  const system = systemPrompt(input);
  const { intake, cut: intakeCut } = fitIntake(input, system);
  const messages = (context: string[]): ChatMessage[] => [
    { role: 'system', content: system },
    { role: 'user', content: userPrompt(input, intake, context) },
  ];
  const artifacts = byRelevance(input);
  const block = (entries: Map<PriorArtifact, string>) =>
    [
      BLOCK_OPEN,
      ...artifacts.flatMap((artifact) => {
        const content = entries.get(artifact);
        return content === undefined ? [] : [`${openTag(artifact)}\n${content}\n${CLOSE_TAG}`];
      }),
      BLOCK_CLOSE,
    ].join('\n');
  const context = (entries: Map<PriorArtifact, string>, cuts: Shortened[]) => [
    ...(entries.size > 0 ? [block(entries)] : []),
    ...(cuts.length > 0 ? [truncationNote(cuts)] : []),
  ];

  const everything = new Map(artifacts.map((artifact) => [artifact, artifact.content]));
  const whole = messages(context(everything, intakeCut ? [intakeCut] : []));
  if (artifacts.length === 0 || estimateMessages(whole) <= input.maxInputTokens) return whole;

  // The note is reserved at its longest: every artifact listed with its full size as `kept`.
  const longestNote = truncationNote([
    ...(intakeCut ? [intakeCut] : []),
    ...artifacts.map((artifact) => {
      const total = estimateTokens(artifact.content);
      return { label: `${artifact.phase}/${artifact.name}`, kept: total, total };
    }),
  ]);
  const room =
    input.maxInputTokens -
    estimateMessages(messages([])) -
    estimateTokens(`${BLOCK_OPEN}\n${BLOCK_CLOSE}`) -
    estimateTokens(longestNote) -
    SLACK_TOKENS;
  const { entries, cuts } = fitArtifacts(artifacts, room);
  return messages(context(entries, [...(intakeCut ? [intakeCut] : []), ...cuts]));
}

const FENCE_LANGUAGES: Record<ArtifactType, string[]> = {
  markdown: ['markdown', 'md'],
  json: ['json', 'jsonc'],
  yaml: ['yaml', 'yml'],
  python: ['python', 'py', 'python3'],
  typescript: ['typescript', 'ts', 'tsx'],
  javascript: ['javascript', 'js', 'mjs', 'jsx'],
  text: ['text', 'txt', 'plain', 'plaintext'],
  csv: ['csv'],
};

/**
 * The file a model wrote, without the one code fence it may have wrapped the whole answer in.
 * A fence that merely opens and closes the answer while other fences sit between (a document
 * starting and ending with code blocks) is kept, unless it is labelled with the artifact's type.
 */
export function extractArtifactContent(content: string, type: ArtifactType): string {
  const lines = content.trim().split(/\r?\n/);
  const opening = /^(`{3,}|~{3,})[ \t]*([^\s`]*)/.exec(lines[0]);
  if (!opening || lines.length < 2) return content;
  const [, fence, language] = opening;
  const isFence = (line: string) => line.trim().startsWith(fence);
  const closing = lines[lines.length - 1].trim();
  if (!isFence(closing) || [...closing].some((char) => char !== fence[0])) return content;
  const inner = lines.slice(1, -1);
  const labelled = FENCE_LANGUAGES[type].includes(language.toLowerCase());
  if (inner.some(isFence) && !labelled) return content;
  return inner.length === 0 ? '' : `${inner.join('\n')}\n`;
}
