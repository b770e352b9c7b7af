import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Instant, SLUG_PATTERN } from './records/fields';

/** What a bootstrap or sync did to one kind of shipped default. */
export class ShippedDefaultsReportDto {
  @ApiProperty({ type: 'integer', description: 'Rows written that did not exist.' }) created!: number;
  @ApiProperty({ type: 'integer', description: 'Rows brought up to the shipped version.' }) updated!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Rows already as shipped, or changed by the operator and kept.',
  })
  unchanged!: number;
}

export class BootstrapReportDto {
  @ApiProperty({ type: ShippedDefaultsReportDto }) plans!: ShippedDefaultsReportDto;
  @ApiProperty({ type: ShippedDefaultsReportDto }) prices!: ShippedDefaultsReportDto;
  @ApiProperty({ type: ShippedDefaultsReportDto }) alert_presets!: ShippedDefaultsReportDto;
}

/** What a quota job did across organizations. */
export class QuotaJobReportDto {
  @ApiProperty({ type: 'integer' }) organizations!: number;
  @ApiProperty({
    type: 'integer',
    description:
      'reset-daily / reset-monthly: organizations whose counter of the current window disagreed with the records and was set to them; cleanup-stale: abandoned pipelines marked expired.',
  })
  changed!: number;
  @ApiProperty({ type: [String], description: 'The organizations where something changed.' }) orgs!: string[];
}

/** POST /api/v1/admin/costs/recompute: re-price the model calls of a window with the prices now in force for their time. */
export class RecomputeCostsDto {
  @ApiPropertyOptional({
    example: 'acme',
    description: 'One organization (its slug); every one when left out.',
  })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'org must be an organization slug' })
  org?: string;
  @Instant(true, 'Spend from this instant, included.') from!: string;
  @Instant(true, 'Spend before this instant, excluded.') to!: string;
}

/** The recompute job queued for the cost-worker. */
export class RecomputeQueuedDto {
  @ApiProperty({ description: 'The BullMQ job that re-prices the window.' }) job_id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'null: every organization.' }) org!:
    string | null;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiProperty({ enum: ['queued'] }) status!: 'queued';
}
