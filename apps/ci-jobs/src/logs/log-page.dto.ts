import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QueryInt } from '@slipway/contracts';
import { IsOptional, Matches } from 'class-validator';

export const MAX_LOG_PAGE = 5000;
export const DEFAULT_LOG_PAGE = 1000;

/** GET /jobs/:id/log-lines: a page of the log's entries, the newest first unless `before` says where. */
export class LogPageQueryDto {
  @ApiPropertyOptional({
    example: '1767225600000-0',
    description: 'An entry id: the page ends just before it (the newest entries when absent).',
  })
  @IsOptional()
  @Matches(/^\d{1,20}-\d{1,20}$/, { message: 'before must be an entry id this log sent' })
  before?: string;

  @QueryInt(`Entries, 1 to ${MAX_LOG_PAGE} (default ${DEFAULT_LOG_PAGE}).`, 1, MAX_LOG_PAGE) limit?: number;
}

export class LogLineDto {
  @ApiProperty({ enum: ['stdout', 'stderr', 'system'] }) stream!: 'stdout' | 'stderr' | 'system';
  @ApiPropertyOptional({ description: 'The pipeline step that wrote it.' }) step?: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** One entry as the SSE stream sends it: a line, a status change, or the end with the final status. */
export class LogEntryDto {
  @ApiProperty({ example: '1767225600000-0', description: 'The SSE event id of the entry.' }) id!: string;
  @ApiProperty({ enum: ['line', 'status', 'end'] }) type!: 'line' | 'status' | 'end';
  @ApiPropertyOptional({ type: LogLineDto, description: 'type line' }) line?: LogLineDto;
  @ApiPropertyOptional({ description: 'type status or end' }) status?: string;
}

export class LogPageDto {
  @ApiProperty({ type: [LogEntryDto], description: 'Oldest first.' }) entries!: LogEntryDto[];
  @ApiProperty({
    description: 'Whether entries come before the first one (ask again with its id as before).',
  })
  more_before!: boolean;
  @ApiProperty({
    description: 'Entries the log holds now: a page of the tail starts at entry total − entries.length + 1.',
  })
  total!: number;
}
