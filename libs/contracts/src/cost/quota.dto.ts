import { ApiProperty } from '@nestjs/swagger';
import { PLAN_LIMITS, type PlanLimit } from './enums';

export class QuotaItemDto {
  @ApiProperty({ enum: PLAN_LIMITS }) name!: PlanLimit;
  @ApiProperty({ type: 'integer' }) used!: number;
  @ApiProperty({ type: 'integer' }) limit!: number;
  @ApiProperty({ type: 'integer' }) remaining!: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When the count starts again from 0 (the org’s next local midnight or month); null for standing quotas.',
  })
  resets_at!: string | null;
}

/** `GET /api/v1/organizations/{org}/quota`: the seed's quota table, with the seed's field names too. */
export class QuotaDto {
  @ApiProperty() org!: string;
  @ApiProperty() timezone!: string;
  @ApiProperty({ example: '2026-12-01', description: 'The quota day: the org’s local date.' }) day!: string;
  @ApiProperty({ example: '2026-12' }) month!: string;
  @ApiProperty({ type: [QuotaItemDto] }) quotas!: QuotaItemDto[];
  @ApiProperty({ type: 'integer' }) pipelines_run_today!: number;
  @ApiProperty({ type: 'integer' }) daily_limit!: number;
  @ApiProperty({ type: 'integer' }) pipelines_run_month!: number;
  @ApiProperty({ type: 'integer' }) monthly_limit!: number;
  @ApiProperty({ type: 'integer' }) concurrent_pipelines_running!: number;
  @ApiProperty({ type: 'integer' }) concurrent_limit!: number;
  @ApiProperty({ type: 'integer' }) providers_used!: number;
  @ApiProperty({ type: 'integer' }) providers_limit!: number;
  @ApiProperty({ type: 'integer' }) seats_used!: number;
  @ApiProperty({ type: 'integer' }) seat_limit!: number;
}
