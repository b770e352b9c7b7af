import type { ChatMessage } from './provider';

/**
 * A deterministic, offline stand-in for a BPE tokenizer (cl100k/o200k-like), used to budget
 * prompts and to report usage when a provider reports none. The text is cut into pieces:
 *
 * - a run of ASCII letters costs ceil(length / 5): words of up to five letters are one token,
 *   longer ones are counted as split;
 * - a run of digits costs ceil(length / 3): BPE vocabularies hold numbers in groups of three;
 * - a line break with the indentation after it costs 1;
 * - any other character that is not a space (punctuation, accented and CJK letters, emoji) costs 1,
 *   and a run of one such character repeated (`---`, `**`) costs ceil(length / 4).
 *
 * Spaces are free: BPE glues them to the following word. Against the rule of thumb of four
 * characters per token of English, the estimate leans high, the safe side for a budget.
 */
const PIECES = /[A-Za-z]+|\d+|\n\s*|([^\sA-Za-z\d])\1*/gu;

/** OpenAI's chat accounting: each message is wrapped in start/role/end tokens… */
export const MESSAGE_OVERHEAD_TOKENS = 4;
/** …and every reply is primed with the assistant header. */
export const REPLY_PRIMING_TOKENS = 3;

function pieceCost(piece: string): number {
  if (/^\d/.test(piece)) return Math.ceil(piece.length / 3);
  if (/^[A-Za-z]/.test(piece)) return Math.ceil(piece.length / 5);
  if (piece.startsWith('\n')) return 1;
  return Math.ceil([...piece].length / 4);
}

export function estimateTokens(text: string): number {
  let total = 0;
  for (const [piece] of text.matchAll(PIECES)) total += pieceCost(piece);
  return total;
}

export function estimateMessages(messages: readonly ChatMessage[]): number {
  return messages.reduce(
    (total, message) => total + MESSAGE_OVERHEAD_TOKENS + estimateTokens(message.content),
    REPLY_PRIMING_TOKENS,
  );
}

/** The longest prefix of `text`, cut between pieces, whose estimate is at most `maxTokens`. */
export function truncateToTokens(text: string, maxTokens: number): string {
  let total = 0;
  for (const match of text.matchAll(PIECES)) {
    total += pieceCost(match[0]);
    if (total > maxTokens) return text.slice(0, match.index).trimEnd();
  }
  return text;
}
