import { DEFAULT_PAGE_SIZE } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';

const encode = (offset: number): string => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');

function decode(cursor: string): number {
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof o === 'number' && Number.isSafeInteger(o) && o >= 0) return o;
  } catch {
    // falls through to the refusal
  }
  throw ProblemException.validation([{ field: 'cursor', message: 'cursor is not one this list answered' }]);
}

/**
 * One page of a list computed in full (prices selected by period, plans filtered by derived status),
 * in the `{items, next_cursor}` envelope; the cursor is opaque to the caller.
 */
export function pageOf<T>(
  items: readonly T[],
  query: { limit?: number; cursor?: string },
): {
  items: T[];
  next_cursor: string | null;
} {
  const offset = query.cursor === undefined ? 0 : decode(query.cursor);
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const next = offset + limit;
  return { items: items.slice(offset, next), next_cursor: next < items.length ? encode(next) : null };
}
