import {
  AVAILABLE_MODEL_SORT,
  AvailableModelDto,
  AvailableModelListQueryDto,
  CreateAvailableModelDto,
  UpdateAvailableModelDto,
} from '@slipway/contracts';
import type { AvailableModelRow } from '../database/entities';
import { decimal, decimalOrNull, eq, type ResourceDefinition, withRecord } from '../resources/definition';

export const availableModelsResource: ResourceDefinition<AvailableModelRow, AvailableModelDto> = {
  path: 'available_models',
  label: 'Available model',
  table: 'available_models',
  dto: {
    create: CreateAvailableModelDto,
    update: UpdateAvailableModelDto,
    response: AvailableModelDto,
    list: AvailableModelListQueryDto,
  },
  access: 'shared',
  softDelete: false,
  sortable: AVAILABLE_MODEL_SORT,
  filters: { provider: eq('provider'), model_name: eq('model_name'), is_active: eq('is_active') },
  toResponse: (row) =>
    withRecord(row, {
      provider: row.provider,
      model_name: row.model_name,
      display_name: row.display_name,
      context_window: row.context_window,
      input_price_per_1k: decimal(row.input_price_per_1k),
      output_price_per_1k: decimal(row.output_price_per_1k),
      cached_input_price_per_1k: decimalOrNull(row.cached_input_price_per_1k),
      is_active: row.is_active,
    }),
};
