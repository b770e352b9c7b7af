import { sameAmount, windowsOverlap } from '@slipway/pricing';
import { PRICE_AMOUNT_FIELDS, type PriceAmounts, type ShippedPrice } from './shipped-prices';

/** A global model_prices row as stored. */
export interface StoredGlobalPrice extends PriceAmounts {
  readonly id: string;
  readonly version: number;
  readonly provider: string;
  readonly model: string;
  readonly valid_from: string;
  readonly valid_to: string | null;
}

/** Closing a stored row: its valid_to moves to where the next version starts. */
export interface PriceClose {
  readonly id: string;
  readonly version: number;
  readonly provider: string;
  readonly model: string;
  readonly valid_to: string;
}

export interface CatalogueSyncPlan {
  /** Closes first (the periods of one scope never overlap), then inserts. */
  readonly close: PriceClose[];
  readonly insert: ShippedPrice[];
  /** Shipped versions already stored with the same start and prices. */
  readonly unchanged: number;
  /** Shipped versions stored with the same start but other prices: left as they are (history is kept). */
  readonly differing: { id: string; provider: string; model: string; valid_from: string }[];
}

const time = (iso: string): number => Date.parse(iso);
const end = (row: { valid_to: string | null }): number =>
  row.valid_to === null ? Infinity : time(row.valid_to);
const keyOf = (row: { provider: string; model: string }): string => `${row.provider}\u0000${row.model}`;
const samePrices = (a: PriceAmounts, b: PriceAmounts): boolean =>
  PRICE_AMOUNT_FIELDS.every((field) => sameAmount(a[field], b[field]));

/** A period of the model as the plan goes: a stored row, or a version the plan inserts. */
interface Period {
  readonly row: StoredGlobalPrice | null;
  readonly insert: { value: ShippedPrice } | null;
  readonly valid_from: string;
  valid_to: string | null;
}

function groupBy<T extends { provider: string; model: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

/**
 * What bootstrap/sync must write so the global prices hold every shipped version: a shipped version
 * already stored (same start) is left alone; a new one is inserted, the stored row in force at its
 * start is closed there, and its own end is cut where a later stored row begins — so no two global
 * periods of a model ever overlap. Organizations' rows are not global rows and are never passed here.
 */
export function planCatalogueSync(
  stored: readonly StoredGlobalPrice[],
  shipped: readonly ShippedPrice[],
): CatalogueSyncPlan {
  const closes = new Map<string, PriceClose>();
  const inserts: { value: ShippedPrice }[] = [];
  let unchanged = 0;
  const differing: CatalogueSyncPlan['differing'] = [];
  const storedByModel = groupBy(stored);

  for (const [key, versions] of groupBy(shipped)) {
    const periods: Period[] = (storedByModel.get(key) ?? []).map((row) => ({
      row,
      insert: null,
      valid_from: row.valid_from,
      valid_to: row.valid_to,
    }));
    for (const version of [...versions].sort((a, b) => time(a.valid_from) - time(b.valid_from))) {
      const start = time(version.valid_from);
      const same = periods.find((w) => time(w.valid_from) === start);
      if (same?.row) {
        if (samePrices(same.row, version)) unchanged += 1;
        else
          differing.push({
            id: same.row.id,
            provider: version.provider,
            model: version.model,
            valid_from: version.valid_from,
          });
        continue;
      }
      if (same) continue;
      const before = periods.find((w) => time(w.valid_from) < start && end(w) > start);
      if (before) {
        before.valid_to = version.valid_from;
        if (before.row) closes.set(before.row.id, { ...pick(before.row), valid_to: version.valid_from });
        if (before.insert) before.insert.value = { ...before.insert.value, valid_to: version.valid_from };
      }
      const laterStarts = periods.map((w) => time(w.valid_from)).filter((t) => t > start);
      const cut = laterStarts.length ? Math.min(...laterStarts) : Infinity;
      const valid_to = cut < end(version) ? new Date(cut).toISOString() : version.valid_to;
      const insert = { value: { ...version, valid_to } };
      inserts.push(insert);
      periods.push({ row: null, insert, valid_from: version.valid_from, valid_to });
    }
  }
  const insert = inserts.map((i) => i.value);
  assertNoOverlap(stored, [...closes.values()], insert);
  return { close: [...closes.values()], insert, unchanged, differing };
}

const pick = (row: StoredGlobalPrice) => ({
  id: row.id,
  version: row.version,
  provider: row.provider,
  model: row.model,
});

/** The plan's own guarantee, checked: after it, no two global periods of a model share an instant. */
function assertNoOverlap(
  stored: readonly StoredGlobalPrice[],
  closes: PriceClose[],
  inserts: ShippedPrice[],
): void {
  const closed = new Map(closes.map((c) => [c.id, c.valid_to]));
  const after = [
    ...stored.map((row) => ({ ...row, valid_to: closed.get(row.id) ?? row.valid_to })),
    ...inserts,
  ];
  for (const rows of groupBy(after).values()) {
    rows.forEach((a, i) =>
      rows.slice(i + 1).forEach((b) => {
        if (windowsOverlap(a, b))
          throw new Error(`catalogue sync would overlap prices of ${a.provider}/${a.model}`);
      }),
    );
  }
}
