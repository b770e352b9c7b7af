/** The orchestrator's /runs API (seed `orchestrator-runs.md`): what the gateway and the console send and read. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  DEFAULT_PAGE_SIZE,
  ListQueryDto,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  QueryEnum,
  QueryInt,
  QueryText,
} from '../common/query';
import { PROFILE_NAME_PATTERN } from '../entities/runs.dto';
import { PhaseStatus, RUN_PHASE_ORDER, RunMode, RunStatus, type RunPhase } from '../entities/enums';

/** Keys that once carried the orchestrator's own state in metadata; refused so no client can pose as it. */
export const RESERVED_METADATA_KEYS = ['task_id', 'approval', 'skip_validation', 'source'] as const;

@ValidatorConstraint({ name: 'noReservedKeys' })
class NoReservedKeys implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return (
      typeof value !== 'object' ||
      value === null ||
      RESERVED_METADATA_KEYS.every((key) => !Object.prototype.hasOwnProperty.call(value, key))
    );
  }
  defaultMessage(): string {
    return `metadata must not use the reserved keys ${RESERVED_METADATA_KEYS.join(', ')}`;
  }
}

/** POST /runs (seed: CreateRunRequest). */
export class CreateRunRequest {
  @ApiProperty({
    example: 'analytics_forecast_app',
    description: 'Profile name (a file of the profiles directory).',
  })
  @IsString()
  @Matches(PROFILE_NAME_PATTERN, { message: 'profile must be a profile name ([a-z][a-z0-9_-]*)' })
  profile!: string;

  @ApiPropertyOptional({
    example: 'Build a demand forecasting app',
    description: 'Intake text or requirements.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  intake?: string;

  @ApiPropertyOptional({ example: 'Forecast Project Q4' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  project_name?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { client: 'Acme Corp' },
    description: `Your own data, kept and echoed; the keys ${RESERVED_METADATA_KEYS.join(', ')} are refused.`,
  })
  @IsOptional()
  @IsObject()
  @Validate(NoReservedKeys)
  metadata?: Record<string, unknown>;

  @ApiPropertyOptional({
    enum: Object.values(RunMode),
    description:
      'manual (default): one phase per /next; auto: phases run back to back until an approval gate.',
  })
  @IsOptional()
  @IsIn(Object.values(RunMode))
  mode?: RunMode;

  @ApiPropertyOptional({ example: '5.00', description: 'Spend limit in USD (exact decimal).' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : value))
  @Matches(/^\d{1,10}(\.\d{1,10})?$/, { message: 'budget_usd must be a non-negative decimal' })
  budget_usd?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The registry project the run delivers.' })
  @IsOptional()
  @IsUUID('all')
  project_id?: string;
}

/** POST /runs/{id}/next (seed: AdvanceRunRequest). */
export class AdvanceRunRequest {
  @ApiPropertyOptional({ default: false, description: 'Advance even when governance checks fail.' })
  @IsOptional()
  @IsBoolean()
  skip_validation?: boolean;
}

/** Seed: RunSummary, the answer of POST /runs. */
export class RunSummary {
  @ApiProperty({ format: 'uuid' }) run_id!: string;
  @ApiProperty() profile!: string;
  @ApiProperty({ type: String, nullable: true }) project_name!: string | null;
  @ApiProperty({ enum: RUN_PHASE_ORDER }) current_phase!: RunPhase;
  @ApiProperty({ enum: Object.values(RunStatus) }) status!: RunStatus;
  @ApiProperty({ enum: Object.values(RunMode) }) mode!: RunMode;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parent_run_id!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

/** Seed: PhaseInfo. */
export class PhaseInfo {
  @ApiProperty({ enum: RUN_PHASE_ORDER }) phase!: RunPhase;
  @ApiProperty({ enum: Object.values(PhaseStatus) }) status!: PhaseStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) started_at!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completed_at!: string | null;
  @ApiProperty({ type: Number, nullable: true }) duration_seconds!: number | null;
  @ApiProperty({ type: [String] }) agent_ids!: string[];
  @ApiProperty() artifacts_count!: number;
  @ApiProperty({ description: 'Executions so far.' }) attempt!: number;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
}

/** Why a run waits for a person: failed governance checks, a profile's approval gate, or its budget. */
export class ApprovalHoldDto {
  @ApiProperty({ enum: ['governance', 'approval_gate', 'budget'] }) reason!:
    'governance' | 'approval_gate' | 'budget';
  @ApiProperty({ enum: RUN_PHASE_ORDER }) phase!: RunPhase;
  @ApiProperty() detail!: string;
}

/** Seed: RunDetail, the answer of GET /runs/{id}. */
export class RunDetail {
  @ApiProperty({ format: 'uuid' }) run_id!: string;
  @ApiProperty() profile!: string;
  @ApiProperty({ type: String, nullable: true }) intake!: string | null;
  @ApiProperty({ type: String, nullable: true }) project_name!: string | null;
  @ApiProperty({ enum: RUN_PHASE_ORDER }) current_phase!: RunPhase;
  @ApiProperty({ enum: Object.values(RunStatus) }) status!: RunStatus;
  @ApiProperty({ enum: Object.values(RunMode) }) mode!: RunMode;
  @ApiProperty({ type: [PhaseInfo] }) phases!: PhaseInfo[];
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
  @ApiProperty({ type: Number, nullable: true }) total_duration_seconds!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) metadata!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) budget_usd!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parent_run_id!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) root_run_id!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) project_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({
    type: ApprovalHoldDto,
    nullable: true,
    description: 'Why the run waits in awaiting_approval; null otherwise.',
  })
  awaiting_approval!: ApprovalHoldDto | null;
  @ApiProperty({ description: 'Sequence number of the last event (resume the event stream after it).' })
  last_event_id!: number;
}

/** Seed: AdvanceRunResponse. */
export class AdvanceRunResponse {
  @ApiProperty({ format: 'uuid' }) run_id!: string;
  @ApiProperty({ enum: RUN_PHASE_ORDER }) previous_phase!: RunPhase;
  @ApiProperty({ enum: RUN_PHASE_ORDER }) current_phase!: RunPhase;
  @ApiProperty({ enum: Object.values(RunStatus) }) status!: RunStatus;
  @ApiProperty({ example: 'Advanced from planning to architecture' }) message!: string;
}

/** Seed: ArtifactSummary. */
export class ArtifactSummary {
  @ApiProperty({ format: 'uuid' }) artifact_id!: string;
  @ApiProperty({ enum: RUN_PHASE_ORDER }) phase!: RunPhase;
  @ApiProperty({
    example: 'artifacts/planning/PRD.md',
    description: 'Where the file is within the run (download it from download_url).',
  })
  path!: string;
  @ApiProperty({ example: 'PRD.md' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ example: 'prd' }) artifact_type!: string;
  @ApiProperty() size_bytes!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ type: String, nullable: true }) agent_id!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ example: '/runs/{run_id}/artifacts/{artifact_id}/download' }) download_url!: string;
}

/** GET /runs/{id}/artifacts: every artifact, or one page of them (seed: `?page=1&limit=20`). */
export class RunArtifactsQuery {
  @QueryInt(
    `Page number from 1 (with limit, default ${DEFAULT_PAGE_SIZE} a page), oldest artifacts first.`,
    1,
    MAX_PAGE,
  )
  page?: number;

  @QueryInt(`Artifacts a page, 1 to ${MAX_PAGE_SIZE} (with page, default 1).`, 1, MAX_PAGE_SIZE)
  limit?: number;
}

/** Seed: ArtifactsResponse. */
export class ArtifactsResponse {
  @ApiProperty({ format: 'uuid' }) run_id!: string;
  @ApiProperty({ description: 'Artifacts of the run, on every page.' }) total_count!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { $ref: '#/components/schemas/ArtifactSummary' } },
    description: 'The artifacts (of this page, when paged) grouped by phase.',
  })
  artifacts_by_phase!: Record<string, ArtifactSummary[]>;
  @ApiPropertyOptional({ description: 'The page answered (paged requests only).' }) page?: number;
  @ApiPropertyOptional({ description: 'Artifacts a page (paged requests only).' }) limit?: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The next page, null on the last one (paged requests only).',
  })
  next_page?: number | null;
}

export class RunListResponse {
  @ApiProperty({ type: [RunSummary] }) items!: RunSummary[];
  @ApiProperty({ type: String, nullable: true }) next_cursor!: string | null;
  @ApiPropertyOptional() total?: number;
}

export class CancelRunResponse {
  @ApiProperty({ format: 'uuid' }) run_id!: string;
  @ApiProperty({ enum: ['cancelling', 'cancelled'] }) status!: RunStatus;
  @ApiProperty() message!: string;
}

export class RunListQuery extends ListQueryDto {
  @QueryText('Exact profile.') profile?: string;
  @QueryEnum(RunStatus, 'Filter by status (comma-separated for several).') status?: RunStatus[];
}

export class CloneRunQuery {
  @ApiPropertyOptional({
    enum: RUN_PHASE_ORDER,
    description: 'First phase the clone executes; earlier ones are reused.',
  })
  @IsOptional()
  @IsIn(RUN_PHASE_ORDER)
  from_phase?: RunPhase;
}
