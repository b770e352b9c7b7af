/** Longer than any path of the console; a longer value is not a place to come back to. */
const MAX_LENGTH = 2048;
/** Browsers drop tabs and newlines from URLs and read `\` as `/`, which turns `/\t/x` or `/\x` into `//x`. */
const smuggles = (value: string): boolean =>
  [...value].some((character) => character === '\\' || character <= '\u001f' || character === '\u007f');

/**
 * Where a login may send the browser once it is done: a path of the gateway's own origin (with its
 * query), resolved against PUBLIC_URL. Anything else — another origin, a protocol-relative `//host`,
 * an absolute URL, a non-string — is undefined, and the login ends at `/`.
 */
export function returnPathOf(value: unknown, publicUrl: string): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_LENGTH || !value.startsWith('/')) return undefined;
  if (value.startsWith('//') || smuggles(value)) return undefined;
  const origin = new URL(publicUrl).origin;
  const target = new URL(value, origin);
  // Dot segments can resolve to `//host` (`/.//evil.example`): judge the path they resolve to.
  if (target.origin !== origin || target.pathname.startsWith('//')) return undefined;
  return `${target.pathname}${target.search}${target.hash}`;
}
