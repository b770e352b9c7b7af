import { ProblemException } from '@slipway/platform';
import type { Executor } from '../database/db';
import type { Values } from '../resources/definition';
import { ident } from '../resources/sql';

/** A field naming rows (one id or a list) that must be live rows of the record's own organization. */
export interface OrgReference {
  field: string;
  table: string;
  /** The referenced record in messages: `notification channel`. */
  noun: string;
  /** The table soft-deletes: a deleted row is no reference. */
  live?: boolean;
}

/**
 * Refuses (422, naming the field) ids that are not rows of `orgId`, or deleted ones: integrity, so
 * that a rule never sends to another organization's channel. A field left out is not checked.
 */
export async function checkOrgReference(
  tx: Executor,
  values: Values,
  orgId: string,
  ref: OrgReference,
): Promise<void> {
  const given = values[ref.field];
  if (given === undefined || given === null) return;
  const ids = [...new Set(Array.isArray(given) ? (given as string[]) : [given as string])];
  if (ids.length === 0) return;
  const live = ref.live ? ` AND ${ident('deleted_at')} IS NULL` : '';
  const [{ found }] = await tx.query<{ found: number }>(
    `SELECT count(*)::int AS found FROM ${ident(ref.table)} WHERE id = ANY($1::uuid[]) AND org_id = $2${live}`,
    [ids, orgId],
  );
  if (found !== ids.length)
    throw ProblemException.validation([
      {
        field: ref.field,
        message: `${ref.field} names no ${ref.live ? 'live ' : ''}${ref.noun} of organization ${orgId}`,
      },
    ]);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organization of the row `id` of `table` (an update's values do not carry it), or 404. */
export async function orgOf(tx: Executor, table: string, id: string, label: string): Promise<string> {
  if (!UUID.test(id)) throw ProblemException.notFound(`${label} ${id}`);
  const [row] = await tx.query<{ org_id: string }>(`SELECT org_id FROM ${ident(table)} WHERE id = $1`, [id]);
  if (!row) throw ProblemException.notFound(`${label} ${id}`);
  return row.org_id;
}
