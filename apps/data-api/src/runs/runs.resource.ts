import {
  ARTIFACT_SORT,
  ArtifactListQueryDto,
  ArtifactRecordDto,
  CreateArtifactDto,
  CreateLlmUsageDto,
  CreateRunEventDto,
  CreateRunPhaseDto,
  CreateRunRecordDto,
  LLM_USAGE_SORT,
  LlmUsageDto,
  LlmUsageListQueryDto,
  RUN_EVENT_SORT,
  RUN_PHASE_SORT,
  RUN_SORT,
  RunEventDto,
  RunEventListQueryDto,
  RunPhaseDto,
  RunPhaseListQueryDto,
  RunRecordDto,
  RunRecordListQueryDto,
  UpdateArtifactDto,
  UpdateLlmUsageDto,
  UpdateRunEventDto,
  UpdateRunPhaseDto,
  UpdateRunRecordDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { ArtifactRow, LlmUsageRow, RunEventRow, RunPhaseRow, RunRow } from '../database/entities';
import {
  above,
  below,
  decimal,
  decimalOrNull,
  eq,
  isoOrNull,
  oneOf,
  type ResourceDefinition,
  withRecord,
} from '../resources/definition';
import { checkReference } from '../resources/references';

/** Delivery runs: the orchestrator's records, each owned by the user who started it. */
export const runsResource: ResourceDefinition<RunRow, RunRecordDto> = {
  path: 'runs',
  label: 'Run',
  table: 'runs',
  dto: {
    create: CreateRunRecordDto,
    update: UpdateRunRecordDto,
    response: RunRecordDto,
    list: RunRecordListQueryDto,
  },
  access: 'owner',
  softDelete: false,
  serviceWritten: true,
  sortable: RUN_SORT,
  filters: {
    profile: eq('profile'),
    status: oneOf('status'),
    owner_id: eq('owner_id'),
    project_id: eq('project_id'),
    parent_run_id: eq('parent_run_id'),
    root_run_id: eq('root_run_id'),
    task_id: eq('task_id'),
  },
  toResponse: (row) =>
    withRecord(row, {
      profile: row.profile,
      intake: row.intake,
      project_name: row.project_name,
      project_id: row.project_id,
      owner_id: row.owner_id,
      owner_email: row.owner_email,
      status: row.status,
      current_phase: row.current_phase,
      mode: row.mode,
      budget_usd: decimalOrNull(row.budget_usd),
      parent_run_id: row.parent_run_id,
      root_run_id: row.root_run_id,
      metadata: row.metadata,
      task_id: row.task_id,
      approval: row.approval,
      skip_validation_phase: row.skip_validation_phase,
      started_at: isoOrNull(row.started_at),
      completed_at: isoOrNull(row.completed_at),
      error: row.error,
      last_event_seq: row.last_event_seq,
    }),
};

/** One phase of a run, with the lease of the worker executing it (taken and renewed with If-Match). */
export const runPhasesResource: ResourceDefinition<RunPhaseRow, RunPhaseDto> = {
  path: 'run_phases',
  label: 'Run phase',
  table: 'run_phases',
  dto: {
    create: CreateRunPhaseDto,
    update: UpdateRunPhaseDto,
    response: RunPhaseDto,
    list: RunPhaseListQueryDto,
  },
  access: 'run',
  softDelete: false,
  serviceWritten: true,
  sortable: RUN_PHASE_SORT,
  filters: {
    run_id: eq('run_id'),
    phase: oneOf('phase'),
    status: oneOf('status'),
    lease_until_before: below('lease_until'),
  },
  toResponse: (row) =>
    withRecord(row, {
      run_id: row.run_id,
      phase: row.phase,
      status: row.status,
      attempt: row.attempt,
      lease_owner: row.lease_owner,
      lease_until: isoOrNull(row.lease_until),
      started_at: isoOrNull(row.started_at),
      completed_at: isoOrNull(row.completed_at),
      error: row.error,
      agent_ids: row.agent_ids,
      governance: row.governance,
    }),
};

/**
 * A run's event log: append-only, numbered 1, 2, 3… per run without gaps. The number is taken by
 * incrementing the run's counter in the insert's transaction, so concurrent appends queue on the
 * run's row and readers resume with `seq_after`.
 */
export const runEventsResource: ResourceDefinition<RunEventRow, RunEventDto> = {
  path: 'run_events',
  label: 'Run event',
  table: 'run_events',
  dto: {
    create: CreateRunEventDto,
    update: UpdateRunEventDto,
    response: RunEventDto,
    list: RunEventListQueryDto,
  },
  access: 'run',
  softDelete: false,
  serviceWritten: true,
  appendOnly: true,
  sortable: RUN_EVENT_SORT,
  filters: { run_id: eq('run_id'), type: eq('type'), seq_after: above('seq') },
  async prepareCreate(values, _actor, tx) {
    const [run] = await tx.query<{ last_event_seq: number }>(
      'UPDATE runs SET last_event_seq = last_event_seq + 1 WHERE id = $1 RETURNING last_event_seq',
      [values.run_id],
    );
    if (!run) throw ProblemException.validation([{ field: 'run_id', message: 'run_id refers to no run' }]);
    return { ...values, seq: run.last_event_seq };
  },
  toResponse: (row) =>
    withRecord(row, {
      run_id: row.run_id,
      seq: row.seq,
      type: row.type,
      phase: row.phase,
      payload: row.payload,
    }),
};

/** Files a run's agents wrote, one row per (run, phase, name). */
export const artifactsResource: ResourceDefinition<ArtifactRow, ArtifactRecordDto> = {
  path: 'artifacts',
  label: 'Artifact',
  table: 'artifacts',
  dto: {
    create: CreateArtifactDto,
    update: UpdateArtifactDto,
    response: ArtifactRecordDto,
    list: ArtifactListQueryDto,
  },
  access: 'run',
  softDelete: false,
  serviceWritten: true,
  sortable: ARTIFACT_SORT,
  filters: { run_id: eq('run_id'), phase: oneOf('phase'), name: eq('name') },
  toResponse: (row) =>
    withRecord(row, {
      run_id: row.run_id,
      phase: row.phase,
      name: row.name,
      path: row.path,
      sha256: row.sha256,
      size_bytes: row.size_bytes,
      artifact_type: row.artifact_type,
      description: row.description,
      agent_id: row.agent_id,
    }),
};

/**
 * The ledger of model calls: append-only, one row per provider response (a repeated report → 409).
 * A run's calls carry their run (whose owner they are for) and phase; the planner's, neither.
 */
export const llmUsageResource: ResourceDefinition<LlmUsageRow, LlmUsageDto> = {
  path: 'llm_usage',
  label: 'LLM usage record',
  table: 'llm_usage',
  dto: {
    create: CreateLlmUsageDto,
    update: UpdateLlmUsageDto,
    response: LlmUsageDto,
    list: LlmUsageListQueryDto,
  },
  access: 'owner',
  softDelete: false,
  serviceWritten: true,
  appendOnly: true,
  sortable: LLM_USAGE_SORT,
  filters: {
    source: oneOf('source'),
    run_id: eq('run_id'),
    phase: oneOf('phase'),
    owner_id: eq('owner_id'),
    endpoint: eq('endpoint'),
    patch_set_id: eq('patch_set_id'),
    chat_session_id: eq('chat_session_id'),
    agent_id: eq('agent_id'),
    model: eq('model'),
    provider_response_id: eq('provider_response_id'),
  },
  prepareCreate: async (values, _actor, tx) => {
    await checkReference(tx, values, { field: 'run_id', table: 'runs', noun: 'run', sameOwner: true });
    return values;
  },
  toResponse: (row) =>
    withRecord(row, {
      source: row.source,
      run_id: row.run_id,
      phase: row.phase,
      owner_id: row.owner_id,
      endpoint: row.endpoint,
      patch_set_id: row.patch_set_id,
      chat_session_id: row.chat_session_id,
      agent_id: row.agent_id,
      provider: row.provider,
      model: row.model,
      provider_response_id: row.provider_response_id,
      input_tokens: row.input_tokens,
      output_tokens: row.output_tokens,
      cached_input_tokens: row.cached_input_tokens,
      reasoning_tokens: row.reasoning_tokens,
      cost_usd: decimal(row.cost_usd),
      price_snapshot: row.price_snapshot,
      estimated: row.estimated,
    }),
};
