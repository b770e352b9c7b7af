/** The phrasings refine understands, each a pattern and how its match reads as commands. */
import type { Priority, TaskStatus } from '@slipway/contracts';
import type { RefineCommand } from './refine-commands';
import { capitalize, priorityOf, unquote } from './text';

export interface Rule {
  pattern: RegExp;
  read: (match: RegExpExecArray) => RefineCommand[];
}

const STATUS: Record<string, TaskStatus> = {
  done: 'done',
  complete: 'done',
  completed: 'done',
  finished: 'done',
  'in progress': 'in_progress',
  'in-progress': 'in_progress',
  started: 'in_progress',
  blocked: 'blocked',
  todo: 'todo',
  'to do': 'todo',
  'to-do': 'todo',
  'not started': 'todo',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  failed: 'failed',
};
const STATUSES = Object.keys(STATUS).join('|');
const statusOf = (word: string): TaskStatus => STATUS[word.toLowerCase()];

const PRIORITY: Record<string, Priority> = {
  critical: 'critical',
  urgent: 'critical',
  top: 'critical',
  high: 'high',
  important: 'high',
  medium: 'medium',
  normal: 'medium',
  low: 'low',
};
const PRIORITIES = Object.keys(PRIORITY).join('|');
const priorityWord = (word: string): Priority => PRIORITY[word.toLowerCase()];

/** Every way to cut `text` at `separator`, leftmost first. */
function cuts(text: string, separator: RegExp): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const match of text.matchAll(new RegExp(separator.source, 'gi'))) {
    const left = text.slice(0, match.index).trim();
    const right = text.slice(match.index + match[0].length).trim();
    if (left !== '' && right !== '') found.push([left, right]);
  }
  return found;
}

const title = (text: string): string => capitalize(unquote(text));
const one = (command: RefineCommand): RefineCommand[] => [command];
const rx = (source: string): RegExp => new RegExp(source, 'i');

/** "add X, must have", "add X (high priority)". */
const TRAILING_PRIORITY = rx(
  '\\s*[,(-]?\\s*(?:as\\s+)?(?:an?\\s+)?' +
    '(must[- ]have|should[- ]have|could[- ]have|nice[- ]to[- ]have|critical|urgent|' +
    '(?:high|medium|low|top)[- ]priority)\\)?$',
);
/** "remove X and its subtasks", "… (cascade)". */
const WITH_SUBTASKS = rx(
  '(?:\\s+(?:and|with|including|plus)\\s+(?:all\\s+(?:of\\s+)?)?(?:its|their|the)?\\s*' +
    '(?:subtasks|sub-tasks|children|child tasks)|\\s*\\(?cascade\\)?)$',
);
/** "remove X with everything", "… and its dependents". */
const WITH_EVERYTHING = rx(
  '\\s+(?:and|with|including|plus)\\s+(?:all\\s+(?:of\\s+)?)?(?:its|their|the)?\\s*' +
    '(?:dependents|everything(?:\\s+(?:under|in|below|after)\\s+it)?)$',
);
const TASK_WORDS = /^(?:an?\s+)?(?:new\s+)?(?:task|subtask|feature|step)(?:\s+(?:called|named))?\s+/i;
const STRICT_PARENT = /\s+(?:under|below|beneath|inside|as a (?:subtask|child) of)\s+/;
const SOFT_PARENT = /\s+(?:to|in|into)\s+/;
const TOP_LEVEL = rx(
  '^(.+?)\\s+(?:(?:to|at|on|into)\\s+(?:the\\s+)?(?:top[- ]level|top|root)(?:\\s+level)?' +
    '|out(?:\\s+of\\s+.+)?)$',
);
const MOVE_PARENT = /\s+(?:under|into|inside|below|beneath|to|in)\s+/;
const LEAD_VERB = /^(?:do|finish|complete|build|ship|start|implement|run)\s+/i;
const MODAL_TAIL = rx(
  '\\s+(?:(?:must|should|has to|have to|needs to|can only|can)\\s+)?' +
    '(?:come|comes|go|goes|happen|start|starts|be done|be finished)$',
);
const WAITS = rx(
  '\\s+(?:(?:must|should)\\s+)?(?:depends on|depend on|waits for|wait for|is blocked by|blocked by|requires)\\s+',
);
const NO_LONGER_WAITS = rx(
  '^(.+?)\\s+(?:no longer depends on|does not depend on|doesn.t depend on|no longer waits for|' +
    'should not wait for)\\s+(.+)$',
);

/** The ends of a dependency without their framing: "finish A", "B can start" → "A", "B". */
const depEnd = (text: string): string => text.replace(LEAD_VERB, '').replace(MODAL_TAIL, '').trim();

function parseAdd(rest: string): RefineCommand[] {
  const marker = TRAILING_PRIORITY.exec(rest);
  const priority =
    marker === null ? null : (PRIORITY[marker[1].split(/[- ]/)[0].toLowerCase()] ?? priorityOf(marker[1]));
  const body = (marker === null ? rest : rest.slice(0, marker.index)).replace(TASK_WORDS, '').trim();
  const add = (name: string, parent: string | null): RefineCommand => ({
    kind: 'add',
    title: title(name),
    parent,
    priority,
  });
  const strict = cuts(body, STRICT_PARENT);
  if (strict.length > 0) return strict.map(([left, right]) => add(left, right));
  // "add export to CSV": the parent only if one is found by that name, else the whole is the title.
  const soft = cuts(body, SOFT_PARENT).map(([left, right]) => add(left, right));
  const forParent = cuts(body, /\s+for\s+/).map(([, right]) => add(body, right));
  return [...soft, ...forParent, add(body, null)];
}

function parseRemove(rest: string): RefineCommand {
  if (WITH_EVERYTHING.test(rest))
    return { kind: 'remove', target: rest.replace(WITH_EVERYTHING, ''), scope: 'everything' };
  if (WITH_SUBTASKS.test(rest))
    return { kind: 'remove', target: rest.replace(WITH_SUBTASKS, ''), scope: 'subtasks' };
  return { kind: 'remove', target: rest, scope: 'task' };
}

function parseMove(rest: string): RefineCommand[] {
  const top = TOP_LEVEL.exec(rest);
  if (top !== null) return one({ kind: 'move', target: top[1], parent: null });
  return cuts(rest, MOVE_PARENT).map(([target, parent]) => ({ kind: 'move', target, parent }));
}

function parseSplit(rest: string): RefineCommand[] {
  const named = cuts(rest, /\s+into\s+/).map(([target, list]): RefineCommand => {
    const parts = list.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/).map(title);
    return { kind: 'split', target, parts: parts.filter((part) => part !== '') };
  });
  return [...named, { kind: 'split', target: rest, parts: [] }];
}

const priorityRule = (source: string): Rule => ({
  pattern: rx(source),
  read: (m) => one({ kind: 'priority', target: m[1], priority: priorityWord(m[2]) }),
});
const statusRule = (source: string, status?: TaskStatus): Rule => ({
  pattern: rx(source),
  read: (m) => one({ kind: 'status', target: m[1], status: status ?? statusOf(m[2]) }),
});
const cutRule = (source: string, separator: RegExp, make: (a: string, b: string) => RefineCommand): Rule => ({
  pattern: rx(source),
  read: (m) => cuts(m[1], separator).map(([a, b]) => make(a, b)),
});

export const RULES: readonly Rule[] = [
  cutRule(
    '^(?:remove|delete|drop)\\s+(?:the\\s+)?dependency\\s+(?:of\\s+|from\\s+)?(.+)$',
    /\s+on\s+/,
    (task, dependsOn) => ({ kind: 'undepend', task, dependsOn }),
  ),
  { pattern: /^(?:add|create|include|new)\s+(.+)$/i, read: (m) => parseAdd(m[1]) },
  {
    pattern: /^(?:remove|delete|drop)\s+(.+)$/i,
    read: (m) => one(parseRemove(m[1])),
  },
  cutRule('^(?:rename|retitle)\\s+(.+)$', /\s+(?:to|as|into)\s+/, (target, name) => ({
    kind: 'rename',
    target,
    title: title(name),
  })),
  cutRule('^change\\s+the\\s+title\\s+of\\s+(.+)$', /\s+to\s+/, (target, name) => ({
    kind: 'rename',
    target,
    title: title(name),
  })),
  { pattern: /^(?:split|break(?:\s+(?:up|down))?|divide|decompose)\s+(.+)$/i, read: (m) => parseSplit(m[1]) },
  { pattern: /^(?:move|put)\s+(.+)$/i, read: (m) => parseMove(m[1]) },
  cutRule('^describe\\s+(.+)$', /\s+as\s+/, (target, text) => ({
    kind: 'describe',
    target,
    description: unquote(text),
  })),
  cutRule('^set\\s+(?:the\\s+)?description\\s+of\\s+(.+)$', /\s+to\s+/, (target, text) => ({
    kind: 'describe',
    target,
    description: unquote(text),
  })),
  {
    pattern: /^make\s+(.+?)\s+(?:an?\s+)?top[- ]level(?:\s+task)?$/i,
    read: (m) => one({ kind: 'move', target: m[1], parent: null }),
  },
  priorityRule(`^make\\s+(.+?)\\s+(?:an?\\s+)?(${PRIORITIES})(?:[- ]priority)?$`),
  {
    pattern: /^make\s+(.+?)\s+a\s+priority$/i,
    read: (m) => one({ kind: 'priority', target: m[1], priority: 'high' }),
  },
  priorityRule(`^set\\s+(?:the\\s+)?priority\\s+of\\s+(.+?)\\s+to\\s+(${PRIORITIES})$`),
  priorityRule(`^set\\s+(.+?)(?:'s)?\\s+(?:priority\\s+)?to\\s+(${PRIORITIES})(?:\\s+priority)?$`),
  statusRule(`^set\\s+(?:the\\s+)?status\\s+of\\s+(.+?)\\s+to\\s+(${STATUSES})$`),
  statusRule(`^(?:set|mark)\\s+(.+?)\\s+(?:as\\s+|to\\s+)?(${STATUSES})$`),
  { pattern: NO_LONGER_WAITS, read: (m) => one({ kind: 'undepend', task: m[1], dependsOn: m[2] }) },
  {
    pattern: /\s+before\s+/i,
    read: (m) =>
      cuts(m.input, /\s+before\s+/).map(([a, b]) => ({
        kind: 'depend',
        task: depEnd(b),
        dependsOn: depEnd(a),
      })),
  },
  {
    pattern: /\s+after\s+/i,
    read: (m) =>
      cuts(m.input, /\s+after\s+/).map(([a, b]) => ({
        kind: 'depend',
        task: depEnd(a),
        dependsOn: depEnd(b),
      })),
  },
  {
    pattern: WAITS,
    read: (m) =>
      cuts(m.input, WAITS).map(([a, b]) => ({ kind: 'depend', task: depEnd(a), dependsOn: depEnd(b) })),
  },
  {
    pattern: /^prioriti[sz]e\s+(.+)$/i,
    read: (m) => one({ kind: 'priority', target: m[1], priority: 'high' }),
  },
  {
    pattern: /^deprioriti[sz]e\s+(.+)$/i,
    read: (m) => one({ kind: 'priority', target: m[1], priority: 'low' }),
  },
  priorityRule(
    `^(?:lower|raise|bump|increase|decrease)\\s+(?:the\\s+priority\\s+of\\s+)?(.+?)(?:'s\\s+priority|\\s+priority)?\\s+to\\s+(${PRIORITIES})$`,
  ),
  {
    pattern:
      /^(lower|decrease|raise|bump|increase)\s+(?:the\s+priority\s+of\s+)?(.+?)(?:'s\s+priority|\s+priority)?$/i,
    read: (m) =>
      one({
        kind: 'priority',
        target: m[2],
        priority: /^(?:lower|decrease)$/i.test(m[1]) ? 'lower' : 'raise',
      }),
  },
  priorityRule(`^(.+?)\\s+(?:is|are)\\s+(?:an?\\s+)?(${PRIORITIES})(?:[- ]priority)?$`),
  { pattern: /^(.+?)\s+can\s+wait$/i, read: (m) => one({ kind: 'priority', target: m[1], priority: 'low' }) },
  statusRule(`^(.+?)\\s+(?:is|are)\\s+(?:now\\s+)?(${STATUSES})$`),
  statusRule('^(?:start|begin|work on)\\s+(.+)$', 'in_progress'),
  statusRule('^(?:finish|complete|close)\\s+(.+)$', 'done'),
  statusRule('^cancel\\s+(.+)$', 'cancelled'),
  statusRule('^reopen\\s+(.+)$', 'todo'),
  statusRule('^block\\s+(.+)$', 'blocked'),
];
