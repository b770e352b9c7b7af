import type { CostAlertDto, CostAlertEventDto } from '@slipway/contracts';
import type { AlertEventRecord, AlertRecord } from './alert-records';

export const toAlertDto = (row: AlertRecord): CostAlertDto => ({
  id: row.id,
  version: row.version,
  name: row.name,
  kind: row.kind,
  threshold: row.threshold,
  params: row.params,
  channel_ids: row.channel_ids,
  enabled: row.enabled,
  state: row.state,
  state_changed_at: row.state_changed_at,
  last_window: row.last_window,
  last_threshold: row.last_threshold,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export const toAlertEventDto = (row: AlertEventRecord): CostAlertEventDto => ({
  id: row.id,
  alert_id: row.alert_id,
  from_state: row.from_state,
  to_state: row.to_state,
  window: row.window,
  value: row.value,
  threshold: row.threshold,
  detail: row.detail,
  created_at: row.created_at,
});
