import { ProblemException } from '@slipway/platform';
import { etagOf, ifMatchVersions, matchesIfNoneMatch } from './etag';

function preconditionFailure(header: string): ProblemException {
  try {
    ifMatchVersions(header);
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error(`If-Match ${header} was accepted`);
}

describe('etagOf', () => {
  it('is the version as a strong quoted tag', () => {
    expect(etagOf(3)).toBe('"3"');
    expect(etagOf(12345)).toBe('"12345"');
  });
});

describe('ifMatchVersions', () => {
  it('sets no precondition when the header is absent', () => {
    expect(ifMatchVersions(undefined)).toBeUndefined();
  });

  it('sets no precondition for *', () => {
    expect(ifMatchVersions('*')).toBeUndefined();
    expect(ifMatchVersions(' * ')).toBeUndefined();
  });

  it('reads a strong tag', () => {
    expect(ifMatchVersions('"3"')).toEqual([3]);
  });

  it('reads a weak tag as its version', () => {
    expect(ifMatchVersions('W/"3"')).toEqual([3]);
  });

  it('reads a list of tags, weak and strong, with spaces', () => {
    expect(ifMatchVersions('"1", W/"2" ,"17"')).toEqual([1, 2, 17]);
  });

  it('reads back what etagOf produced', () => {
    expect(ifMatchVersions(etagOf(42))).toEqual([42]);
  });

  it.each([
    ['an unquoted version', '3'],
    ['a non-numeric tag', '"abc"'],
    ['a negative version', '"-1"'],
    ['an empty header', ''],
    ['an empty tag', '""'],
    ['a lower-case weak prefix', 'w/"3"'],
    ['a list with one bad tag', '"1", nope'],
    ['a trailing comma', '"1",'],
    ['* inside a list', '"1", *'],
    ['an absurdly large version', '"12345678901"'],
    ['garbage', 'DROP TABLE projects'],
  ])('answers 412 precondition_failed for %s', (_case, header) => {
    const problem = preconditionFailure(header);
    expect(problem.code).toBe('precondition_failed');
    expect(problem.status).toBe(412);
  });
});

describe('matchesIfNoneMatch', () => {
  it('does not match when the header is absent', () => {
    expect(matchesIfNoneMatch(undefined, 3)).toBe(false);
  });

  it('matches * whatever the version', () => {
    expect(matchesIfNoneMatch('*', 1)).toBe(true);
    expect(matchesIfNoneMatch(' * ', 99)).toBe(true);
  });

  it('matches the current version, strong or weak', () => {
    expect(matchesIfNoneMatch('"3"', 3)).toBe(true);
    expect(matchesIfNoneMatch('W/"3"', 3)).toBe(true);
  });

  it('does not match another version', () => {
    expect(matchesIfNoneMatch('"3"', 4)).toBe(false);
    expect(matchesIfNoneMatch('"33"', 3)).toBe(false);
    expect(matchesIfNoneMatch('W/"2"', 3)).toBe(false);
  });

  it('matches when any tag of a list is current', () => {
    expect(matchesIfNoneMatch('"1", W/"2", "3"', 3)).toBe(true);
    expect(matchesIfNoneMatch('"1","2"', 2)).toBe(true);
    expect(matchesIfNoneMatch('"1", "2"', 3)).toBe(false);
  });

  it('does not match an unquoted version or garbage', () => {
    expect(matchesIfNoneMatch('3', 3)).toBe(false);
    expect(matchesIfNoneMatch('garbage', 3)).toBe(false);
    expect(matchesIfNoneMatch('', 3)).toBe(false);
  });
});
