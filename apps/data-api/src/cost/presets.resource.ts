import {
  ALERT_PRESET_RECORD_SORT,
  AlertPresetRecordDto,
  AlertPresetRecordListQueryDto,
  CreateAlertPresetRecordDto,
  UpdateAlertPresetRecordDto,
} from '@slipway/contracts';
import type { AlertPresetRow } from '../database/entities';
import { eq, type ResourceDefinition, withRecord } from '../resources/definition';

/** Alert rules the cost service ships for organizations to adopt. */
export const alertPresetsResource: ResourceDefinition<AlertPresetRow, AlertPresetRecordDto> = {
  path: 'alert_presets',
  label: 'Alert preset',
  table: 'alert_presets',
  dto: {
    create: CreateAlertPresetRecordDto,
    update: UpdateAlertPresetRecordDto,
    response: AlertPresetRecordDto,
    list: AlertPresetRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: ALERT_PRESET_RECORD_SORT,
  filters: { name: eq('name') },
  toResponse: (row) =>
    withRecord(row, {
      name: row.name,
      label: row.label,
      description: row.description,
      definition: row.definition,
      shipped_version: row.shipped_version,
    }),
};
