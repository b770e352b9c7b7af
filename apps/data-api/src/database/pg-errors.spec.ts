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
