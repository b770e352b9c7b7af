/**
 * When a price row is in force: from `valid_from` (inclusive) until `valid_to` (exclusive), for ever
 * when `valid_to` is null. Instants are ISO 8601 strings (as data-api answers them) or Dates.
 */
export interface PriceWindow {
  readonly valid_from: string | Date;
  readonly valid_to: string | Date | null;
}

/** A price row of one provider and model: global (`org_id` null) or an organization's override. */
export interface ScopedPriceWindow extends PriceWindow {
  readonly org_id: string | null;
}

const instant = (value: string | Date): number =>
  typeof value === 'string' ? Date.parse(value) : value.getTime();
const end = (row: PriceWindow): number => (row.valid_to === null ? Infinity : instant(row.valid_to));

/** Whether `row` is in force at `at`: valid_from ≤ at < valid_to (or open). */
export function inForce(row: PriceWindow, at: Date): boolean {
  const time = at.getTime();
  return instant(row.valid_from) <= time && time < end(row);
}

/** Whether two windows share an instant ([from, to) ranges, as PostgreSQL's tstzrange `&&`). */
export function windowsOverlap(a: PriceWindow, b: PriceWindow): boolean {
  return instant(a.valid_from) < end(b) && instant(b.valid_from) < end(a);
}

/** Whether a window is empty or inverted (valid_to at or before valid_from). */
export function isEmptyWindow(row: PriceWindow): boolean {
  return end(row) <= instant(row.valid_from);
}

/** The latest-starting row in force at `at` among `rows`, if any (rows never overlap; this is only a tiebreak). */
function latestInForce<T extends PriceWindow>(rows: readonly T[], at: Date): T | null {
  let found: T | null = null;
  for (const row of rows) {
    if (inForce(row, at) && (found === null || instant(row.valid_from) > instant(found.valid_from)))
      found = row;
  }
  return found;
}

/**
 * The price charged at `at` for one provider's model, among its rows: the organization's override in
 * force then, else the global row in force then, else null. Other organizations' rows never apply.
 */
export function priceInForce<T extends ScopedPriceWindow>(
  rows: readonly T[],
  at: Date,
  orgId: string | null,
): T | null {
  const own =
    orgId === null
      ? null
      : latestInForce(
          rows.filter((row) => row.org_id === orgId),
          at,
        );
  return (
    own ??
    latestInForce(
      rows.filter((row) => row.org_id === null),
      at,
    )
  );
}

/** Every model's price in force at `at` (as `priceInForce`), in the rows' model order. */
export function pricesInForce<T extends ScopedPriceWindow & { readonly model: string }>(
  rows: readonly T[],
  at: Date,
  orgId: string | null,
): T[] {
  const byModel = new Map<string, T[]>();
  for (const row of rows) byModel.set(row.model, [...(byModel.get(row.model) ?? []), row]);
  return [...byModel.values()].flatMap((models) => priceInForce(models, at, orgId) ?? []);
}
