/** An idea cut into clauses: lines, bullets, sentences, then commas, semicolons and "and". */
import type { Priority } from '@slipway/contracts';
import { priorityOf } from './text';

export interface Clause {
  text: string;
  /** The clause's own MoSCoW wording, or the one carried from its sentence or its heading. */
  priority: Priority | null;
  /** Which sentence (or bullet) it came from, so short fragments can join their neighbour. */
  sentence: number;
}

const BULLET = /^\s*(?:[-*•+]|\d+[.)]|\[[ x]\])\s+/i;
const SENTENCE_END = /(?<=[.!?])\s+(?=\S)/;
const CLAUSE_BREAK = /\s*[;:,]\s*|\s+(?:and|&|plus|as well as|along with|or)\s+/i;

function pieces(sentence: string): string[] {
  return sentence
    .split(CLAUSE_BREAK)
    .map((piece) => piece.replace(/^(?:and|or|also|then)\s+/i, '').replace(/[.!?]+$/, ''))
    .map((piece) => piece.trim())
    .filter((piece) => /[A-Za-z0-9]/.test(piece));
}

/**
 * Every clause of the idea in order. A heading line ("Must have:") gives its priority to the lines
 * under it until a blank line or the next heading; within a sentence, a clause without wording of
 * its own takes the wording of the clause before it.
 */
export function splitClauses(idea: string): Clause[] {
  const clauses: Clause[] = [];
  let section: Priority | null = null;
  let sentenceIndex = 0;
  for (const rawLine of idea.split(/\r?\n/)) {
    const line = rawLine.replace(BULLET, '').trim();
    if (line === '') {
      section = null;
      continue;
    }
    const heading = line.endsWith(':');
    if (heading) section = priorityOf(line);
    for (const sentence of line.split(SENTENCE_END)) {
      let carried = heading ? null : section;
      for (const text of pieces(sentence)) {
        const own = priorityOf(text);
        carried = own ?? carried;
        clauses.push({ text, priority: carried, sentence: sentenceIndex });
      }
      sentenceIndex += 1;
    }
  }
  return clauses;
}
