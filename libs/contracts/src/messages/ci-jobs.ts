import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

export const Forge = { gitea: 'gitea', github: 'github', manual: 'manual' } as const;
export type Forge = (typeof Forge)[keyof typeof Forge];

export const RefKind = { branch: 'branch', tag: 'tag', pull_request: 'pull_request' } as const;
export type RefKind = (typeof RefKind)[keyof typeof RefKind];

/** What starts a CI job: where the code is and which commit, as a forge event or a person described it. */
export class JobTriggerDto {
  @ApiProperty({ enum: Object.values(Forge) })
  @IsIn(Object.values(Forge))
  forge!: Forge;

  @ApiProperty({ example: 'push', description: 'The forge event (push, create, pull_request) or manual.' })
  @IsString()
  @MaxLength(50)
  event!: string;

  @ApiProperty({ example: 'gordon/hello-world' })
  @IsString()
  @MaxLength(300)
  repository!: string;

  @ApiProperty({ example: 'https://gitea.example.com/gordon/hello-world.git' })
  @IsString()
  @MaxLength(2000)
  clone_url!: string;

  @ApiProperty({ example: 'refs/heads/main', description: 'The full git ref to check out.' })
  @IsString()
  @MaxLength(500)
  ref!: string;

  @ApiProperty({ enum: Object.values(RefKind) })
  @IsIn(Object.values(RefKind))
  ref_kind!: RefKind;

  @ApiPropertyOptional({ example: 'main', description: 'Branch name (the head branch of a pull request).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  branch?: string;

  @ApiPropertyOptional({ example: 'v1.0.0' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  tag?: string;

  @ApiPropertyOptional({
    example: 'ef98532add3b2feb7a137426bba1248724367df5',
    description: 'Absent for a manual job on a moving ref.',
  })
  @IsOptional()
  @Matches(/^[0-9a-f]{7,64}$/)
  sha?: string;

  @ApiPropertyOptional({ example: 'gordon' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  author?: string;

  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  pull_request?: number;
}

/** Stream `ci.jobs`: a job to run. */
export class CiJobRequested extends JobTriggerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  job_id!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The job this one retries.' })
  @IsOptional()
  @IsUUID('all')
  retry_of?: string;
}

export const JobEndStatusValues = ['success', 'failed', 'cancelled', 'error'] as const;

/**
 * Stream `ci.job-events`: a job a runner executed has ended, once per job (a job refused before it
 * ran is not told), for the cost service to charge its runner time at its executor class's rate.
 */
export class CiJobFinished {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  job_id!: string;

  @ApiProperty({ enum: JobEndStatusValues })
  @IsIn(JobEndStatusValues)
  status!: (typeof JobEndStatusValues)[number];

  @ApiProperty({ example: 'kubernetes', description: 'The executor class that ran it (RUNNER_EXECUTOR).' })
  @Matches(/^[a-z][a-z0-9_-]{0,49}$/)
  executor!: string;

  @ApiProperty({ example: 'https://gitea.example.com/gordon/hello-world.git' })
  @IsString()
  @MaxLength(2000)
  clone_url!: string;

  @ApiProperty({ format: 'date-time', description: 'When a runner first claimed it.' })
  @IsISO8601({ strict: true })
  started_at!: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  finished_at!: string;

  @ApiProperty({ description: 'Runner time, finished_at − started_at, in milliseconds.' })
  @IsInt()
  @Min(0)
  duration_ms!: number;
}

/** The ci streams and what each carries: producers and consumers derive their types from this map. */
export const CI_STREAMS = { 'ci.jobs': CiJobRequested, 'ci.job-events': CiJobFinished } as const;

export const JobStatusValues = ['pending', 'running', 'success', 'failed', 'cancelled', 'error'] as const;

/** A CI job as GET /jobs/:id answers it. */
export class CiJobDto extends JobTriggerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: JobStatusValues }) status!: (typeof JobStatusValues)[number];
  @ApiProperty({ description: 'Claims so far; each claim by a runner is a new attempt.' }) attempt!: number;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
  @ApiPropertyOptional({ format: 'date-time' }) started_at?: string;
  @ApiPropertyOptional({ format: 'date-time' }) finished_at?: string;
  @ApiPropertyOptional() exit_code?: number;
  @ApiPropertyOptional({ description: 'The runner holding (or that held) the job.' }) runner?: string;
  @ApiPropertyOptional({ description: 'Why the job ended as it did, or why it waits.' }) reason?: string;
  @ApiPropertyOptional({ format: 'uuid' }) retry_of?: string;
  @ApiPropertyOptional({ description: 'Pending jobs: 1 = next to be claimed.' }) queue_position?: number;
}

/** POST /jobs: run a job by hand. */
export class ManualJobDto {
  @ApiProperty({ example: 'https://gitea.example.com/team/app.git' })
  @IsString()
  @MaxLength(2000)
  clone_url!: string;

  @ApiProperty({ example: 'refs/heads/main', description: 'A full ref, or a branch name.' })
  @IsString()
  @MaxLength(500)
  ref!: string;

  @ApiPropertyOptional({ example: 'ef98532add3b2feb7a137426bba1248724367df5' })
  @IsOptional()
  @Matches(/^[0-9a-f]{7,64}$/)
  sha?: string;
}

/** What POST /jobs, webhooks and retries answer. */
export class JobAcceptedDto {
  @ApiProperty({ format: 'uuid' }) job_id!: string;
  @ApiProperty({ enum: JobStatusValues }) status!: string;
  @ApiPropertyOptional({ description: 'True when this delivery or event already made the job.' })
  duplicate?: boolean;
}
