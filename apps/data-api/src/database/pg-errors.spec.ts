import { ProblemException } from '@slipway/platform';
import { DatabaseError } from 'pg';
import { toDatabaseProblem } from './pg-errors';

function uniqueViolation(detail: string): DatabaseError {
  const error = new DatabaseError('duplicate key value violates unique constraint', 0, 'error');
  error.code = '23505';
  error.detail = detail;
  return error;
}

function fieldsOf(problem: unknown): string[] {
  if (!(problem instanceof ProblemException)) throw new Error('not a problem');
  expect(problem.code).toBe('conflict');
  return problem.errors?.map((e) => e.field) ?? [];
}

describe('toDatabaseProblem', () => {
  it('names the columns of a unique key', () => {
    const problem = toDatabaseProblem(
      uniqueViolation('Key (server_id, port, protocol)=(a, 80, tcp) already exists.'),
    );
    expect(fieldsOf(problem)).toEqual(['server_id', 'port', 'protocol']);
  });

  it('names the column of an expression key (a unique index on lower(email)), never the value', () => {
    const problem = toDatabaseProblem(uniqueViolation('Key (lower(email::text))=(a@x.org) already exists.'));
    expect(fieldsOf(problem)).toEqual(['email']);
    expect(`${(problem as Error).message} ${JSON.stringify(problem)}`).not.toContain('a@x.org');
  });
});

describe('toDatabaseProblem on an exclusion violation', () => {
  function exclusionViolation(constraint: string): DatabaseError {
    const error = new DatabaseError('conflicting key value violates exclusion constraint', 0, 'error');
    error.code = '23P01';
    error.constraint = constraint;
    error.detail =
      'Key (COALESCE(org_id, …), provider, model, tstzrange(valid_from, valid_to))=(…) conflicts with existing key';
    return error;
  }

  it('says which period overlaps, never the key or SQL', () => {
    const problem = toDatabaseProblem(exclusionViolation('model_prices_no_overlap'));
    expect(fieldsOf(problem)).toEqual(['valid_from', 'valid_to']);
    expect((problem as ProblemException).detail).toMatch(/already covers part of this period/);
    expect(JSON.stringify(problem)).not.toMatch(/tstzrange|COALESCE/);
  });

  it('is a conflict for any other exclusion constraint', () => {
    expect(fieldsOf(toDatabaseProblem(exclusionViolation('another')))).toEqual([]);
  });
});
