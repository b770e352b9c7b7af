import type { SpendTotalsDto } from '@slipway/contracts';
import { decimal } from '../resources/definition';

/** The sums a spend read selects, as text (numeric and bigint sums); null where nothing was summed. */
export interface SumsRow {
  amount: string | null;
  input_tokens: string | null;
  output_tokens: string | null;
  cached_input_tokens: string | null;
  events: string | null;
}

/** The sums of a row (its `prefix`ed columns: `total_amount`…): amounts exact, counts as numbers, zero when absent. */
export function totalsOf(row: object | undefined, prefix = ''): SpendTotalsDto {
  const columns = row as Readonly<Record<string, unknown>> | undefined;
  const text = (name: keyof SumsRow): string => {
    const value = columns?.[`${prefix}${name}`];
    return typeof value === 'string' ? value : '0';
  };
  return {
    amount: decimal(text('amount')),
    input_tokens: Number(text('input_tokens')),
    output_tokens: Number(text('output_tokens')),
    cached_input_tokens: Number(text('cached_input_tokens')),
    events: Number(text('events')),
  };
}

/** A wall-clock time and its offset from UTC as ISO 8601: 2025-01-01T00:00:00+01:00. */
export function localStart(wall: string, offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const minutes = Math.abs(offsetSeconds) / 60;
  const pad = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `${wall}${sign}${pad(minutes / 60)}:${pad(minutes % 60)}`;
}
