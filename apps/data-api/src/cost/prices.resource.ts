import {
  CreateModelPriceRecordDto,
  MODEL_PRICE_RECORD_SORT,
  ModelPriceRecordDto,
  ModelPriceRecordListQueryDto,
  UpdateModelPriceRecordDto,
} from '@slipway/contracts';
import type { ModelPriceRow } from '../database/entities';
import {
  decimal,
  decimalOrNull,
  eq,
  iso,
  isoOrNull,
  isNull,
  oneOf,
  type ResourceDefinition,
  withRecord,
} from '../resources/definition';

/**
 * Model prices over periods [valid_from, valid_to): global (org_id null) or an organization's own.
 * Periods of one scope, provider and model never overlap (the table's exclusion constraint: 409).
 */
export const modelPricesResource: ResourceDefinition<ModelPriceRow, ModelPriceRecordDto> = {
  path: 'model_prices',
  label: 'Model price',
  table: 'model_prices',
  dto: {
    create: CreateModelPriceRecordDto,
    update: UpdateModelPriceRecordDto,
    response: ModelPriceRecordDto,
    list: ModelPriceRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: MODEL_PRICE_RECORD_SORT,
  filters: {
    org_id: eq('org_id'),
    global: isNull('org_id'),
    provider: eq('provider'),
    model: eq('model'),
    source: oneOf('source'),
  },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      provider: row.provider,
      model: row.model,
      input_per_1m: decimal(row.input_per_1m),
      output_per_1m: decimal(row.output_per_1m),
      cached_input_per_1m: decimalOrNull(row.cached_input_per_1m),
      cache_write_per_1m: decimalOrNull(row.cache_write_per_1m),
      reasoning_per_1m: decimalOrNull(row.reasoning_per_1m),
      per_request: decimalOrNull(row.per_request),
      currency: row.currency,
      valid_from: iso(row.valid_from),
      valid_to: isoOrNull(row.valid_to),
      source: row.source,
      note: row.note,
    }),
};
