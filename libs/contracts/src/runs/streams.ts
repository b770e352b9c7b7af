import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { RUN_PHASE_ORDER, type RunPhase } from '../entities/enums';

/** Stream `runs.phase-requests`: execute one phase of a run (the orchestrator → an agent worker). */
export class PhaseRequested {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  run_id!: string;

  @ApiProperty({ enum: RUN_PHASE_ORDER })
  @IsIn(RUN_PHASE_ORDER)
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

  @ApiProperty({ enum: RUN_PHASE_ORDER })
  @IsIn(RUN_PHASE_ORDER)
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

/** The streams of the runs domain (the orchestrator and its agent workers) and what each carries. */
export const RUNS_STREAMS = {
  'runs.phase-requests': PhaseRequested,
  'runs.phase-results': PhaseResulted,
  'engineering:queue': EngineeringTaskAnnounced,
} as const;
