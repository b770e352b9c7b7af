import { stripAnsi } from './ansi';

/** A log line as ci-jobs sends it (the data of an SSE event, a `line` of a log page). */
export interface LogLineData {
  stream: 'stdout' | 'stderr' | 'system';
  step?: string;
  text: string;
  at: string;
}

/** One entry of a job's log, as GET /jobs/{id}/log-lines answers and the SSE stream sends. */
export type LogEntry =
  { id: string; type: 'line'; line: LogLineData } | { id: string; type: 'status' | 'end'; status: string };

/**
 * A row of the viewer. Every entry of the log is one, status changes too, numbered by its place
 * in the log (1 = the first entry): a `#L<n>` link names the same row however much was loaded.
 */
export interface Row {
  n: number;
  id: string;
  kind: 'line' | 'status' | 'end';
  stream: LogLineData['stream'];
  step?: string;
  text: string;
  /** The text without escape sequences, searched and copied. */
  plain: string;
}

/** A step's rows, a contiguous range: [start, end) indexes of `rows`. */
export interface StepGroup {
  name: string;
  start: number;
  end: number;
}

/** Orders stream entry ids (`<ms>-<seq>`). */
export function compareIds(a: string, b: string): number {
  const [am, as = 0] = a.split('-').map(Number);
  const [bm, bs = 0] = b.split('-').map(Number);
  return am === bm ? as - bs : am - bm;
}

function rowOf(entry: LogEntry, n: number): Row {
  if (entry.type === 'line') {
    const { stream, step, text } = entry.line;
    return { n, id: entry.id, kind: 'line', stream, step, text, plain: stripAnsi(text) };
  }
  const text = entry.type === 'end' ? `● finished: ${entry.status}` : `● ${entry.status}`;
  return { n, id: entry.id, kind: entry.type, stream: 'system', text, plain: text };
}

/**
 * What the viewer knows of a job's log: a contiguous run of its rows, read from the tail first,
 * earlier pages prepended and live entries appended. An entry already held is never added again,
 * so a replayed page or a resumed stream shows nothing twice.
 */
export class LogModel {
  rows: Row[] = [];
  /** Whether the log has rows before the first held one. */
  moreBefore = false;
  /** The final status once the end entry is held. */
  ended: string | undefined;
  /** The latest status entry seen (running, …). */
  status: string | undefined;
  private groups: StepGroup[] | undefined;

  get firstId(): string | undefined {
    return this.rows[0]?.id;
  }

  get lastId(): string | undefined {
    return this.rows[this.rows.length - 1]?.id;
  }

  /** The tail: the page's entries end the log, which then held `total` entries. */
  setTail(entries: LogEntry[], moreBefore: boolean, total: number): void {
    const first = total - entries.length + 1;
    this.rows = [];
    this.ended = undefined;
    this.moreBefore = moreBefore;
    this.groups = undefined;
    entries.forEach((entry, i) => this.take(entry, first + i));
  }

  /** Entries that came after the held ones (live). Answers how many rows were added. */
  append(entries: LogEntry[]): number {
    let added = 0;
    for (const entry of entries) {
      const last = this.lastId;
      if (last !== undefined && compareIds(entry.id, last) <= 0) continue;
      this.take(entry, (this.rows[this.rows.length - 1]?.n ?? 0) + 1);
      added++;
    }
    if (added) this.groups = undefined;
    return added;
  }

  /** A page of entries just before the first held one. Answers how many rows were added. */
  prepend(entries: LogEntry[], moreBefore: boolean): number {
    const first = this.firstId;
    const fresh = first === undefined ? entries : entries.filter((e) => compareIds(e.id, first) < 0);
    const start = (this.rows[0]?.n ?? fresh.length + 1) - fresh.length;
    this.rows = [...fresh.map((entry, i) => rowOf(entry, start + i)), ...this.rows];
    this.moreBefore = moreBefore && start > 1;
    this.groups = undefined;
    return fresh.length;
  }

  /** The index in `rows` of line `n`, or -1 when it is not held. */
  indexOf(n: number): number {
    const first = this.rows[0]?.n;
    if (first === undefined || n < first || n >= first + this.rows.length) return -1;
    return n - first;
  }

  /** Indexes of every held row whose text holds `query` (case-insensitive), whatever is on screen. */
  search(query: string): number[] {
    if (!query) return [];
    const needle = query.toLowerCase();
    const found: number[] = [];
    for (let i = 0; i < this.rows.length; i++)
      if (this.rows[i].plain.toLowerCase().includes(needle)) found.push(i);
    return found;
  }

  /** The steps as runs of rows written by the same step (the runner tags each line with its step). */
  steps(): StepGroup[] {
    if (this.groups) return this.groups;
    const groups: StepGroup[] = [];
    let current: StepGroup | undefined;
    this.rows.forEach((row, i) => {
      if (row.step && current?.name === row.step && current.end === i) current.end = i + 1;
      else if (row.step) groups.push((current = { name: row.step, start: i, end: i + 1 }));
    });
    this.groups = groups;
    return groups;
  }

  /** The plain text of every held row, for copying. */
  text(): string {
    return this.rows.map((row) => row.plain).join('\n');
  }

  private take(entry: LogEntry, n: number): void {
    this.rows.push(rowOf(entry, n));
    if (entry.type === 'end') this.ended = entry.status;
    if (entry.type === 'status') this.status = entry.status;
  }
}

/**
 * The rows on screen: every row but those inside a folded step, whose first row (its header)
 * stays to unfold it.
 */
export function visibleRows(model: LogModel, folded: ReadonlySet<string>): number[] {
  const visible: number[] = [];
  const steps = model.steps();
  let next = 0;
  for (const group of steps) {
    for (let i = next; i < group.start; i++) visible.push(i);
    visible.push(group.start);
    if (!folded.has(group.name)) for (let i = group.start + 1; i < group.end; i++) visible.push(i);
    next = group.end;
  }
  for (let i = next; i < model.rows.length; i++) visible.push(i);
  return visible;
}

/** The step whose group holds row `index`, if any. */
export function stepAt(model: LogModel, index: number): StepGroup | undefined {
  return model.steps().find((group) => index >= group.start && index < group.end);
}

/** `#L123` → 123; anything else → undefined. */
export function lineOfHash(hash: string): number | undefined {
  const match = /^#?L(\d{1,9})$/.exec(hash);
  return match ? Number(match[1]) : undefined;
}

export const hashOfLine = (n: number): string => `L${n}`;

/** How close to the bottom (in pixels) still counts as at the bottom. */
export const FOLLOW_SLACK_PX = 24;

/**
 * Follow mode: on while the view is at the bottom. Scrolling up turns it off; scrolling back to
 * the bottom turns it on again.
 */
export function isAtBottom(view: { scrollTop: number; scrollHeight: number; clientHeight: number }): boolean {
  return view.scrollHeight - view.scrollTop - view.clientHeight <= FOLLOW_SLACK_PX;
}

/** The next (or previous) match after `current`, wrapping around; -1 when there are none. */
export function stepMatch(matches: number, current: number, direction: 1 | -1): number {
  if (matches === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : matches - 1;
  return (current + direction + matches) % matches;
}
