import type { CreateSpendLedgerRecordDto } from '@slipway/contracts';
import { SPEND_ROLLUP_KEY, SPEND_ROLLUP_KEY_COLUMNS } from '../database/entities';

/** The ledger columns a create sets, each with the element type of the array it travels in. */
const COLUMNS = [
  ['event_id', 'varchar'],
  ['org_id', 'uuid'],
  ['occurred_at', 'timestamptz'],
  ['local_day', 'date'],
  ['source', 'spend_source'],
  ['node_id', 'uuid'],
  ['project_id', 'uuid'],
  ['provider', 'varchar'],
  ['model', 'varchar'],
  ['user_id', 'varchar'],
  ['run_id', 'uuid'],
  ['job_id', 'varchar'],
  ['input_tokens', 'int'],
  ['output_tokens', 'int'],
  ['cached_input_tokens', 'int'],
  ['quantity', 'numeric'],
  ['amount', 'numeric'],
  ['currency', 'varchar'],
  ['price_id', 'uuid'],
  ['price_snapshot', 'jsonb'],
  ['adjusts_id', 'uuid'],
] as const satisfies readonly (readonly [keyof CreateSpendLedgerRecordDto, string])[];

/** Columns a create may leave out, and what they then hold (the table's defaults). */
const DEFAULTS: Partial<Record<(typeof COLUMNS)[number][0], string>> = {
  input_tokens: '0',
  output_tokens: '0',
  cached_input_tokens: '0',
  currency: "'USD'",
};

const SUMS = ['amount', 'input_tokens', 'output_tokens', 'cached_input_tokens'] as const;
/** A rollup's `events` counts priced events: an adjustment (a recompute's correction) changes the sums, not the count. */
export const EVENTS_COUNTED = `count(*) FILTER (WHERE source <> 'adjustment')`;
const KEY = SPEND_ROLLUP_KEY_COLUMNS.join(', ');

const selected = COLUMNS.map(([name]) =>
  DEFAULTS[name] === undefined ? name : `COALESCE(${name}, ${DEFAULTS[name]})`,
).join(', ');

/**
 * One statement: the rows travel as one array per column; those whose event_id is new are inserted
 * (in event_id order, so concurrent writers wait on each other in one order and never deadlock),
 * and exactly those are added to their daily rollups, keys in order too (adjustments add to the
 * sums, not to `events`). What it answers is
 * `returning` over the inserted rows.
 */
const statement = (returning: string) => `
WITH input AS (
  SELECT * FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})
    AS t(${COLUMNS.map(([name]) => name).join(', ')})
), inserted AS (
  INSERT INTO spend_ledger (${COLUMNS.map(([name]) => name).join(', ')})
  SELECT ${selected} FROM input ORDER BY event_id
  ON CONFLICT (event_id) DO NOTHING
  RETURNING *
), rolled AS (
  INSERT INTO spend_rollups_daily AS r (${KEY}, ${SUMS.join(', ')}, events)
  SELECT ${KEY}, ${SUMS.map((c) => `sum(${c})`).join(', ')}, ${EVENTS_COUNTED} FROM inserted
  GROUP BY ${KEY} ORDER BY ${KEY}
  ON CONFLICT ON CONSTRAINT ${SPEND_ROLLUP_KEY} DO UPDATE SET
    ${[...SUMS, 'events'].map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}
)
SELECT ${returning} FROM inserted`;

export const INSERT_RETURNING_ROWS = statement('*');
export const INSERT_RETURNING_EVENT_IDS = statement('event_id');

/** The statement's parameters: one array per column, in the rows' order; absent values are NULL. */
export function columnArrays(rows: readonly CreateSpendLedgerRecordDto[]): unknown[][] {
  return COLUMNS.map(([name]) =>
    rows.map((row) => {
      const value = row[name];
      if (value === undefined || value === null) return null;
      return name === 'price_snapshot' ? JSON.stringify(value) : value;
    }),
  );
}
