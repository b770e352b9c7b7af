import type { UpdateModelPriceDto } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { isEmptyWindow, sameAmount, windowsOverlap, type PriceWindow } from '@slipway/pricing';
import { PRICE_AMOUNT_FIELDS, type PriceAmounts } from './shipped-prices';

/** An organization's price period as the rules read it. */
export interface OrgPricePeriod extends PriceAmounts {
  readonly id: string;
  readonly model: string;
  readonly valid_from: string;
  readonly valid_to: string | null;
}

const at = (iso: string): number => Date.parse(iso);
const describe = (row: OrgPricePeriod): string =>
  `price ${row.id} of ${row.model} (${row.valid_from} to ${row.valid_to ?? 'open-ended'})`;

export const hasStarted = (row: PriceWindow & { valid_from: string }, now: Date): boolean =>
  at(row.valid_from) <= now.getTime();
export const hasEnded = (row: { valid_to: string | null }, now: Date): boolean =>
  row.valid_to !== null && at(row.valid_to) <= now.getTime();

/** A period ends after it starts: 422 otherwise. */
export function assertPeriod(window: PriceWindow): void {
  if (isEmptyWindow(window)) {
    throw ProblemException.validation([{ field: 'valid_to', message: 'valid_to must be after valid_from' }]);
  }
}

/** The organization's periods of a model never share an instant: 409 naming the row that would. */
export function assertNoOverlap(
  rows: readonly OrgPricePeriod[],
  candidate: PriceWindow & { model: string },
  except?: string,
): void {
  const clash = rows.find(
    (row) => row.id !== except && row.model === candidate.model && windowsOverlap(row, candidate),
  );
  if (clash) {
    const detail = `The period overlaps ${describe(clash)}; close it first, or post with ?supersede=true`;
    throw new ProblemException('conflict', detail, [
      { field: 'valid_from', message: `overlaps price ${clash.id}` },
    ]);
  }
}

/** The fields a change would actually alter (amounts compared as amounts). */
function altered(row: OrgPricePeriod, change: UpdateModelPriceDto): string[] {
  const fields: string[] = PRICE_AMOUNT_FIELDS.filter((field) => {
    const value = change[field];
    return value !== undefined && !sameAmount(value, row[field]);
  });
  if (change.valid_from !== undefined && at(change.valid_from) !== at(row.valid_from))
    fields.push('valid_from');
  return fields;
}

/**
 * What a change of an organization's price may do. A period not yet started is a draft: anything.
 * Once it has started it is history: only its end may move (to now or later, or open again) and its
 * note change; once ended, nothing. Charging at a price that is later rewritten is what this prevents.
 */
export function assertChangeAllowed(row: OrgPricePeriod, change: UpdateModelPriceDto, now: Date): void {
  if (!hasStarted(row, now)) return;
  if (hasEnded(row, now)) {
    throw new ProblemException('conflict', `The ${describe(row)} has ended: it is history and cannot change`);
  }
  const fields = altered(row, change);
  if (fields.length) {
    throw new ProblemException(
      'conflict',
      `The ${describe(row)} is in force since ${row.valid_from}: only valid_to may change (close it and post a new price); refused: ${fields.join(', ')}`,
    );
  }
  if (change.valid_to !== undefined && change.valid_to !== null && at(change.valid_to) < now.getTime()) {
    throw new ProblemException(
      'conflict',
      `The ${describe(row)} has been charged until now: it can be closed at ${now.toISOString()} or later, not before`,
    );
  }
}

/** Only a period not yet started may be deleted; one in force or past is closed instead. */
export function assertRemovable(row: OrgPricePeriod, now: Date): void {
  if (hasStarted(row, now)) {
    throw new ProblemException(
      'conflict',
      `The ${describe(row)} has started: it is kept as history; close it with PATCH valid_to instead`,
    );
  }
}
