/**
 * The answer of GET /runs/{run_id}/metrics: the seed's fields (token usage, cost, durations, governance and
 * hygiene scores) plus the "Enhanced Metrics": per-agent breakdown, the projected cost of the remaining
 * phases and the run's budget. Every amount of money is given twice: as a JSON number rounded to 15
 * significant digits (what a chart needs) and as the exact decimal string (what a ledger needs).
 */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PhaseStatus, RUN_PHASE_ORDER, type RunPhase } from '../entities/enums';

export const PROJECTION_BASES = ['history', 'this_run', 'none'] as const;
/**
 * Where projected token counts come from: the median of earlier runs of the same profile, the mean of this
 * run's completed phases, or nothing at all (zeros).
 */
export type ProjectionBasis = (typeof PROJECTION_BASES)[number];

/** What governance checks of each required artifact: it is there, it is not empty, it is valid for its type. */
export const GOVERNANCE_CHECKS = ['present', 'non_empty', 'valid'] as const;
export type GovernanceCheckKind = (typeof GOVERNANCE_CHECKS)[number];

/** What hygiene finds wrong with an artifact. */
export const HYGIENE_ISSUE_KINDS = [
  'empty_file',
  'parse_error',
  'broken_markdown',
  'unresolved_marker',
] as const;
export type HygieneIssueKind = (typeof HYGIENE_ISSUE_KINDS)[number];

const USD_EXAMPLE = 0.012345;
const USD_EXACT_EXAMPLE = '0.012345';

export class TokenUsageDto {
  @ApiProperty({ type: 'integer', description: 'Prompt tokens, cached ones included.' })
  input!: number;
  @ApiProperty({ type: 'integer', description: 'Completion tokens, reasoning ones included.' })
  output!: number;
  @ApiProperty({ type: 'integer', description: 'Prompt tokens served from the provider’s cache.' })
  cached_input!: number;
  @ApiProperty({ type: 'integer', description: 'Completion tokens spent on reasoning.' })
  reasoning!: number;
}

export class AgentMetricsDto {
  @ApiProperty() agent_id!: string;
  @ApiProperty({ type: 'integer', description: 'Model calls recorded for the agent in this phase.' })
  calls!: number;
  @ApiProperty({ type: () => TokenUsageDto }) token_usage!: TokenUsageDto;
  @ApiProperty({ example: USD_EXAMPLE }) cost_usd!: number;
  @ApiProperty({ example: USD_EXACT_EXAMPLE }) cost_usd_exact!: string;
}

export class GovernanceCheckFailureDto {
  @ApiProperty({ example: 'openapi.yaml', description: 'The artifact, relative to its phase directory.' })
  artifact!: string;
  @ApiProperty({ enum: GOVERNANCE_CHECKS }) check!: GovernanceCheckKind;
  @ApiPropertyOptional({ example: 'yaml: bad indentation' }) message?: string;
}

export class PhaseMetricsDto {
  @ApiProperty({ enum: RUN_PHASE_ORDER }) phase!: RunPhase;
  @ApiProperty({ enum: Object.values(PhaseStatus) }) status!: PhaseStatus;
  @ApiProperty({ description: 'Start to completion, or to now while the phase runs.', example: 300 })
  duration_seconds!: number;
  @ApiProperty({ type: () => TokenUsageDto }) token_usage!: TokenUsageDto;
  @ApiProperty({ example: USD_EXAMPLE }) cost_usd!: number;
  @ApiProperty({ example: USD_EXACT_EXAMPLE }) cost_usd_exact!: string;
  @ApiProperty({ type: [String] }) agents_executed!: string[];
  @ApiProperty({ type: 'integer' }) artifacts_generated!: number;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Null until governance judged the phase.' })
  governance_passed!: boolean | null;
  @ApiProperty({ type: [String] }) governance_warnings!: string[];
  @ApiProperty({
    type: () => [GovernanceCheckFailureDto],
    description: 'The governance checks of the phase that failed (empty when it passed or was not judged).',
  })
  governance_failed_checks!: GovernanceCheckFailureDto[];
  @ApiProperty({ type: () => [AgentMetricsDto] }) agents!: AgentMetricsDto[];
}

export class HygieneIssueDto {
  @ApiProperty({ description: 'Phase directory and name: `development/src/app.py`.' }) file!: string;
  @ApiProperty({ enum: HYGIENE_ISSUE_KINDS }) kind!: HygieneIssueKind;
  @ApiProperty() detail!: string;
}

export class HygieneDto {
  @ApiProperty({ type: 'integer' }) files_checked!: number;
  @ApiProperty({ type: () => [HygieneIssueDto] }) issues!: HygieneIssueDto[];
}

export class PhaseProjectionDto {
  @ApiProperty({ enum: RUN_PHASE_ORDER }) phase!: RunPhase;
  @ApiProperty({ type: 'integer' }) projected_input_tokens!: number;
  @ApiProperty({ type: 'integer' }) projected_output_tokens!: number;
  @ApiProperty({ example: USD_EXAMPLE }) projected_cost_usd!: number;
  @ApiProperty({ example: USD_EXACT_EXAMPLE }) projected_cost_usd_exact!: string;
  @ApiProperty({ enum: PROJECTION_BASES }) basis!: ProjectionBasis;
  @ApiProperty({ type: 'integer', description: 'Runs the token counts are drawn from.' })
  basis_runs!: number;
  @ApiProperty({ description: 'The model the phase is priced at.' }) model!: string;
  @ApiProperty({ description: 'False when the model has no price in available_models (cost counted as 0).' })
  priced!: boolean;
}

export class CostProjectionDto {
  @ApiProperty({ type: () => [PhaseProjectionDto], description: 'Phases neither completed nor skipped.' })
  remaining_phases!: PhaseProjectionDto[];
  @ApiProperty({ example: USD_EXAMPLE }) projected_cost_usd!: number;
  @ApiProperty({ example: USD_EXACT_EXAMPLE }) projected_cost_usd_exact!: string;
  @ApiProperty({
    enum: PROJECTION_BASES,
    description: 'The least informed basis of any remaining phase; none when nothing remains.',
  })
  basis!: ProjectionBasis;
  @ApiProperty({ type: [String], description: 'Why part of the projection is less than it seems.' })
  notes!: string[];
}

export class PhaseDurationDto {
  @ApiProperty({ enum: RUN_PHASE_ORDER }) phase!: RunPhase;
  @ApiProperty({
    type: 'integer',
    description: 'Seconds the phase is expected to run still (a running phase: what its estimate leaves).',
  })
  projected_seconds!: number;
  @ApiProperty({ enum: PROJECTION_BASES }) basis!: ProjectionBasis;
  @ApiProperty({ type: 'integer', description: 'Runs the duration is drawn from.' }) basis_runs!: number;
}

export class CompletionEstimateDto {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description:
      'Seconds of execution until the last phase is expected to end: from earlier runs of the profile, else this run’s pace; 0 once the run ended; null when neither exists yet. Time a run waits for /next or an approval is not counted.',
  })
  remaining_seconds!: number | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Now plus remaining_seconds; when the run ended, its end.',
  })
  estimated_completion_at!: string | null;
  @ApiProperty({
    enum: PROJECTION_BASES,
    description: 'The least informed basis of any remaining phase; none when nothing remains.',
  })
  basis!: ProjectionBasis;
  @ApiProperty({ type: () => [PhaseDurationDto], description: 'Phases neither completed nor skipped.' })
  remaining_phases!: PhaseDurationDto[];
}

export class RunMetricsDto {
  @ApiProperty({ format: 'uuid' }) run_id!: string;
  @ApiProperty({ description: 'Earliest phase start to latest phase end.', example: 3600 })
  total_duration_seconds!: number;
  @ApiProperty({ type: () => TokenUsageDto }) total_token_usage!: TokenUsageDto;
  @ApiProperty({ example: USD_EXAMPLE }) total_cost_usd!: number;
  @ApiProperty({ example: USD_EXACT_EXAMPLE }) total_cost_usd_exact!: string;
  @ApiProperty({
    type: () => [PhaseMetricsDto],
    description: 'Phases that started or used a model, in run order.',
  })
  phases_metrics!: PhaseMetricsDto[];
  @ApiProperty({ description: 'Share of the governance checks of all phases that passed; 1 when none ran.' })
  governance_score!: number;
  @ApiProperty({ description: 'Hygiene of every artifact the run wrote, in [0, 1].' })
  hygiene_score!: number;
  @ApiProperty({ type: () => HygieneDto }) hygiene!: HygieneDto;
  @ApiProperty({ type: 'integer' }) artifacts_total!: number;
  @ApiProperty({ type: 'integer', description: 'Failed phases plus failed governance checks.' })
  errors_count!: number;
  @ApiProperty({ type: () => CostProjectionDto }) projection!: CostProjectionDto;
  @ApiProperty({ type: () => CompletionEstimateDto, description: 'Estimated time to completion.' })
  estimated_completion!: CompletionEstimateDto;
  @ApiProperty({ type: String, nullable: true, example: '5' }) budget_usd!: string | null;
  @ApiProperty({ example: USD_EXACT_EXAMPLE, description: 'What the run’s model calls cost so far.' })
  spent_usd_exact!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Budget minus spent; negative once the run overspent; null without a budget.',
  })
  budget_remaining_usd!: string | null;
}
