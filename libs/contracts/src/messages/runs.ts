import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { RunPhase } from '../entities/enums';

const PHASES = Object.values(RunPhase);

/** Stream `runs.phase-requests`: execute one phase of a run (the orchestrator → an agent worker). */
export class PhaseRequested {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  run_id!: string;

  @ApiProperty({ enum: PHASES })
  @IsIn(PHASES)
  phase!: RunPhase;

  @ApiProperty({ description: 'The dispatch this request is; a result names it back.' })
  @IsInt()
  @Min(1)
  dispatch!: number;

  @ApiPropertyOptional({ description: 'Advance even if governance checks fail.' })
  @IsOptional()
  @IsBoolean()
  skip_validation?: boolean;
}

export const PhaseOutcome = {
  completed: 'completed',
  failed: 'failed',
  cancelled: 'cancelled',
  crashed: 'crashed',
} as const;
export type PhaseOutcome = (typeof PhaseOutcome)[keyof typeof PhaseOutcome];

/** Stream `runs.phase-results`: how a phase ended (an agent worker or its reaper → the orchestrator). */
export class PhaseResulted {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  run_id!: string;

  @ApiProperty({ enum: PHASES })
  @IsIn(PHASES)
  phase!: RunPhase;

  @ApiProperty()
  @IsInt()
  @Min(1)
  dispatch!: number;

  @ApiProperty({ enum: Object.values(PhaseOutcome) })
  @IsIn(Object.values(PhaseOutcome))
  outcome!: PhaseOutcome;

  @ApiPropertyOptional({ description: 'Whether the phase’s governance checks passed (completed phases).' })
  @IsOptional()
  @IsBoolean()
  governance_passed?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  skip_validation?: boolean;

  @ApiPropertyOptional({
    description: 'A failure another attempt may cure (provider overloaded, lost worker).',
  })
  @IsOptional()
  @IsBoolean()
  retryable?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  error?: string;
}

/** Stream `engineering:queue`: a task of type engineering was filed; the orchestrator starts a run for it. */
export class EngineeringTaskAnnounced {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  task_id!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  project_id?: string;

  @ApiPropertyOptional({ description: 'Profile of the run; the service’s default otherwise.' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_-]{0,99}$/)
  profile?: string;
}

/** Stream `cost.usage`: one priced model call, for the cost service (dedupe on provider_response_id). */
export class UsageRecorded {
  @ApiProperty() @IsString() @MaxLength(300) provider_response_id!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') run_id!: string;
  @ApiProperty() @IsString() @MaxLength(200) owner_id!: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') project_id?: string;
  @ApiProperty({ enum: PHASES }) @IsIn(PHASES) phase!: RunPhase;
  @ApiProperty() @IsString() @MaxLength(100) agent_id!: string;
  @ApiProperty() @IsString() @MaxLength(100) provider!: string;
  @ApiProperty() @IsString() @MaxLength(200) model!: string;
  @ApiProperty() @IsInt() @Min(0) input_tokens!: number;
  @ApiProperty() @IsInt() @Min(0) output_tokens!: number;
  @ApiProperty() @IsInt() @Min(0) cached_input_tokens!: number;
  @ApiProperty() @IsInt() @Min(0) reasoning_tokens!: number;
  @ApiProperty({ description: 'Exact decimal USD.' }) @Matches(/^\d+(\.\d+)?$/) cost_usd!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) @IsObject() price_snapshot!: Record<
    string,
    unknown
  >;
  @ApiProperty({ format: 'date-time' }) @IsString() occurred_at!: string;
}

/** The runs streams and what each carries. */
export const RUNS_STREAMS = {
  'runs.phase-requests': PhaseRequested,
  'runs.phase-results': PhaseResulted,
  'engineering:queue': EngineeringTaskAnnounced,
  'cost.usage': UsageRecorded,
} as const;
