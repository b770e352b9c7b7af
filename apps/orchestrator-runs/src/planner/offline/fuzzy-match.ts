/** Finding the task a person named: exact title, then case-insensitive, then substring, then shared words. */
import { isFiller, stem, unquote, words } from './text';

export type TitleMatch<T> =
  { kind: 'found'; item: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'missing' };

/** Lower case, punctuation as spaces, single spaces. */
const loose = (text: string): string => words(text).join(' ');

/** "the Payments feature" → "Payments". */
function bare(query: string): string {
  return unquote(query)
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:task|tasks|subtask|feature|group|phase|step|item)$/i, '')
    .trim();
}

const meaningfulStems = (text: string): Set<string> =>
  new Set(
    words(text)
      .filter((word) => !isFiller(word))
      .map(stem),
  );

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((value) => b.has(value)).length;
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : shared / union;
}

function decide<T>(candidates: T[]): TitleMatch<T> | null {
  if (candidates.length === 1) return { kind: 'found', item: candidates[0] };
  if (candidates.length > 1) return { kind: 'ambiguous', candidates };
  return null;
}

/** Among several, the one whose meaningful words are the query's own ("payment": "Payments"); else all. */
function closest<T extends { title: string }>(candidates: T[], query: string): T[] {
  if (candidates.length < 2) return candidates;
  const wanted = meaningfulStems(query);
  const same = candidates.filter((item) => jaccard(wanted, meaningfulStems(item.title)) === 1);
  return same.length === 1 ? same : candidates;
}

const sharedCount = (wanted: ReadonlySet<string>, title: string): number => {
  const stems = meaningfulStems(title);
  return [...wanted].filter((value) => stems.has(value)).length;
};

/**
 * The one item whose title the query names. Stages, first decisive one wins: the exact title; the
 * same words ignoring case and punctuation; titles holding the query (its words in a row, or every
 * meaningful word stemmed), the closest by shared words; titles sharing at least half of the query's
 * meaningful words, those sharing most. Several equally good candidates are ambiguous: the caller
 * says so instead of choosing.
 */
export function findByTitle<T extends { title: string }>(items: readonly T[], query: string): TitleMatch<T> {
  const raw = query.trim();
  const exact = decide(items.filter((item) => item.title.trim() === raw));
  if (exact !== null) return exact;
  for (const wanted of [loose(raw), loose(bare(raw))]) {
    if (wanted === '') continue;
    const same = decide(items.filter((item) => loose(item.title) === wanted));
    if (same !== null) return same;
  }
  const inside = loose(bare(raw));
  const wanted = meaningfulStems(bare(raw));
  const holding = items.filter(
    (item) =>
      (inside.length >= 3 && ` ${loose(item.title)} `.includes(` ${inside} `)) ||
      (wanted.size > 0 && sharedCount(wanted, item.title) === wanted.size),
  );
  const held = decide(closest(holding, raw));
  if (held !== null) return held;
  if (wanted.size === 0) return { kind: 'missing' };
  const ranked = items
    .map((item) => ({ item, shared: sharedCount(wanted, item.title) }))
    .filter((entry) => entry.shared > 0 && entry.shared / wanted.size >= 0.5);
  const most = Math.max(0, ...ranked.map((entry) => entry.shared));
  const top = ranked.filter((entry) => entry.shared === most).map((entry) => entry.item);
  return decide(closest(top, raw)) ?? { kind: 'missing' };
}

/** Titles as a warning lists them. */
export const listTitles = (items: readonly { title: string }[]): string =>
  items
    .slice(0, 8)
    .map((item) => `"${item.title}"`)
    .join(', ') + (items.length > 8 ? ` and ${items.length - 8} more` : '');
