import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import {
  IsDefined,
  IsEnum,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { RecordDto } from '../common/base.dto';
import { Bool, Decimal, Enum, Int, JsonObject, StringList, Text, Timestamp, Uuid } from '../common/fields';
import {
  ListQueryDto,
  QueryEnum,
  QueryInt,
  QuerySort,
  QueryText,
  QueryTime,
  QueryUuid,
} from '../common/query';
import { PhaseStatus, RunMode, RunPhase, RunStatus, UsageSource } from './enums';

export const PROFILE_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,99}$/;
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9_.]{0,99}$/;
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** A text field that must match a pattern (names that end up in paths, URLs or metric labels). */
const Pattern = (pattern: RegExp, max: number, required: boolean, description: string) =>
  applyDecorators(
    ApiProperty({ pattern: pattern.source, maxLength: max, description, required }),
    ...(required ? [] : [IsOptional()]),
    IsString(),
    MaxLength(max),
    Matches(pattern),
  );

/** An optional field that may also be set to null (to clear it). */
const Clearable = (max: number, format: 'text' | 'date-time', description?: string) =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      nullable: true,
      maxLength: max,
      description,
      ...(format === 'date-time' ? { format } : {}),
    }),
    IsOptional(),
    ...(format === 'date-time' ? [IsISO8601({ strict: true })] : [IsString(), MaxLength(max)]),
  );

// ── runs ───────────────────────────────────────────────────────────────────────────────────────

export class CreateRunRecordDto {
  @Uuid(
    false,
    'The run’s id, chosen by the orchestrator so cost-api admits the run before it is recorded; generated when left out.',
  )
  id?: string;
  @Pattern(PROFILE_NAME_PATTERN, 100, true, 'Profile the run follows.') profile!: string;
  @Text(false, 100_000, 'The request the run delivers.') intake?: string;
  @Text(false, 300) project_name?: string;
  @Uuid(false, 'The registry project the run belongs to.') project_id?: string;
  @Text(false, 200, 'The user the run belongs to (required for service calls).') owner_id?: string;
  @Text(false, 320) owner_email?: string;
  @Enum(RunStatus, false, 'Defaults to created.') status?: RunStatus;
  @Enum(RunPhase, false, 'Defaults to planning.') current_phase?: RunPhase;
  @Enum(RunMode, false, 'Defaults to manual.') mode?: RunMode;
  @Decimal(false, 'Spend limit in USD; the run pauses before a phase projected to exceed it.')
  budget_usd?: string;
  @Uuid(false, 'The run this one was cloned from.') parent_run_id?: string;
  @Uuid(false, 'The first run of the lineage.') root_run_id?: string;
  @JsonObject(false, 'The caller’s own data; the orchestrator decides nothing by it.')
  metadata?: Record<string, unknown>;
  @Uuid(false, 'The engineering task the run delivers; its end is reported on the task.') task_id?: string;
}
export class UpdateRunRecordDto extends PartialType(
  PickType(CreateRunRecordDto, [
    'status',
    'current_phase',
    'mode',
    'budget_usd',
    'metadata',
    'project_name',
  ] as const),
) {
  @Timestamp(false) started_at?: string;
  @Timestamp(false) completed_at?: string;
  @Text(false, 10_000, 'Why the run failed, crashed or was cancelled.') error?: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Why the run waits in awaiting_approval; null clears it.',
  })
  @IsOptional()
  @IsObject()
  approval?: Record<string, unknown> | null;
  @ApiPropertyOptional({
    enum: Object.values(RunPhase),
    nullable: true,
    description: 'The phase allowed past its governance checks; null clears it.',
  })
  @IsOptional()
  @IsEnum(RunPhase)
  skip_validation_phase?: RunPhase | null;
}
export class RunRecordDto extends RecordDto {
  @ApiProperty() profile!: string;
  @ApiProperty({ type: String, nullable: true }) intake!: string | null;
  @ApiProperty({ type: String, nullable: true }) project_name!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty() owner_id!: string;
  @ApiProperty({ type: String, nullable: true }) owner_email!: string | null;
  @ApiProperty({ enum: Object.values(RunStatus) }) status!: RunStatus;
  @ApiProperty({ enum: Object.values(RunPhase) }) current_phase!: RunPhase;
  @ApiProperty({ enum: Object.values(RunMode) }) mode!: RunMode;
  @ApiProperty({ type: String, nullable: true, example: '5.00' }) budget_usd!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parent_run_id!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) root_run_id!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) metadata!: Record<string, unknown>;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) task_id!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  approval!: Record<string, unknown> | null;
  @ApiProperty({ enum: Object.values(RunPhase), nullable: true }) skip_validation_phase!: RunPhase | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completed_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: 'integer', description: 'Sequence number of the run’s last event.' })
  last_event_seq!: number;
}
export const RUN_SORT = ['created_at', 'updated_at', 'status', 'profile'] as const;
export class RunRecordListQueryDto extends ListQueryDto {
  @QueryText('Exact profile.') profile?: string;
  @QueryEnum(RunStatus, 'Filter by status.') status?: RunStatus[];
  @QueryText('Exact owner.') owner_id?: string;
  @QueryUuid('Filter by project.') project_id?: string;
  @QueryUuid('Runs cloned from this one.') parent_run_id?: string;
  @QueryUuid('Runs of this lineage.') root_run_id?: string;
  @QueryUuid('The run of this engineering task.') task_id?: string;
  @QuerySort(RUN_SORT) sort?: string;
}

// ── run phases ─────────────────────────────────────────────────────────────────────────────────

export class CreateRunPhaseDto {
  @Uuid(true) run_id!: string;
  @Enum(RunPhase, true) phase!: RunPhase;
  @Enum(PhaseStatus, false, 'Defaults to pending.') status?: PhaseStatus;
  @Int(false, 0, 1000, 'Executions started so far; defaults to 0.') attempt?: number;
  @Text(false, 200, 'The worker holding the phase.') lease_owner?: string;
  @Timestamp(false, 'When the lease lapses unless renewed.') lease_until?: string;
  @Timestamp(false) started_at?: string;
  @Timestamp(false) completed_at?: string;
  @Text(false, 10_000) error?: string;
  @StringList(false, 50, 100, 'Agents that ran the phase.') agent_ids?: string[];
  @JsonObject(false, 'Governance verdict of the phase’s artifacts.') governance?: Record<string, unknown>;
}
/** Changes to a phase; `null` clears a lease, an end time or an error (a phase taken over or retried). */
export class UpdateRunPhaseDto {
  @Enum(PhaseStatus, false) status?: PhaseStatus;
  @Int(false, 0, 1000) attempt?: number;
  @Clearable(200, 'text', 'The worker holding the phase; null releases it.') lease_owner?: string | null;
  @Clearable(40, 'date-time', 'When the lease lapses unless renewed.') lease_until?: string | null;
  @Timestamp(false) started_at?: string;
  @Clearable(40, 'date-time') completed_at?: string | null;
  @Clearable(10_000, 'text') error?: string | null;
  @StringList(false, 50, 100, 'Agents that ran the phase.') agent_ids?: string[];
  @JsonObject(false, 'Governance verdict of the phase’s artifacts.') governance?: Record<string, unknown>;
}
export class RunPhaseDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) run_id!: string;
  @ApiProperty({ enum: Object.values(RunPhase) }) phase!: RunPhase;
  @ApiProperty({ enum: Object.values(PhaseStatus) }) status!: PhaseStatus;
  @ApiProperty({ type: 'integer' }) attempt!: number;
  @ApiProperty({ type: String, nullable: true }) lease_owner!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lease_until!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completed_at!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: [String] }) agent_ids!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) governance!: Record<
    string,
    unknown
  > | null;
}
export const RUN_PHASE_SORT = ['created_at', 'updated_at'] as const;
export class RunPhaseListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by run.') run_id?: string;
  @QueryEnum(RunPhase, 'Filter by phase.') phase?: RunPhase[];
  @QueryEnum(PhaseStatus, 'Filter by status.') status?: PhaseStatus[];
  @QueryTime('Only phases whose lease lapsed before this instant.') lease_until_before?: string;
  @QuerySort(RUN_PHASE_SORT) sort?: string;
}

// ── run events (append-only) ───────────────────────────────────────────────────────────────────

export class CreateRunEventDto {
  @Uuid(true) run_id!: string;
  @Pattern(EVENT_TYPE_PATTERN, 100, true, 'What happened, e.g. phase.started, artifact.created.')
  type!: string;
  @Enum(RunPhase, false) phase?: RunPhase;
  @JsonObject(false) payload?: Record<string, unknown>;
}
export class UpdateRunEventDto {}
export class RunEventDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) run_id!: string;
  @ApiProperty({ type: 'integer', description: 'Position in the run’s event log, from 1, without gaps.' })
  seq!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ enum: Object.values(RunPhase), nullable: true }) phase!: RunPhase | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
}
export const RUN_EVENT_SORT = ['seq', 'created_at'] as const;
export class RunEventListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by run.') run_id?: string;
  @QueryText('Exact type.') type?: string;
  @QueryInt('Only events after this sequence number (resume).', 0) seq_after?: number;
  @QuerySort(RUN_EVENT_SORT) sort?: string;
}

// ── artifacts ──────────────────────────────────────────────────────────────────────────────────

export class CreateArtifactDto {
  @Uuid(true) run_id!: string;
  @Enum(RunPhase, true) phase!: RunPhase;
  @Text(true, 500, 'File name relative to the phase directory.') name!: string;
  @Text(true, 1000, 'Path relative to the run workspace.') path!: string;
  @Pattern(SHA256_PATTERN, 64, true, 'Hex SHA-256 of the content.') sha256!: string;
  @Int(true, 0, 2_147_483_647) size_bytes!: number;
  @Text(true, 50, 'prd, architecture, code, test, documentation, data, …') artifact_type!: string;
  @Text(false, 2000) description?: string;
  @Text(false, 100, 'The agent that wrote it.') agent_id?: string;
}
export class UpdateArtifactDto extends PartialType(
  PickType(CreateArtifactDto, [
    'path',
    'sha256',
    'size_bytes',
    'artifact_type',
    'description',
    'agent_id',
  ] as const),
) {}
export class ArtifactRecordDto extends RecordDto {
  @ApiProperty({ format: 'uuid' }) run_id!: string;
  @ApiProperty({ enum: Object.values(RunPhase) }) phase!: RunPhase;
  @ApiProperty() name!: string;
  @ApiProperty() path!: string;
  @ApiProperty() sha256!: string;
  @ApiProperty({ type: 'integer' }) size_bytes!: number;
  @ApiProperty() artifact_type!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) agent_id!: string | null;
}
export const ARTIFACT_SORT = ['created_at', 'updated_at', 'name'] as const;
export class ArtifactListQueryDto extends ListQueryDto {
  @QueryUuid('Filter by run.') run_id?: string;
  @QueryEnum(RunPhase, 'Filter by phase.') phase?: RunPhase[];
  @QueryText('Exact name.') name?: string;
  @QuerySort(ARTIFACT_SORT) sort?: string;
}

// ── LLM usage ledger (append-only) ─────────────────────────────────────────────────────────────

/** A field of a run's call: required unless the planner made it (then optional). */
const ForRuns = (schema: Parameters<typeof ApiPropertyOptional>[0], validator: PropertyDecorator) =>
  applyDecorators(
    ApiPropertyOptional(schema),
    ValidateIf(
      (usage: { source?: UsageSource }, value: unknown) =>
        usage.source !== UsageSource.planner || value !== undefined,
    ),
    IsDefined({ message: '$property is required unless source is planner' }),
    validator,
  );

export class CreateLlmUsageDto {
  @Enum(
    UsageSource,
    false,
    'What made the call: run (the default), a run’s phase, or planner, which has no run.',
  )
  source?: UsageSource;
  @ForRuns({ format: 'uuid', description: 'The run; required unless source is planner.' }, IsUUID('all'))
  run_id?: string;
  @ForRuns(
    { enum: Object.values(RunPhase), description: 'The run’s phase; required unless source is planner.' },
    IsEnum(RunPhase),
  )
  phase?: RunPhase;
  @Text(true, 200, 'The user the call was made for.') owner_id!: string;
  @Text(false, 50, 'The planner endpoint that made the call (generate, refine, decompose, chat).')
  endpoint?: string;
  @Uuid(false, 'The PatchSet the call produced.') patch_set_id?: string;
  @Uuid(false, 'The chat session the call served.') chat_session_id?: string;
  @Text(true, 100) agent_id!: string;
  @Text(true, 100) provider!: string;
  @Text(true, 200) model!: string;
  @Text(true, 300, 'The provider’s response id; unique, so a report sent twice is counted once.')
  provider_response_id!: string;
  @Int(true, 0, 2_147_483_647) input_tokens!: number;
  @Int(true, 0, 2_147_483_647) output_tokens!: number;
  @Int(false, 0, 2_147_483_647, 'Defaults to 0.') cached_input_tokens?: number;
  @Int(false, 0, 2_147_483_647, 'Defaults to 0.') reasoning_tokens?: number;
  @Decimal(true, 'USD, computed from price_snapshot.', true) cost_usd!: string;
  @JsonObject(true, 'The model prices the cost was computed from.') price_snapshot!: Record<string, unknown>;
  @Bool(false, 'True when the token counts are the worker’s estimate, not the provider’s.')
  estimated?: boolean;
}
export class UpdateLlmUsageDto {}
export class LlmUsageDto extends RecordDto {
  @ApiProperty({ enum: Object.values(UsageSource) }) source!: UsageSource;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) run_id!: string | null;
  @ApiProperty({ enum: Object.values(RunPhase), nullable: true }) phase!: RunPhase | null;
  @ApiProperty() owner_id!: string;
  @ApiProperty({ type: String, nullable: true }) endpoint!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) patch_set_id!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) chat_session_id!: string | null;
  @ApiProperty() agent_id!: string;
  @ApiProperty() provider!: string;
  @ApiProperty() model!: string;
  @ApiProperty() provider_response_id!: string;
  @ApiProperty({ type: 'integer' }) input_tokens!: number;
  @ApiProperty({ type: 'integer' }) output_tokens!: number;
  @ApiProperty({ type: 'integer' }) cached_input_tokens!: number;
  @ApiProperty({ type: 'integer' }) reasoning_tokens!: number;
  @ApiProperty({ example: '0.0123' }) cost_usd!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) price_snapshot!: Record<string, unknown>;
  @ApiProperty() estimated!: boolean;
}
export const LLM_USAGE_SORT = ['created_at'] as const;
export class LlmUsageListQueryDto extends ListQueryDto {
  @QueryEnum(UsageSource, 'Filter by source.') source?: UsageSource[];
  @QueryUuid('Filter by run.') run_id?: string;
  @QueryEnum(RunPhase, 'Filter by phase.') phase?: RunPhase[];
  @QueryText('Exact owner.') owner_id?: string;
  @QueryText('Exact planner endpoint.') endpoint?: string;
  @QueryUuid('Filter by PatchSet.') patch_set_id?: string;
  @QueryUuid('Filter by chat session.') chat_session_id?: string;
  @QueryText('Exact agent.') agent_id?: string;
  @QueryText('Exact model.') model?: string;
  @QueryText('Exact provider response id.') provider_response_id?: string;
  @QuerySort(LLM_USAGE_SORT) sort?: string;
}
