/** Words of free text as the offline planner compares them: lower case, light stemming, filler words. */
import { MAX_PATCH_TITLE, Priority } from '@slipway/contracts';

/**
 * A light English stemmer, applied alike to the text and to the catalogue's keywords, so that
 * "payments", "payment" and "paying" meet: plural endings, -ing and -ed, a final e.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ches|shes|xes|zes|sses)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Lower-case words (letters and digits); "in order to" is not about orders. */
export function words(text: string): string[] {
  const cleaned = text.toLowerCase().replace(/\bin order (?:to|for|that)\b/g, ' ');
  return cleaned.match(/[a-z0-9]+/g) ?? [];
}

/** Two titles with the same words, whatever their case and punctuation. */
export const sameTitle = (a: string, b: string): boolean => words(a).join(' ') === words(b).join(' ');

/** Words that say nothing about what to build. */
const FILLER = new Set(
  (
    'a an the and or but of to for in on at by with from into as is are was be been being it its ' +
    'this that these those there here so also too very really just some any all each every our my ' +
    'your their his her we i you they us me them users user people customers customer someone app ' +
    'application system platform site tool service product project must should could would will ' +
    'can may might need needs needed want wants like have has had able please build create make ' +
    'develop add support implement provide offer allow let enable include get use using maybe ' +
    'probably perhaps nice optional optionally later eventually required require requires ' +
    'critical essential important mandatory etc feature features thing things way new well do ' +
    'does done then than if when while where which who what how'
  ).split(' '),
);

export const isFiller = (word: string): boolean => FILLER.has(word.toLowerCase());

/** The words of a text that carry meaning. */
export const contentWords = (text: string): string[] => words(text).filter((word) => !isFiller(word));

/** MoSCoW wording, strongest first. */
const CRITICAL = /\b(?:critical|urgent|blocker|top priority)\b/;
const MUST = /\b(?:must|needs?|needed|required?|requires|essential|mandatory|have to|has to|high priority)\b/;
const SHOULD = /\bshould\b/;
const COULD = /\b(?:could|nice[- ]to[- ]have|maybe|optional(?:ly)?|perhaps|eventually|low priority)\b/;

/** MoSCoW wording: the strongest marker found, or null when the text has none. */
export function priorityOf(text: string): Priority | null {
  const lower = text.toLowerCase();
  if (CRITICAL.test(lower)) return Priority.critical;
  if (MUST.test(lower)) return Priority.high;
  if (SHOULD.test(lower)) return Priority.medium;
  if (COULD.test(lower)) return Priority.low;
  return null;
}

const PRIORITY_RANK: Record<Priority, number> = { low: 0, medium: 1, high: 2, critical: 3 };
export const priorityRank = (priority: Priority): number => PRIORITY_RANK[priority];
export const PRIORITIES_ASCENDING: readonly Priority[] = ['low', 'medium', 'high', 'critical'];

/** Cut to `max` characters at a word boundary where one is near. */
export function cut(text: string, max: number = MAX_PATCH_TITLE): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max);
  const space = head.lastIndexOf(' ');
  return (space > max * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:.-]+$/, '');
}

/** Trimmed and cut to `max` characters, its line breaks kept: for descriptions. */
export const clip = (text: string, max: number): string => text.trim().slice(0, max).trimEnd();

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const SMALL_WORDS = new Set('a an and as at by for from in of on or the to with'.split(' '));

/** Title Case, keeping words that already hold a capital (API, iOS) as written. */
export function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, index) => {
      if (/[A-Z]/.test(word)) return word;
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      return capitalize(word);
    })
    .join(' ');
}

/** Quotes and end punctuation around a name the user typed. */
export function unquote(text: string): string {
  return text
    .trim()
    .replace(/[.!?;,]+$/, '')
    .replace(/^["'`“‘«]+|["'`”’»]+$/g, '')
    .trim();
}

/**
 * What a clause names, without the framing around it: "We must let users upload photos" →
 * "upload photos". Null when nothing is left.
 */
export function clauseName(text: string): string | null {
  const tokens = unquote(text)
    .replace(/\bnice[- ]to[- ]have\b|\bif (?:possible|time allows)\b|\bas well\b/gi, ' ')
    .split(/\s+/)
    .filter((token) => token !== '');
  const bare = (token: string) => token.toLowerCase().replace(/[^a-z0-9]/g, '');
  let start = 0;
  while (start < tokens.length && isFiller(bare(tokens[start]))) start += 1;
  let end = tokens.length;
  while (end > start && isFiller(bare(tokens[end - 1]))) end -= 1;
  const name = tokens
    .slice(start, end)
    .join(' ')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9)]+$/g, '');
  return contentWords(name).length > 0 ? name : null;
}

/** A short slug for payload.feature of a feature named by the user. */
export const slug = (text: string): string =>
  words(text)
    .filter((word) => !isFiller(word))
    .slice(0, 5)
    .join('-');
