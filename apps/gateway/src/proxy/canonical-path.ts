import { ProblemException } from '@slipway/platform';

/** Characters RFC 3986 never needs encoded: their percent-encoding is only a disguise. */
const ENCODED_UNRESERVED = /%(2[dDeE]|3\d|4[1-9a-fA-F]|5[0-9aA]|5[fF]|6[1-9a-fA-F]|7[0-9aAeE])/;

const refuse = (why: string): never => {
  throw new ProblemException('bad_request', `The path is not in canonical form: ${why}`);
};

/**
 * Refuses a path that a service's router would read as another path than the gateway routed,
 * scoped and limited: backslashes (read as `/`), dot or empty segments, percent-encoded
 * characters that need no encoding (`%75sers` is `users`), a trailing slash. Such a path has a
 * plain spelling; a client sends that one.
 */
export function assertCanonicalPath(url: string): void {
  const path = url.split('?')[0];
  if (path.includes('\\') || /%5c/i.test(path)) refuse('a backslash');
  if (ENCODED_UNRESERVED.test(path)) refuse('a percent-encoded letter, digit or one of - . _ ~');
  if (path.length > 1 && path.endsWith('/')) refuse('a trailing slash');
  const segments = path.split('/').slice(1);
  if (segments.some((segment) => segment === '')) refuse('an empty segment');
  if (segments.some((segment) => segment === '.' || segment === '..')) refuse('a dot segment');
}
