import { ApiPropertyOptional } from '@nestjs/swagger';
import { JobStatusValues, MAX_PAGE_SIZE, QueryInt, QueryText } from '@slipway/contracts';
import { IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import type { JobStatus } from './job-states';

export class JobListQueryDto {
  @ApiPropertyOptional({ enum: JobStatusValues })
  @IsOptional()
  @IsIn(JobStatusValues)
  status?: JobStatus;

  @QueryText('Repository, e.g. team/app.') repo?: string;
  @QueryText('Branch name.') branch?: string;
  @QueryInt(`Page size, 1 to ${MAX_PAGE_SIZE}.`, 1, MAX_PAGE_SIZE) limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'The last job id of the previous page (next_cursor).' })
  @IsOptional()
  @IsString()
  @IsUUID('all')
  cursor?: string;
}
