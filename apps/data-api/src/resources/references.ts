import { ProblemException } from '@slipway/platform';
import type { Executor } from '../database/db';
import type { Values } from './definition';
import { ident } from './sql';

/** A field of a record naming a row of another table, as a create or change checks it. */
export interface Reference {
  field: string;
  table: string;
  /** The referenced record in messages: `project`, `chat session`. */
  noun: string;
  /** The table soft-deletes: a deleted row is no reference. */
  live?: boolean;
  /** The row must belong to the record's own `owner_id`. */
  sameOwner?: boolean;
}

/**
 * Refuses (422, naming the field) a reference to a row that does not exist, is deleted, or belongs
 * to another owner. A field left out is not checked.
 */
export async function checkReference(tx: Executor, values: Values, ref: Reference): Promise<void> {
  const id = values[ref.field];
  if (typeof id !== 'string') return;
  const owner = ref.sameOwner ? ident('owner_id') : 'NULL';
  const live = ref.live ? ` AND ${ident('deleted_at')} IS NULL` : '';
  const [row] = await tx.query<{ owner_id: string | null }>(
    `SELECT ${owner} AS owner_id FROM ${ident(ref.table)} WHERE id = $1${live}`,
    [id],
  );
  const refused = (message: string) => ProblemException.validation([{ field: ref.field, message }]);
  if (!row) throw refused(`${ref.field} refers to no ${ref.live ? 'live ' : ''}${ref.noun}`);
  if (ref.sameOwner && row.owner_id !== values.owner_id)
    throw refused(`${ref.field} refers to a ${ref.noun} of another owner`);
}

export async function checkReferences(tx: Executor, values: Values, refs: Reference[]): Promise<void> {
  for (const ref of refs) await checkReference(tx, values, ref);
}
