import {
  CreatePipelineRunRecordDto,
  CreatePipelineStateTransitionRecordDto,
  PIPELINE_RUN_RECORD_SORT,
  PIPELINE_STATE_TRANSITION_RECORD_SORT,
  PipelineRunRecordDto,
  PipelineRunRecordListQueryDto,
  PipelineStateTransitionRecordDto,
  PipelineStateTransitionRecordListQueryDto,
  UpdatePipelineRunRecordDto,
  UpdatePipelineStateTransitionRecordDto,
} from '@slipway/contracts';
import type { PipelineRunRow, PipelineStateTransitionRow } from '../database/entities';
import {
  below,
  eq,
  iso,
  isoOrNull,
  oneOf,
  type ResourceDefinition,
  withRecord,
} from '../resources/definition';

/** The runs and CI jobs an organization's quotas count, one per (organization, kind, pipeline). */
export const pipelineRunsResource: ResourceDefinition<PipelineRunRow, PipelineRunRecordDto> = {
  path: 'pipeline_runs',
  label: 'Pipeline run',
  table: 'pipeline_runs',
  dto: {
    create: CreatePipelineRunRecordDto,
    update: UpdatePipelineRunRecordDto,
    response: PipelineRunRecordDto,
    list: PipelineRunRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: PIPELINE_RUN_RECORD_SORT,
  filters: {
    org_id: eq('org_id'),
    kind: oneOf('kind'),
    pipeline_id: eq('pipeline_id'),
    status: oneOf('status'),
    quota_day: eq('quota_day'),
    quota_month: eq('quota_month'),
    project_id: eq('project_id'),
    lease_expires_before: below('lease_expires_at'),
  },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      kind: row.kind,
      pipeline_id: row.pipeline_id,
      project_id: row.project_id,
      profile: row.profile,
      provider: row.provider,
      status: row.status,
      quota_day: row.quota_day,
      quota_month: row.quota_month,
      lease_expires_at: iso(row.lease_expires_at),
      completed_at: isoOrNull(row.completed_at),
      detail: row.detail,
      steps: row.steps,
      requested_by: row.requested_by,
    }),
};

/** A pipeline run's status changes: append-only. */
export const pipelineStateTransitionsResource: ResourceDefinition<
  PipelineStateTransitionRow,
  PipelineStateTransitionRecordDto
> = {
  path: 'pipeline_state_transitions',
  label: 'Pipeline state transition',
  table: 'pipeline_state_transitions',
  dto: {
    create: CreatePipelineStateTransitionRecordDto,
    update: UpdatePipelineStateTransitionRecordDto,
    response: PipelineStateTransitionRecordDto,
    list: PipelineStateTransitionRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  serviceWritten: true,
  appendOnly: true,
  sortable: PIPELINE_STATE_TRANSITION_RECORD_SORT,
  filters: { pipeline_run_id: eq('pipeline_run_id') },
  toResponse: (row) =>
    withRecord(row, {
      pipeline_run_id: row.pipeline_run_id,
      from_status: row.from_status,
      to_status: row.to_status,
      reason: row.reason,
    }),
};
