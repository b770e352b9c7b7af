import type { SortKey } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';

interface CursorBody {
  s: string;
  v: unknown[];
}

const signature = (sort: SortKey[]): string =>
  sort.map((k) => `${k.descending ? '-' : ''}${k.field}`).join(',');

/** An opaque keyset cursor: the sort it belongs to and the last row's sort values (its id last). */
export function encodeCursor(sort: SortKey[], values: unknown[]): string {
  const body: CursorBody = {
    s: signature(sort),
    v: values.map((v) => (v instanceof Date ? v.toISOString() : v)),
  };
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

export function decodeCursor(cursor: string, sort: SortKey[]): unknown[] {
  const invalid = () =>
    ProblemException.validation([
      { field: 'cursor', message: 'cursor is not one this list issued for this sort' },
    ]);
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    !('s' in body) ||
    !('v' in body) ||
    body.s !== signature(sort) ||
    !Array.isArray(body.v) ||
    body.v.length !== sort.length + 1 ||
    !body.v.every(
      (v) =>
        (typeof v === 'string' && !v.includes('\u0000')) || typeof v === 'number' || typeof v === 'boolean',
    )
  ) {
    throw invalid();
  }
  return body.v;
}
