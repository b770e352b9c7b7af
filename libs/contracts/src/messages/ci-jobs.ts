import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

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
