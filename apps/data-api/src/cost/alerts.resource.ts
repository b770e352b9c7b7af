import {
  COST_ALERT_EVENT_RECORD_SORT,
  COST_ALERT_RECORD_SORT,
  CostAlertEventRecordDto,
  CostAlertEventRecordListQueryDto,
  CostAlertRecordDto,
  CostAlertRecordListQueryDto,
  CreateCostAlertEventRecordDto,
  CreateCostAlertRecordDto,
  SoftDeleteGetQueryDto,
  UpdateCostAlertEventRecordDto,
  UpdateCostAlertRecordDto,
} from '@slipway/contracts';
import type { CostAlertEventRow, CostAlertRow } from '../database/entities';
import {
  decimal,
  decimalOrNull,
  eq,
  isoOrNull,
  oneOf,
  type ResourceDefinition,
  withRecord,
} from '../resources/definition';
import { LIVE_CHANNELS } from './notifications.resource';
import { checkOrgReference, orgOf } from './org-references';

/**
 * An organization's spend conditions and where each stands (ok, triggered, resolved), with the
 * window and threshold last notified; what they mean and when they change is the cost service's.
 */
export const costAlertsResource: ResourceDefinition<CostAlertRow, CostAlertRecordDto> = {
  path: 'cost_alerts',
  label: 'Cost alert',
  table: 'cost_alerts',
  dto: {
    create: CreateCostAlertRecordDto,
    update: UpdateCostAlertRecordDto,
    response: CostAlertRecordDto,
    list: CostAlertRecordListQueryDto,
    get: SoftDeleteGetQueryDto,
  },
  access: 'service',
  softDelete: true,
  sortable: COST_ALERT_RECORD_SORT,
  filters: { org_id: eq('org_id'), kind: oneOf('kind'), state: oneOf('state'), enabled: eq('enabled') },
  prepareCreate: async (values, _principal, tx) => {
    await checkOrgReference(tx, values, values.org_id as string, LIVE_CHANNELS);
    return values;
  },
  prepareUpdate: async (values, _principal, tx, id) => {
    if (values.channel_ids !== undefined)
      await checkOrgReference(tx, values, await orgOf(tx, 'cost_alerts', id, 'Cost alert'), LIVE_CHANNELS);
    return values;
  },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      name: row.name,
      kind: row.kind,
      threshold: decimal(row.threshold),
      params: row.params,
      channel_ids: row.channel_ids,
      enabled: row.enabled,
      state: row.state,
      state_changed_at: isoOrNull(row.state_changed_at),
      last_window: row.last_window,
      last_threshold: decimalOrNull(row.last_threshold),
      deleted_at: isoOrNull(row.deleted_at ?? null),
    }),
};

/** Each change of an alert's state: append-only, for the alert's history. */
export const costAlertEventsResource: ResourceDefinition<CostAlertEventRow, CostAlertEventRecordDto> = {
  path: 'cost_alert_events',
  label: 'Cost alert event',
  table: 'cost_alert_events',
  dto: {
    create: CreateCostAlertEventRecordDto,
    update: UpdateCostAlertEventRecordDto,
    response: CostAlertEventRecordDto,
    list: CostAlertEventRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  serviceWritten: true,
  appendOnly: true,
  sortable: COST_ALERT_EVENT_RECORD_SORT,
  filters: { org_id: eq('org_id'), alert_id: eq('alert_id'), to_state: oneOf('to_state') },
  prepareCreate: async (values, _principal, tx) => {
    await checkOrgReference(tx, values, values.org_id as string, {
      field: 'alert_id',
      table: 'cost_alerts',
      noun: 'cost alert',
    });
    return values;
  },
  toResponse: (row) =>
    withRecord(row, {
      alert_id: row.alert_id,
      org_id: row.org_id,
      from_state: row.from_state,
      to_state: row.to_state,
      window: row.window,
      value: decimal(row.value),
      threshold: decimal(row.threshold),
      detail: row.detail,
    }),
};
