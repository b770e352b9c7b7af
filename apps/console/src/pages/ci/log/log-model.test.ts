import { describe, expect, it } from 'vitest';
import { markMatches, parseAnsi, stripAnsi } from './ansi';
import {
  compareIds,
  isAtBottom,
  lineOfHash,
  LogModel,
  stepAt,
  stepMatch,
  visibleRows,
  type LogEntry,
} from './log-model';

const line = (id: number, text: string, step?: string): LogEntry => ({
  id: `1000-${id}`,
  type: 'line',
  line: { stream: 'stdout', step, text, at: '2026-01-01T00:00:00Z' },
});

/** A log of `count` entries: `step a` for the first half, `step b` for the rest. */
const entries = (count: number, from = 0): LogEntry[] =>
  Array.from({ length: count }, (_, i) =>
    line(from + i, `line ${from + i + 1}`, from + i < count / 2 ? 'a' : 'b'),
  );

describe('ANSI', () => {
  it('turns colour codes into styled segments and never keeps the escapes in the text', () => {
    const segments = parseAnsi('\u001b[1;31mfailed\u001b[0m in \u001b[38;2;10;20;30mstep\u001b[0m');
    expect(segments).toEqual([
      { text: 'failed', color: 'rgb(187, 0, 0)', className: 'ansi-bold' },
      { text: ' in ' },
      { text: 'step', color: 'rgb(10, 20, 30)' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('failed in step');
  });

  it('keeps markup as text: a log line is never HTML', () => {
    expect(parseAnsi('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>' }]);
    expect(parseAnsi('\u001b[32m<b>ok</b>\u001b[0m')[0].text).toBe('<b>ok</b>');
  });

  it('strips colour, cursor and title sequences for search and copy', () => {
    expect(stripAnsi('\u001b[1;31mred\u001b[0m \u001b[2Kdone\u001b]0;title\u0007!')).toBe('red done!');
    expect(stripAnsi('plain')).toBe('plain');
  });

  it('marks every match of a query inside the styled segments, case-insensitively', () => {
    const marked = markMatches([{ text: 'Error: error', color: 'red' }], 'error');
    expect(marked).toEqual([
      { text: 'Error', color: 'red', match: true },
      { text: ': ', color: 'red' },
      { text: 'error', color: 'red', match: true },
    ]);
  });
});

describe('LogModel', () => {
  it('numbers a tail by its place in the whole log and prepends earlier pages without gap or duplicate', () => {
    const all = entries(10);
    const model = new LogModel();
    model.setTail(all.slice(6), true, 10);
    expect(model.rows.map((r) => r.n)).toEqual([7, 8, 9, 10]);
    expect(model.prepend(all.slice(3, 7), true)).toBe(3);
    expect(model.prepend(all.slice(0, 3), false)).toBe(3);
    expect(model.rows.map((r) => r.n)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(model.rows.map((r) => r.plain)).toEqual(all.map((e) => (e.type === 'line' ? e.line.text : '')));
    expect(model.moreBefore).toBe(false);
  });

  it('appends live entries once, dropping what a resumed stream sends again, and learns the end', () => {
    const model = new LogModel();
    model.setTail(entries(3), false, 3);
    expect(model.append([line(1, 'again'), line(2, 'again'), line(3, 'new')])).toBe(1);
    model.append([
      { id: '1000-4', type: 'status', status: 'running' },
      { id: '1001-0', type: 'end', status: 'success' },
    ]);
    expect(model.rows.map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(model.status).toBe('running');
    expect(model.ended).toBe('success');
    expect(model.rows[5].text).toBe('● finished: success');
  });

  it('searches every held line, not only those on screen, over the text without colours', () => {
    const model = new LogModel();
    model.setTail(
      [...entries(100_000), line(100_000, '\u001b[31mNEEDLE\u001b[0m at the end')],
      false,
      100_001,
    );
    const folded = new Set(['a', 'b']);
    expect(visibleRows(model, folded).length).toBe(3);
    expect(model.search('needle')).toEqual([100_000]);
    expect(model.search('line 5000').slice(0, 2)).toEqual([4999, 49_999]);
    expect(model.search('')).toEqual([]);
    expect(model.search('\u001b[31m')).toEqual([]);
  });

  it('folds a step to its header row and finds the step of any row', () => {
    const model = new LogModel();
    model.setTail([line(0, 'setup'), ...entries(6, 1), line(99, 'summary')], false, 8);
    expect(model.steps().map((s) => [s.name, s.start, s.end])).toEqual([
      ['a', 1, 3],
      ['b', 3, 7],
    ]);
    expect(visibleRows(model, new Set())).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(visibleRows(model, new Set(['b']))).toEqual([0, 1, 2, 3, 7]);
    expect(stepAt(model, 5)?.name).toBe('b');
    expect(stepAt(model, 0)).toBeUndefined();
  });

  it('finds a linked line among the held rows only', () => {
    const model = new LogModel();
    model.setTail(entries(5, 5), true, 10);
    expect(model.indexOf(6)).toBe(0);
    expect(model.indexOf(10)).toBe(4);
    expect(model.indexOf(5)).toBe(-1);
    expect(model.indexOf(11)).toBe(-1);
  });
});

describe('line links, search steps and follow mode', () => {
  it('reads #L<n> hashes and nothing else', () => {
    expect(lineOfHash('#L123')).toBe(123);
    expect(lineOfHash('L7')).toBe(7);
    expect(lineOfHash('#L')).toBeUndefined();
    expect(lineOfHash('#L12a')).toBeUndefined();
    expect(lineOfHash('#top')).toBeUndefined();
  });

  it('steps through matches both ways, wrapping around', () => {
    expect(stepMatch(0, -1, 1)).toBe(-1);
    expect(stepMatch(3, -1, 1)).toBe(0);
    expect(stepMatch(3, -1, -1)).toBe(2);
    expect(stepMatch(3, 2, 1)).toBe(0);
    expect(stepMatch(3, 0, -1)).toBe(2);
  });

  it('follows at the bottom, stops once scrolled up, resumes back at the bottom', () => {
    const view = { scrollHeight: 10_000, clientHeight: 500 };
    expect(isAtBottom({ ...view, scrollTop: 9_500 })).toBe(true);
    expect(isAtBottom({ ...view, scrollTop: 9_490 })).toBe(true);
    expect(isAtBottom({ ...view, scrollTop: 9_000 })).toBe(false);
    expect(isAtBottom({ scrollHeight: 300, clientHeight: 500, scrollTop: 0 })).toBe(true);
  });

  it('orders entry ids by time, then sequence', () => {
    expect(compareIds('1000-2', '1000-10')).toBeLessThan(0);
    expect(compareIds('1001-0', '1000-99')).toBeGreaterThan(0);
    expect(compareIds('5-5', '5-5')).toBe(0);
  });
});
