import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, ValidateBy } from 'class-validator';
import { QueryBool, QueryEnum, QueryInt, QueryText, QueryUuid } from '../../common/query';
import { SpendSource } from '../enums';
import { DATE_PATTERN, isTimeZone } from './fields';

/** The reads of the spend ledger and its daily rollups: sums only, exact, zero-filled where bucketed. */

export const SPEND_GROUP_FIELDS = [
  'provider',
  'model',
  'project_id',
  'node_id',
  'user_id',
  'source',
  'local_day',
] as const;
export type SpendGroupField = (typeof SPEND_GROUP_FIELDS)[number];
export const SPEND_DAY_BUCKETS = ['day', 'week', 'month'] as const;
export type SpendDayBucket = (typeof SPEND_DAY_BUCKETS)[number];
/** Days one aggregate or day trend may span (a leap year). */
export const MAX_SPEND_DAYS = 366;
/** Days one hour trend over the ledger may span. */
export const MAX_SPEND_HOUR_DAYS = 31;
export const MAX_SPEND_GROUPS = 10_000;
export const DEFAULT_SPEND_GROUPS = 1000;

const asList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;

const RequiredQueryUuid = (description: string) =>
  applyDecorators(ApiProperty({ format: 'uuid', description }), IsUUID('all'));

const QueryDay = (description: string) =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date', description }),
    IsString(),
    Matches(DATE_PATTERN, { message: '$property must be a date, YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
  );

const RequiredQueryTime = (description: string) =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date-time', description }),
    IsISO8601({ strict: true }),
  );

/** The filters every spend read takes; the organization is required (every index starts with it). */
export class SpendFiltersDto {
  @RequiredQueryUuid('The organization.') org_id!: string;
  @QueryUuid('Only spend charged to this hierarchy node (see include_descendants).') node_id?: string;
  @QueryBool('With node_id: the node’s descendants too.')
  @ValidateBy({
    name: 'withNode',
    validator: {
      validate: (value: unknown, args) =>
        value !== true || typeof (args?.object as { node_id?: unknown }).node_id === 'string',
      defaultMessage: () => 'include_descendants needs node_id',
    },
  })
  include_descendants?: boolean;
  @QueryUuid('Only this registry project.') project_id?: string;
  @QueryText('Exact provider.') provider?: string;
  @QueryText('Exact model.') model?: string;
  @QueryEnum(SpendSource, 'One source or a comma-separated list.') source?: SpendSource[];
  @QueryText('Exact user.') user_id?: string;
}

export class SpendAggregateQueryDto extends SpendFiltersDto {
  @QueryDay('First local day, included.') from_day!: string;
  @QueryDay(`Last local day, included (at most ${MAX_SPEND_DAYS} days from from_day).`) to_day!: string;
  @ApiPropertyOptional({
    enum: SPEND_GROUP_FIELDS,
    isArray: true,
    description: 'Comma-separated dimensions to group by; none: the total alone.',
  })
  @IsOptional()
  @Transform(asList)
  @IsIn(SPEND_GROUP_FIELDS, {
    each: true,
    message: `each group_by field must be one of: ${SPEND_GROUP_FIELDS.join(', ')}`,
  })
  group_by?: SpendGroupField[];
  @QueryInt(
    `Groups answered, largest amount first (default ${DEFAULT_SPEND_GROUPS}); group_count tells how many there are.`,
    1,
    MAX_SPEND_GROUPS,
  )
  limit?: number;
}

export class SpendTrendQueryDto extends SpendFiltersDto {
  @QueryDay('First local day, included.') from_day!: string;
  @QueryDay(`Last local day, included (at most ${MAX_SPEND_DAYS} days from from_day).`) to_day!: string;
  @ApiPropertyOptional({
    enum: SPEND_DAY_BUCKETS,
    description: 'Bucket size; weeks start on Monday. Default day.',
  })
  @IsOptional()
  @IsIn(SPEND_DAY_BUCKETS)
  bucket?: SpendDayBucket;
}

export class SpendHourTrendQueryDto extends SpendFiltersDto {
  @RequiredQueryTime('Start instant, included.') from!: string;
  @RequiredQueryTime(`End instant, excluded (at most ${MAX_SPEND_HOUR_DAYS} days after from).`) to!: string;
  @ApiPropertyOptional({ enum: ['hour'], description: 'Bucket size: hour (the default and only one).' })
  @IsOptional()
  @IsIn(['hour'])
  bucket?: 'hour';
  @ApiPropertyOptional({
    type: String,
    example: 'Europe/Paris',
    description: 'IANA time zone of the buckets; default UTC.',
  })
  @IsOptional()
  @ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: isTimeZone,
      defaultMessage: () => 'timezone must be an IANA time zone, e.g. Europe/Paris',
    },
  })
  timezone?: string;
}

export class SpendTotalsDto {
  @ApiProperty({ example: '12.000125', description: 'Exact decimal, sub-cent digits kept.' }) amount!: string;
  @ApiProperty({ type: 'integer' }) input_tokens!: number;
  @ApiProperty({ type: 'integer' }) output_tokens!: number;
  @ApiProperty({ type: 'integer' }) cached_input_tokens!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Priced events counted (a recompute’s adjustment rows change the amount, not this).',
  })
  events!: number;
}

/** A group's values of the group_by dimensions (only those); null where the spend names none. */
export class SpendGroupKeyDto {
  @ApiPropertyOptional({ type: String, nullable: true }) provider?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) model?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) project_id?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) node_id?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) user_id?: string | null;
  @ApiPropertyOptional({ enum: Object.values(SpendSource) }) source?: SpendSource;
  @ApiPropertyOptional({ type: String, format: 'date' }) local_day?: string;
}
export class SpendGroupDto extends SpendTotalsDto {
  @ApiProperty({ type: SpendGroupKeyDto }) key!: SpendGroupKeyDto;
}
export class SpendAggregateDto {
  @ApiProperty({ type: [SpendGroupDto], description: 'Largest amount first, at most `limit`.' })
  groups!: SpendGroupDto[];
  @ApiProperty({ type: SpendTotalsDto, description: 'Of all matching spend, every group included.' })
  total!: SpendTotalsDto;
  @ApiProperty({ type: 'integer', description: 'Groups in all; more than answered when truncated.' })
  group_count!: number;
  @ApiProperty() truncated!: boolean;
}

export class SpendDayBucketDto extends SpendTotalsDto {
  @ApiProperty({
    format: 'date',
    description: 'First day of the bucket (a Monday for weeks, the 1st for months).',
  })
  start!: string;
}
export class SpendDayTrendDto {
  @ApiProperty({ enum: SPEND_DAY_BUCKETS }) bucket!: SpendDayBucket;
  @ApiProperty({
    type: [SpendDayBucketDto],
    description:
      'Every bucket from from_day’s to to_day’s, zero-filled; the first and last count only days in range.',
  })
  buckets!: SpendDayBucketDto[];
  @ApiProperty({ type: SpendTotalsDto }) total!: SpendTotalsDto;
}

export class SpendHourBucketDto extends SpendTotalsDto {
  @ApiProperty({ format: 'date-time', description: 'The hour’s first instant, UTC.' }) start!: string;
  @ApiProperty({ example: '2025-01-01T00:00:00+01:00', description: 'The same instant in the time zone.' })
  local_start!: string;
}
export class SpendHourTrendDto {
  @ApiProperty({ enum: ['hour'] }) bucket!: 'hour';
  @ApiProperty({ example: 'Europe/Paris' }) timezone!: string;
  @ApiProperty({
    type: [SpendHourBucketDto],
    description:
      'Every local hour from from’s to the one before to, zero-filled; the first counts only spend from `from`.',
  })
  buckets!: SpendHourBucketDto[];
  @ApiProperty({ type: SpendTotalsDto }) total!: SpendTotalsDto;
}
