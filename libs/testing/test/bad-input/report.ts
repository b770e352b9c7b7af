import type { Case } from './cases';
import type { Outcome } from './send';

/** One line per route and problem, with the cases that showed it. */
export function summarize(failures: Outcome[]): string[] {
  const groups = new Map<string, Outcome[]>();
  for (const failure of failures) {
    for (const problem of failure.problems) {
      const key = `${failure.case.service} ${failure.case.method} ${failure.case.route}: ${problem}`;
      groups.set(key, [...(groups.get(key) ?? []), failure]);
    }
  }
  return [...groups.entries()].map(
    ([key, items]) =>
      `${key} ×${items.length} (${items
        .slice(0, 8)
        .map((o) => o.case.label)
        .join('; ')}) ${items[0].snippet.slice(0, 160).replace(/\s+/g, ' ')}`,
  );
}

/** How many cases of each kind (`path`, `query`, `body`…) were sent. */
export function kinds(cases: Case[]): string {
  const counts = new Map<string, number>();
  for (const item of cases) {
    const kind = item.anonymous ? 'anonymous' : (/^(\S+?)[.:\s[]/.exec(item.label)?.[1] ?? item.label);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts.entries()].map(([kind, count]) => `${kind}×${count}`).join(' ');
}

/** How many answers had each status (0: none in time). */
export function statuses(outcomes: Outcome[]): string {
  const counts = new Map<number, number>();
  for (const outcome of outcomes) counts.set(outcome.status, (counts.get(outcome.status) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
}

/** The distinct errors the spawned services logged as unhandled. */
export function unhandled(output: string): string[] {
  const messages = new Set<string>();
  for (const line of output.split('\n')) {
    if (!line.includes('unhandled error')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    const err = typeof parsed === 'object' && parsed !== null && 'err' in parsed ? parsed.err : undefined;
    const message = typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : line;
    messages.add(`logged: ${message.slice(0, 300)}`);
  }
  return [...messages];
}
