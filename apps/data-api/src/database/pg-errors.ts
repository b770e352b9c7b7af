import { ProblemException } from '@slipway/platform';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { MODEL_PRICES_NO_OVERLAP } from './entities/cost.entity';

interface PgError {
  code?: string;
  detail?: string;
  column?: string;
  constraint?: string;
}

function driverError(error: unknown): PgError | undefined {
  if (error instanceof QueryFailedError) return error.driverError as PgError;
  if (error instanceof DatabaseError) return error;
  return undefined;
}

/** The column of an expression key such as `lower(email::text)` (a unique index on lower(email)). */
const EXPRESSION_COLUMN = /^[a-z_]\w*\(+"?([a-z_]\w*)"?/i;

/** Column names from a detail like `Key (server_id, port, protocol)=(…) already exists.` */
function keyColumns(detail: string | undefined): string[] {
  const match = /^Key \((.+?)\)=/.exec(detail ?? '');
  return match
    ? match[1].split(',').map((c) => {
        const key = c.trim();
        return EXPRESSION_COLUMN.exec(key)?.[1] ?? key.replace(/^"|"$/g, '');
      })
    : [];
}

/** What each exclusion constraint keeps apart, for a 409 that says so without SQL. */
const EXCLUSIONS: Record<string, { fields: string[]; detail: string }> = {
  [MODEL_PRICES_NO_OVERLAP]: {
    fields: ['valid_from', 'valid_to'],
    detail:
      'A price for this provider and model in the same scope (global or this organization) already covers part of this period',
  },
};

function overlap(constraint: string | undefined): ProblemException {
  const known = constraint ? EXCLUSIONS[constraint] : undefined;
  const fields = known?.fields ?? [];
  return new ProblemException(
    'conflict',
    known?.detail ?? 'The record overlaps another one that must stay apart from it',
    fields.map((field) => ({ field, message: `${field} overlaps an existing record’s period` })),
  );
}

/** Turns a PostgreSQL error into a problem that names fields, never SQL; other errors pass through. */
export function toDatabaseProblem(error: unknown): unknown {
  const pg = driverError(error);
  if (!pg) return error;
  const columns = keyColumns(pg.detail);
  switch (pg.code ?? '') {
    case '23505': {
      const fields = columns.length ? columns : ['id'];
      return new ProblemException(
        'conflict',
        `A record with this ${fields.join(', ')} already exists`,
        fields.map((field) => ({
          field,
          message: `${field} is already taken in this combination: ${fields.join(', ')}`,
        })),
      );
    }
    case '23P01':
      return overlap(pg.constraint);
    case '23503':
      if (pg.detail?.includes('is still referenced')) {
        return new ProblemException(
          'conflict',
          'The record is still referenced by other records; remove or re-point them first',
        );
      }
      return ProblemException.validation(
        (columns.length ? columns : ['id']).map((field) => ({
          field,
          message: `${field} refers to a record that does not exist`,
        })),
      );
    case '23502':
      return ProblemException.validation([
        { field: pg.column ?? 'body', message: `${pg.column ?? 'a field'} must not be null` },
      ]);
    case '23514':
    case '22003':
    case '22P02':
    case '22007':
    case '22008':
      return ProblemException.validation([
        { field: pg.column ?? 'body', message: 'a value is out of range or malformed' },
      ]);
    case '57014':
      return new ProblemException('timeout', 'The query took longer than the time limit; narrow the filters');
    case '40001':
    case '40P01':
      return new ProblemException('conflict', 'A concurrent change got in the way; retry the request');
    default:
      return error;
  }
}
