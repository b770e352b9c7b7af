import type { PipelineRunDto } from '@slipway/contracts';
import type { PipelineRun } from '../quota/pipeline-records';

export const toPipelineRunDto = (run: PipelineRun): PipelineRunDto => ({
  id: run.id,
  kind: run.kind,
  pipeline_id: run.pipeline_id,
  project_id: run.project_id,
  profile: run.profile,
  provider: run.provider,
  status: run.status,
  quota_day: run.quota_day,
  quota_month: run.quota_month,
  lease_expires_at: run.lease_expires_at,
  completed_at: run.completed_at,
  detail: run.detail,
  requested_by: run.requested_by,
  created_at: run.created_at,
});
