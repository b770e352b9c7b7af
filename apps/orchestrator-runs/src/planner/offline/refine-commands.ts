/** The refine commands, and feedback cut into one clause per command. */
import type { Priority, TaskStatus } from '@slipway/contracts';
import { RULES } from './refine-grammar';

export type PriorityChange = Priority | 'raise' | 'lower';
export type RemovalScope = 'task' | 'subtasks' | 'everything';

export type RefineCommand =
  | { kind: 'add'; title: string; parent: string | null; priority: Priority | null }
  /** task: refused while it has subtasks; subtasks: with them; everything: with its dependents too. */
  | { kind: 'remove'; target: string; scope: RemovalScope }
  | { kind: 'rename'; target: string; title: string }
  | { kind: 'split'; target: string; parts: string[] }
  | { kind: 'depend'; task: string; dependsOn: string }
  | { kind: 'undepend'; task: string; dependsOn: string }
  | { kind: 'priority'; target: string; priority: PriorityChange }
  | { kind: 'status'; target: string; status: TaskStatus }
  | { kind: 'move'; target: string; parent: string | null }
  | { kind: 'describe'; target: string; description: string };

/** The verbs a command starts with. */
export const COMMAND_VERBS =
  'add|create|include|remove|delete|drop|rename|retitle|change|split|break|divide|decompose|move|put|' +
  'make|mark|set|start|begin|finish|complete|close|describe|lower|raise|bump|increase|decrease|' +
  'prioriti[sz]e|deprioriti[sz]e|cancel|reopen|block';

/** ", and rename …", " then move …", ", split …": a second command in the same sentence. */
const NEXT_COMMAND = new RegExp(
  `\\s*(?:,\\s*|\\s+)(?:(?:and|then|also)\\s+)+(?=(?:${COMMAND_VERBS})\\b)|\\s*,\\s*(?=(?:${COMMAND_VERBS})\\b)`,
  'i',
);

/** One clause per command: lines, bullets, semicolons, sentences, and "…, and rename …". */
export function feedbackClauses(feedback: string): string[] {
  return feedback
    .split(/\r?\n|;|(?<=[.!?])\s+/)
    .flatMap((part) => part.split(NEXT_COMMAND))
    .map((part) =>
      part
        .replace(/^\s*(?:[-*•+]|\d+[.)])\s+/, '')
        .replace(/^(?:please|also|then|and)\s+/i, '')
        .replace(/[.!?]+$/, '')
        .trim(),
    )
    .filter((part) => part !== '');
}

/**
 * The readings of one clause, most likely first ("rename A to B to C" may cut at either "to");
 * empty when no rule understands it. Verb-led commands are tried first, then dependencies, then
 * the looser phrasings ("X is critical", "start X").
 */
export function parseCommand(clause: string): RefineCommand[] {
  for (const { pattern, read } of RULES) {
    const match = pattern.exec(clause);
    if (match === null) continue;
    const readings = read(match);
    if (readings.length > 0) return readings;
  }
  return [];
}
