import type { ModelPriceDto, PriceLookupDto } from '@slipway/contracts';
import { inForce } from '@slipway/pricing';
import type { PriceRecord } from './model-price-records';

/** A model_prices row as the pricing routes answer it, judged at `at` against the row charged then. */
export function toModelPriceDto(row: PriceRecord, at: Date, charged: ReadonlySet<string>): ModelPriceDto {
  return {
    id: row.id,
    version: row.version,
    scope: row.org_id === null ? 'global' : 'org',
    provider: row.provider,
    model: row.model,
    input_per_1m: row.input_per_1m,
    output_per_1m: row.output_per_1m,
    cached_input_per_1m: row.cached_input_per_1m,
    cache_write_per_1m: row.cache_write_per_1m,
    reasoning_per_1m: row.reasoning_per_1m,
    per_request: row.per_request,
    currency: row.currency,
    valid_from: row.valid_from,
    valid_to: row.valid_to,
    source: row.source,
    note: row.note,
    in_force: inForce(row, at),
    effective: charged.has(row.id),
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export const toPriceLookupDto = (row: PriceRecord, at: Date): PriceLookupDto => ({
  ...toModelPriceDto(row, at, new Set([row.id])),
  at: at.toISOString(),
});
