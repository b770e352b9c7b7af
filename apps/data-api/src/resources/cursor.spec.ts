import type { SortKey } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { decodeCursor, encodeCursor } from './cursor';

const BY_CREATED: SortKey[] = [{ field: 'created_at', descending: true }];
const BY_NAME_THEN_CREATED: SortKey[] = [
  { field: 'name', descending: false },
  { field: 'created_at', descending: true },
];
const ID = '6f1c2f8e-4f0a-4c39-9d7a-3e2b7a9c1d11';

function rejection(cursor: string, sort: SortKey[]): ProblemException {
  try {
    decodeCursor(cursor, sort);
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('the cursor was accepted');
}

function expectInvalidCursor(cursor: string, sort: SortKey[]): void {
  const problem = rejection(cursor, sort);
  expect(problem.code).toBe('validation_failed');
  expect(problem.status).toBe(422);
  expect(problem.errors).toEqual([{ field: 'cursor', message: expect.stringContaining('cursor') }]);
}

const raw = (body: unknown): string => Buffer.from(JSON.stringify(body)).toString('base64url');

describe('keyset cursor', () => {
  it('round-trips the last row’s values, dates as ISO strings', () => {
    const created = new Date('2024-05-06T07:08:09.123Z');
    const cursor = encodeCursor(BY_CREATED, [created, ID]);
    expect(decodeCursor(cursor, BY_CREATED)).toEqual(['2024-05-06T07:08:09.123Z', ID]);
  });

  it('round-trips several sort keys with strings, numbers and booleans', () => {
    const cursor = encodeCursor(BY_NAME_THEN_CREATED, ['alpha, beta "γ"', 42, ID]);
    expect(decodeCursor(cursor, BY_NAME_THEN_CREATED)).toEqual(['alpha, beta "γ"', 42, ID]);
    const flags: SortKey[] = [{ field: 'is_active', descending: false }];
    expect(decodeCursor(encodeCursor(flags, [false, ID]), flags)).toEqual([false, ID]);
  });

  it('is opaque and URL-safe', () => {
    const cursor = encodeCursor(BY_NAME_THEN_CREATED, ['a/b+c?d=e&f', new Date('2024-01-01T00:00:00Z'), ID]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('created_at');
  });

  it('rejects a cursor issued for another sort', () => {
    const cursor = encodeCursor(BY_CREATED, [new Date('2024-01-01T00:00:00Z'), ID]);
    expectInvalidCursor(cursor, BY_NAME_THEN_CREATED);
    expectInvalidCursor(cursor, [{ field: 'created_at', descending: false }]);
    expectInvalidCursor(cursor, [{ field: 'updated_at', descending: true }]);
  });

  it.each([
    ['garbage', 'not a cursor!!'],
    ['an empty string', ''],
    ['base64 of non-JSON', Buffer.from('hello world').toString('base64url')],
    ['JSON null', raw(null)],
    ['a JSON number', raw(7)],
    ['a JSON array', raw(['-created_at', ['2024-01-01T00:00:00.000Z', ID]])],
    ['an object without values', raw({ s: '-created_at' })],
    ['an object without a sort', raw({ v: ['2024-01-01T00:00:00.000Z', ID] })],
    ['values that are not a list', raw({ s: '-created_at', v: '2024-01-01T00:00:00.000Z' })],
    ['too few values', raw({ s: '-created_at', v: ['2024-01-01T00:00:00.000Z'] })],
    ['too many values', raw({ s: '-created_at', v: ['2024-01-01T00:00:00.000Z', ID, 'x'] })],
    ['an object among the values', raw({ s: '-created_at', v: [{ $gt: '' }, ID] })],
    ['a list among the values', raw({ s: '-created_at', v: [['a'], ID] })],
    [
      'a NUL in a value (PostgreSQL cannot compare it)',
      raw({ s: '-created_at', v: ['2024-01-01\u0000', ID] }),
    ],
    ['a NUL in the id', raw({ s: '-created_at', v: ['2024-01-01T00:00:00.000Z', `${ID}\u0000`] })],
  ])('rejects %s with a validation_failed problem', (_case, cursor) => {
    expectInvalidCursor(cursor, BY_CREATED);
  });
});
