/**
 * Hygiene of everything a run wrote, required or not: a measure in [0, 1] and the issues behind it.
 *
 * Each file collects a penalty:
 *   - empty (no bytes, or only whitespace)                                      1 (nothing else is checked)
 *   - code that does not parse (.py .ts .tsx .js .jsx .mjs .cjs .json .yaml .yml .csv)  0.8
 *   - broken Markdown (.md): an unclosed code fence 0.5, each heading-level jump 0.1, each empty section 0.1;
 *     at most 0.5 together
 *   - unresolved TODO / FIXME / XXX markers: 0.05 each, at most 0.25 per file
 * A file's penalty is the sum, capped at 1, and
 *   score = 1 − (Σ file penalties) / files_checked, rounded to 3 decimals; 1 when there are no files.
 * One empty file among ten costs 0.1; one TODO among ten files costs 0.005.
 */
import type { HygieneIssueKind } from '@slipway/contracts/runs';
import { artifactTypeOfName } from '../profiles/artifact-name';
import { decodeText, isBlank, syntaxProblem, type ArtifactFile } from './artifact-syntax';
import { outlineMarkdown } from './markdown-outline';

export type { HygieneIssueKind };

export interface HygieneIssue {
  readonly file: string;
  readonly kind: HygieneIssueKind;
  readonly detail: string;
}

export interface HygieneReport {
  readonly score: number;
  readonly files_checked: number;
  /** By file name, then in the order of the checks above. */
  readonly issues: readonly HygieneIssue[];
}

export const HYGIENE_PENALTY = {
  empty_file: 1,
  parse_error: 0.8,
  unclosed_fence: 0.5,
  heading_jump: 0.1,
  empty_section: 0.1,
  broken_markdown_cap: 0.5,
  marker: 0.05,
  marker_cap: 0.25,
} as const;

const PARSED_TYPES = new Set(['json', 'yaml', 'python', 'typescript', 'javascript', 'csv']);
const MARKER = /\b(TODO|FIXME|XXX)\b/g;

/** `files` are a run's artifacts (callers leave out internal files), named as they should be reported. */
export function hygieneScore(files: readonly ArtifactFile[]): HygieneReport {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const judged = sorted.map(judgeFile);
  const penalty = judged.reduce((sum, file) => sum + file.penalty, 0);
  const score = files.length === 0 ? 1 : Math.round((1 - penalty / files.length) * 1000) / 1000;
  return { score, files_checked: files.length, issues: judged.flatMap((file) => file.issues) };
}

function judgeFile({ name, content }: ArtifactFile): { penalty: number; issues: HygieneIssue[] } {
  if (isBlank(content)) {
    return {
      penalty: HYGIENE_PENALTY.empty_file,
      issues: [{ file: name, kind: 'empty_file', detail: 'is empty' }],
    };
  }
  const text = decodeText(content);
  const type = artifactTypeOfName(name);
  const parse = type !== undefined && PARSED_TYPES.has(type) ? syntaxProblem(type, name, content) : undefined;
  const markdown = type === 'markdown' && text !== undefined ? markdownIssues(text) : [];
  const markers = text === undefined ? undefined : markerSummary(text);
  const penalty =
    (parse === undefined ? 0 : HYGIENE_PENALTY.parse_error) +
    Math.min(
      HYGIENE_PENALTY.broken_markdown_cap,
      markdown.reduce((sum, issue) => sum + issue.penalty, 0),
    ) +
    Math.min(HYGIENE_PENALTY.marker_cap, (markers?.count ?? 0) * HYGIENE_PENALTY.marker);
  const issues: HygieneIssue[] = [
    ...(parse === undefined ? [] : [{ file: name, kind: 'parse_error' as const, detail: parse }]),
    ...markdown.map(({ detail }) => ({ file: name, kind: 'broken_markdown' as const, detail })),
    ...(markers === undefined
      ? []
      : [{ file: name, kind: 'unresolved_marker' as const, detail: markers.detail }]),
  ];
  return { penalty: Math.min(1, penalty), issues };
}

function markdownIssues(text: string): { penalty: number; detail: string }[] {
  const outline = outlineMarkdown(text);
  return [
    ...(outline.unclosedFenceLine === undefined
      ? []
      : [
          {
            penalty: HYGIENE_PENALTY.unclosed_fence,
            detail: `code fence opened on line ${outline.unclosedFenceLine} is never closed`,
          },
        ]),
    ...outline.levelJumps.map(({ heading, previousLevel }) => ({
      penalty: HYGIENE_PENALTY.heading_jump,
      detail: `heading "${heading.text}" on line ${heading.line} jumps from level ${previousLevel} to ${heading.level}`,
    })),
    ...outline.emptySections.map((heading) => ({
      penalty: HYGIENE_PENALTY.empty_section,
      detail: `section "${heading.text}" on line ${heading.line} is empty`,
    })),
  ];
}

/** Every marker counts, in code and prose alike; undefined when there are none. */
function markerSummary(text: string): { count: number; detail: string } | undefined {
  const found = [...text.matchAll(MARKER)];
  if (found.length === 0) return undefined;
  const perMarker = new Map<string, number>();
  for (const [marker] of found) perMarker.set(marker, (perMarker.get(marker) ?? 0) + 1);
  const firstLine = text.slice(0, found[0].index).split('\n').length;
  const counts = [...perMarker].map(([marker, count]) => `${marker} ×${count}`).join(', ');
  const noun = found.length === 1 ? 'marker' : 'markers';
  return {
    count: found.length,
    detail: `${found.length} unresolved ${noun} (${counts}), first on line ${firstLine}`,
  };
}
