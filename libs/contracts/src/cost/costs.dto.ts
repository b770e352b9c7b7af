import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateBy } from 'class-validator';
import { QueryBool, QueryEnum, QueryInt, QueryText, QueryUuid } from '../common/query';
import { SpendSource } from './enums';
import { CalendarDate } from './records/fields';
import { HIERARCHY_LEVEL_PATTERN } from './records/organizations.dto';
import { MAX_SPEND_DAYS, MAX_SPEND_GROUPS } from './records/spend-reads.dto';

/**
 * The cost reads of `/api/v1/costs/{org}/…`: sums of the spend ledger over local days of the
 * organization, exact decimal amounts in its currency, zero-filled where bucketed.
 */

/** Named ranges of local days, each ending today (or at the end of the last whole week, month…). */
export const COST_PERIODS = [
  'today',
  'yesterday',
  'last_7_days',
  'last_30_days',
  'last_90_days',
  'this_week',
  'last_week',
  'this_month',
  'last_month',
  'this_quarter',
  'last_quarter',
  'this_year',
] as const;
export type CostPeriod = (typeof COST_PERIODS)[number];
export const DEFAULT_COST_PERIOD: CostPeriod = 'this_month';

/** What a summary groups by; `level` maps each node to its ancestor at `?level=`. */
export const COST_GROUPS = [
  'provider',
  'model',
  'project',
  'node',
  'level',
  'user',
  'source',
  'day',
] as const;
export type CostGroup = (typeof COST_GROUPS)[number];

export const COST_GRANULARITIES = ['hour', 'day', 'week', 'month'] as const;
export type CostGranularity = (typeof COST_GRANULARITIES)[number];

/** Days an hourly trend may span. */
export const MAX_COST_HOUR_DAYS = 31;
/** Days any other read may span (as data-api's rollup reads). */
export const MAX_COST_DAYS = MAX_SPEND_DAYS;
export const DEFAULT_COST_GROUPS = 100;

/** `include_descendants` only beside a node_id. */
const NeedsNodeId = () =>
  ValidateBy({
    name: 'withNode',
    validator: {
      validate: (value: unknown, args) =>
        value !== true || typeof (args?.object as { node_id?: unknown }).node_id === 'string',
      defaultMessage: () => 'include_descendants needs node_id',
    },
  });

const asList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;

/** The organization's local days a read covers: a named period, or start_date (and end_date). */
export class CostRangeQueryDto {
  @CalendarDate(false, 'First local day, included (the organization’s time zone).') start_date?: string;
  @CalendarDate(false, 'Last local day, included; today when left out. Needs start_date.') end_date?: string;
  @ApiPropertyOptional({
    enum: COST_PERIODS,
    description: `A named range ending today in the organization’s time zone; not with start_date/end_date. Default ${DEFAULT_COST_PERIOD} when neither is given.`,
  })
  @IsOptional()
  @IsIn(COST_PERIODS, { message: `period must be one of: ${COST_PERIODS.join(', ')}` })
  period?: CostPeriod;
}

/** Which spend a read sums (every filter optional; together they narrow). */
export class CostFiltersQueryDto extends CostRangeQueryDto {
  @QueryText('Exact provider.') provider?: string;
  @QueryText('Exact model.') model?: string;
  @QueryUuid('Only this registry project.') project_id?: string;
  @QueryUuid('Only spend charged to this hierarchy node (with include_descendants: its subtree).')
  node_id?: string;
  @QueryBool('With node_id: the node’s descendants too.')
  @NeedsNodeId()
  include_descendants?: boolean;
  @QueryText('Exact user.') user_id?: string;
  @QueryEnum(SpendSource, 'One source or a comma-separated list.') source?: SpendSource[];
}

export class CostTotalQueryDto extends CostFiltersQueryDto {}

export class CostSummaryQueryDto extends CostFiltersQueryDto {
  @ApiPropertyOptional({
    enum: COST_GROUPS,
    isArray: true,
    description:
      'Comma-separated dimensions, in the order the keys are given; default provider. `level` needs ?level=.',
  })
  @IsOptional()
  @Transform(asList)
  @IsIn(COST_GROUPS, { each: true, message: `each group_by value must be one of: ${COST_GROUPS.join(', ')}` })
  group_by?: CostGroup[];
  @ApiPropertyOptional({
    description: 'With group_by=level: one of the organization’s hierarchy levels (e.g. department).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(HIERARCHY_LEVEL_PATTERN, { message: `level must match ${HIERARCHY_LEVEL_PATTERN.source}` })
  level?: string;
  @QueryInt(
    `Groups answered, largest amount first (default ${DEFAULT_COST_GROUPS}); group_count tells how many there are.`,
    1,
    MAX_SPEND_GROUPS,
  )
  limit?: number;
}

export class CostTrendQueryDto extends CostFiltersQueryDto {
  @ApiPropertyOptional({
    enum: COST_GRANULARITIES,
    description: `Bucket size in the organization’s time zone; weeks start on Monday; hour spans at most ${MAX_COST_HOUR_DAYS} days. Default day.`,
  })
  @IsOptional()
  @IsIn(COST_GRANULARITIES, { message: `granularity must be one of: ${COST_GRANULARITIES.join(', ')}` })
  granularity?: CostGranularity;
}

// ── answers ─────────────────────────────────────────────────────────────────────────────────────

export class CostPeriodDto {
  @ApiProperty({ format: 'date', description: 'First local day, included.' }) start_date!: string;
  @ApiProperty({ format: 'date', description: 'Last local day, included.' }) end_date!: string;
  @ApiProperty({ type: 'integer' }) days!: number;
  @ApiProperty({ enum: COST_PERIODS, nullable: true, description: 'The named period asked for, if any.' })
  period!: CostPeriod | null;
  @ApiProperty({ example: 'Europe/Paris', description: 'The organization’s time zone the days are in.' })
  timezone!: string;
}

export class CostTotalsDto {
  @ApiProperty({
    example: '12.000125',
    description: 'Exact decimal in the organization’s currency, never rounded.',
  })
  amount!: string;
  @ApiProperty({ type: 'integer', description: 'Prompt tokens, the cached ones included.' })
  input_tokens!: number;
  @ApiProperty({ type: 'integer' }) output_tokens!: number;
  @ApiProperty({ type: 'integer' }) cached_input_tokens!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Priced events counted (a recompute’s adjustment rows change the amount, not this).',
  })
  events!: number;
}

/** A group's values of the group_by dimensions (only those asked for); null where the spend names none. */
export class CostGroupKeyDto {
  @ApiPropertyOptional() provider?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) model?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) project_id?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      'group_by node: the node charged. group_by level: its ancestor (or itself) at the level; null for spend of no node, of a node above the level, or of a node since deleted.',
  })
  node_id?: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The node’s code, when it still exists.',
  })
  node_code?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) node_name?: string | null;
  @ApiPropertyOptional({ description: 'group_by level: the level grouped by.' }) level?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) user_id?: string | null;
  @ApiPropertyOptional({ enum: Object.values(SpendSource) }) source?: SpendSource;
  @ApiPropertyOptional({ format: 'date', description: 'The local day.' }) day?: string;
}

export class CostGroupDto extends CostTotalsDto {
  @ApiProperty({ type: CostGroupKeyDto }) key!: CostGroupKeyDto;
}

/** Fields every cost answer starts with. */
export class CostAnswerDto {
  @ApiProperty({ description: 'The organization’s slug.' }) org!: string;
  @ApiProperty({ example: 'EUR', description: 'The organization’s currency: every amount is in it.' })
  currency!: string;
  @ApiProperty({ type: CostPeriodDto }) period!: CostPeriodDto;
}

export class CostSourceTotalDto extends CostTotalsDto {
  @ApiProperty({ enum: Object.values(SpendSource) }) source!: SpendSource;
}

/** `GET /api/v1/costs/{org}/total`. */
export class CostTotalDto extends CostAnswerDto {
  @ApiProperty({ type: CostTotalsDto }) total!: CostTotalsDto;
  @ApiProperty({ type: [CostSourceTotalDto], description: 'The total per source, largest amount first.' })
  by_source!: CostSourceTotalDto[];
}

/** `GET /api/v1/costs/{org}/summary`. */
export class CostSummaryDto extends CostAnswerDto {
  @ApiProperty({ enum: COST_GROUPS, isArray: true }) group_by!: CostGroup[];
  @ApiProperty({ type: [CostGroupDto], description: 'Largest amount first, at most `limit`.' })
  groups!: CostGroupDto[];
  @ApiProperty({ type: CostTotalsDto, description: 'Of all matching spend, every group included.' })
  total!: CostTotalsDto;
  @ApiProperty({ type: 'integer', description: 'Groups in all; more than answered when truncated.' })
  group_count!: number;
  @ApiProperty() truncated!: boolean;
}

export class CostTrendBucketDto extends CostTotalsDto {
  @ApiProperty({
    example: '2026-03-02',
    description:
      'The bucket’s first local day (YYYY-MM-DD; a Monday for weeks, the 1st for months), or for hours its first instant in the organization’s time zone (2026-03-02T14:00:00+01:00).',
  })
  start!: string;
}

/** `GET /api/v1/costs/{org}/trend-granular`. */
export class CostTrendDto extends CostAnswerDto {
  @ApiProperty({ enum: COST_GRANULARITIES }) granularity!: CostGranularity;
  @ApiProperty({
    type: [CostTrendBucketDto],
    description: 'Every bucket of the range, zero-filled; the first and last count only days in range.',
  })
  buckets!: CostTrendBucketDto[];
  @ApiProperty({ type: CostTotalsDto }) total!: CostTotalsDto;
}

/** `POST /api/v1/costs/{org}/cache/invalidate`. */
export class CostCacheInvalidatedDto {
  @ApiProperty() org!: string;
  @ApiProperty({
    type: 'integer',
    description: 'The cache generation now in force: answers cached under an earlier one are never served.',
  })
  generation!: number;
}
