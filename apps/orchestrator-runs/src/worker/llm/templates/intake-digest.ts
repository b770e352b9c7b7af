import type { ArtifactRequest } from '../artifact-request';

/** What the offline generators know of a request: its statements and keywords, in intake order. */
export interface IntakeDigest {
  request: ArtifactRequest;
  /** The project's name, else the artifact's name in words. */
  title: string;
  /** The artifact's name without extension, lower-cased: `prd`, `data_pipeline`, `readme`. */
  stem: string;
  phase: string;
  /** The first statement, or the artifact's description: what the project is about. */
  subject: string;
  /** Sentences and list items of the intake, numbered FR-1… by the generators. At least one. */
  statements: string[];
  /** The intake's most frequent content words, most frequent first. */
  keywords: string[];
}

const MAX_STATEMENTS = 8;
const MAX_KEYWORDS = 6;
const STOPWORDS = new Set(
  (
    'able about above after again allow allows also based because been before being below between ' +
    'both build built could does doing down during each every from further have having here include ' +
    'includes including into itself just like made make makes many more most much must need needs ' +
    'only other over provide provides same should some such support supports than that their them ' +
    'then there these they this those through under until user users using very want wants well ' +
    'were what when where which while will with within without would your'
  ).split(' '),
);

/** Keeps generated files free of work-item markers, whatever the intake says. */
const neutralize = (text: string) => text.replace(/\bTODO\b/gi, 'to-do').replace(/\bFIXME\b/gi, 'fix');

export const words = (text: string): string[] => text.toLowerCase().match(/[a-z][a-z0-9]+/g) ?? [];

export function humanize(text: string): string {
  const spaced = text
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function identifier(text: string, style: 'snake' | 'camel' | 'pascal'): string {
  const parts = words(text);
  const safe = parts.length === 0 ? ['item'] : parts;
  const joined =
    style === 'snake'
      ? safe.join('_')
      : safe.map((part, index) => (index === 0 && style === 'camel' ? part : humanize(part))).join('');
  return /^[0-9]/.test(joined) ? `n${joined}` : joined;
}

function statementsOf(intake: string): string[] {
  const seen = new Set<string>();
  const statements: string[] = [];
  for (const raw of intake.split(/\n+|(?<=[.!?])\s+/)) {
    const text = neutralize(raw)
      .replace(/^\s*(?:#+|[-*+•]|\d+[.)])\s*/, '')
      .replace(/\s+/g, ' ')
      .replace(/[.;:,\s]+$/, '')
      .trim();
    if (text.split(' ').length < 2 || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    statements.push(text.charAt(0).toUpperCase() + text.slice(1));
    if (statements.length === MAX_STATEMENTS) break;
  }
  return statements;
}

function keywordsOf(intake: string): string[] {
  const counts = new Map<string, number>();
  for (const word of words(neutralize(intake))) {
    if (word.length < 4 || STOPWORDS.has(word) || /^\d/.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // Map iteration keeps first-seen order, so ties are broken by position in the intake.
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  // A word that extends a better-ranked one (`forecasts`, `forecasting` after `forecast`) adds nothing.
  const keywords: string[] = [];
  for (const word of ranked) {
    if (!keywords.some((kept) => word.startsWith(kept) || kept.startsWith(word))) keywords.push(word);
  }
  return keywords.slice(0, MAX_KEYWORDS);
}

export function digestRequest(request: ArtifactRequest): IntakeDigest {
  const stem = request.name
    .replace(/^.*\//, '')
    .replace(/\.[^.]+$/, '')
    .toLowerCase();
  const title = neutralize(request.projectName ?? humanize(stem));
  const fromIntake = statementsOf(request.intake);
  const description = request.description ? neutralize(request.description) : undefined;
  const statements =
    fromIntake.length > 0 ? fromIntake : [description ?? `Deliver ${request.name} for ${title}`];
  return {
    request,
    title,
    stem,
    phase: request.phase ?? 'delivery',
    subject: statements[0],
    statements,
    keywords: keywordsOf(`${request.intake}\n${description ?? ''}`),
  };
}

/** The statement's content words that are among the digest's keywords. */
export const keywordsIn = (statement: string, digest: IntakeDigest): string[] => {
  const own = new Set(words(statement));
  return digest.keywords.filter((keyword) => own.has(keyword));
};
