/** cost-api's budget reservations (/api/v1/budgets/…) and budget figures (/api/v1/organizations/{org}/budgets). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Enum, Int, Text, Uuid } from '../common/fields';
import { RUN_PHASE_ORDER, UsageSource, type RunPhase } from '../entities/enums';
import { BudgetEnforcement } from './enums';

/** The longest a reservation may be held without being settled or released. */
export const MAX_RESERVATION_LEASE_MS = 3_600_000;
const MAX_TOKENS = 100_000_000;

export const BudgetPeriod = { daily: 'daily', monthly: 'monthly' } as const;
export type BudgetPeriod = (typeof BudgetPeriod)[keyof typeof BudgetPeriod];

/** Where a model call's spend is charged: a registry project (its hierarchy node) or a node itself. */
class BudgetTargetDto {
  @Uuid(
    true,
    'Chosen by the caller, one per model call: a repeated reserve, settle or release of it counts once.',
  )
  reservation_id!: string;
  @Uuid(false, 'The registry project the call works for; its hierarchy node is charged.') project_id?: string;
  @Uuid(false, 'The hierarchy node charged, instead of the project’s.') node_id?: string;
}

/** `POST /api/v1/budgets/reserve/{org}`: hold the worst case of one model call on its node and every ancestor. */
export class ReserveBudgetDto extends BudgetTargetDto {
  @Text(true, 100) provider!: string;
  @Text(true, 200) model!: string;
  @Int(true, 0, MAX_TOKENS, 'The caller’s estimate of the prompt, cached tokens included.')
  input_tokens!: number;
  @Int(true, 0, MAX_TOKENS, 'The most the call may write (its max_tokens).') max_output_tokens!: number;
  @Int(
    false,
    1_000,
    MAX_RESERVATION_LEASE_MS,
    'How long the reservation is held without a settle or release (the call’s timeout); default BUDGET_RESERVATION_LEASE_MS.',
  )
  lease_ms?: number;
  @Enum(UsageSource, false, 'Who calls: a run’s phase or the planner.') source?: UsageSource;
  @Uuid(false) run_id?: string;
  @ApiPropertyOptional({ enum: RUN_PHASE_ORDER })
  @IsOptional()
  @IsIn(RUN_PHASE_ORDER)
  phase?: RunPhase;
  @Text(false, 50, 'Planner calls: generate, refine, decompose or chat.') endpoint?: string;
}

/** A soft budget this reservation was admitted over (where a hard one would have refused). */
export class BudgetReachedDto {
  @ApiProperty({ format: 'uuid' }) node_id!: string;
  @ApiProperty({ enum: Object.values(BudgetPeriod) }) period!: BudgetPeriod;
  @ApiProperty({ example: '100' }) budget!: string;
}

export class BudgetReservationDto {
  @ApiProperty({ format: 'uuid' }) reservation_id!: string;
  @ApiProperty({ enum: ['open', 'settled', 'released', 'expired'] }) state!: ReservationState;
  @ApiProperty({ description: 'False when this reservation was made before (a retried reserve).' })
  created!: boolean;
  @ApiProperty({ example: '0.0125', description: 'The worst case held, in the organization’s currency.' })
  amount!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({
    description: 'False when no price of the model is in force: the call is held and charged at 0.',
  })
  priced!: boolean;
  @ApiProperty({
    type: [String],
    description: 'The nodes charged, the root first; empty for a project in no node.',
  })
  node_ids!: string[];
  @ApiProperty({ format: 'date-time', description: 'Unless settled or released by then, the hold lapses.' })
  expires_at!: string;
  @ApiProperty({
    type: [BudgetReachedDto],
    description: 'Soft budgets this call goes over (notified once per window).',
  })
  reached!: BudgetReachedDto[];
}

export type ReservationState = 'open' | 'settled' | 'released' | 'expired';

/** `POST /api/v1/budgets/settle/{org}`: the call ended; its reservation becomes what it actually cost. */
export class SettleBudgetDto extends BudgetTargetDto {
  @Text(false, 100, 'Needed only when the reservation has lapsed and been forgotten.') provider?: string;
  @Text(false, 200) model?: string;
  @Int(true, 0, MAX_TOKENS, 'Prompt tokens as the provider counted them, cached ones included.')
  input_tokens!: number;
  @Int(true, 0, MAX_TOKENS) output_tokens!: number;
  @Int(false, 0, MAX_TOKENS, 'Default 0.') cached_input_tokens?: number;
  @Text(false, 300, 'The provider’s response id (cost.usage’s provider_response_id).') usage_id?: string;
}

export class BudgetSettlementDto {
  @ApiProperty({ format: 'uuid' }) reservation_id!: string;
  @ApiProperty({ example: '0.0031', description: 'What the call cost, now counted as spent.' })
  amount!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The worst case that was held; null if it had lapsed.',
  })
  reserved_amount!: string | null;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({
    enum: ['open', 'expired', 'unknown', 'settled'],
    description:
      'What the reservation was before: open, lapsed (expired), forgotten (unknown: charged on the nodes of the body), or settled already (nothing counted again).',
  })
  was!: 'open' | 'expired' | 'unknown' | 'settled';
}

/** `POST /api/v1/budgets/release/{org}`: the call failed and cost nothing; its hold comes back. */
export class ReleaseBudgetDto extends BudgetTargetDto {}

export class BudgetReleaseDto {
  @ApiProperty({ format: 'uuid' }) reservation_id!: string;
  @ApiProperty({ description: 'False when nothing was held any more (released before, lapsed, or unknown).' })
  released!: boolean;
}

/** One window of a node: its budget and what is spent and held in it. */
export class BudgetWindowDto {
  @ApiProperty({ type: String, nullable: true, example: '100', description: 'Null: no budget.' })
  budget!: string | null;
  @ApiProperty({ example: '12.5' }) spent!: string;
  @ApiProperty({ example: '0.25', description: 'Held by open reservations (calls in flight).' })
  reserved!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '87.25',
    description: 'Never below 0; null: no budget.',
  })
  remaining!: string | null;
  @ApiProperty({
    format: 'date-time',
    description: 'The start of the next window in the organization’s time zone.',
  })
  resets_at!: string;
}

export class NodeBudgetDto {
  @ApiProperty({ format: 'uuid' }) node_id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parent_id!: string | null;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() level!: string;
  @ApiProperty({
    enum: Object.values(BudgetEnforcement),
    description:
      'hard refuses calls over the budget, soft admits them and notifies (a node without one: hard).',
  })
  enforcement!: BudgetEnforcement;
  @ApiProperty({ type: BudgetWindowDto }) daily!: BudgetWindowDto;
  @ApiProperty({ type: BudgetWindowDto }) monthly!: BudgetWindowDto;
}

/** `GET /api/v1/organizations/{org}/budgets`: every node's budgets, spend including its subtree's, and holds. */
export class OrgBudgetsDto {
  @ApiProperty() org!: string;
  @ApiProperty({ example: 'Europe/Paris' }) timezone!: string;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ example: '2026-12-01', description: 'The budget day: the org’s local date.' }) day!: string;
  @ApiProperty({ example: '2026-12' }) month!: string;
  @ApiProperty({ type: [NodeBudgetDto], description: 'Parents before their children.' })
  nodes!: NodeBudgetDto[];
}
