import { ProblemException } from '@slipway/platform';

export const etagOf = (version: number): string => `"${version}"`;

/**
 * The versions an If-Match header accepts: undefined when absent or `*` (no precondition),
 * otherwise the listed versions; an unparseable tag can never match, so it answers 412.
 */
export function ifMatchVersions(header: string | undefined): number[] | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const versions = header.split(',').map((tag) => /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(tag)?.[1]);
  if (versions.some((v) => v === undefined)) {
    throw new ProblemException(
      'precondition_failed',
      'If-Match must list ETags as returned by GET, e.g. "3"',
    );
  }
  return versions.map(Number);
}

export function matchesIfNoneMatch(header: string | undefined, version: number): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etagOf(version));
}
