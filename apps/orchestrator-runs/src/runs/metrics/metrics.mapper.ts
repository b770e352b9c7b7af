/** Run records and ledger rows as the DTOs of GET /runs/{run_id}/metrics. */
import type { RunPhase } from '@slipway/contracts';
import { Money, usdNumber } from '@slipway/pricing';
import { failedChecks, recordedGovernance } from '../../governance/governance';
import type { PhaseRecord, UsageRecord } from '../../records/run-records';
import type {
  AgentMetricsDto,
  CostProjectionDto,
  PhaseMetricsDto,
  PhaseProjectionDto,
  ProjectionBasis,
} from '@slipway/contracts/runs';
import type { PhaseProjection } from './cost-projection';
import { tally } from './usage-tally';

/** From least to best informed: a projection is as good as its weakest phase. */
const BASIS_RANK: Record<ProjectionBasis, number> = { none: 0, this_run: 1, history: 2 };

export const seconds = (ms: number): number => Math.round(ms) / 1000;

/** The least informed of some phases' bases (a projection is as good as its weakest phase); none for no phases. */
export function weakestBasis(bases: readonly ProjectionBasis[]): ProjectionBasis {
  return (
    bases.reduce<ProjectionBasis | undefined>(
      (weakest, basis) =>
        weakest === undefined || BASIS_RANK[basis] < BASIS_RANK[weakest] ? basis : weakest,
      undefined,
    ) ?? 'none'
  );
}

export const hasStarted = (record: PhaseRecord | undefined): boolean =>
  record !== undefined &&
  (record.started_at !== null || ['running', 'completed', 'failed'].includes(record.status));

/** When a phase ran: start to completion; to now while it runs, to its last change when it stopped otherwise. */
export function span(record: PhaseRecord | undefined, now: Date): { start: number; end: number } | undefined {
  if (record === undefined || record.started_at === null) return undefined;
  const start = Date.parse(record.started_at);
  const end =
    record.completed_at !== null
      ? Date.parse(record.completed_at)
      : record.status === 'running'
        ? now.getTime()
        : Date.parse(record.updated_at);
  return { start, end: Math.max(start, end) };
}

export function phaseMetrics(
  phase: RunPhase,
  record: PhaseRecord | undefined,
  usage: readonly UsageRecord[],
  artifacts: number,
  now: Date,
): PhaseMetricsDto {
  const total = tally(usage);
  const interval = span(record, now);
  const agentIds = [...new Set([...(record?.agent_ids ?? []), ...usage.map((row) => row.agent_id)])];
  const governance = recordedGovernance(record?.governance ?? null);
  return {
    phase,
    status: record?.status ?? 'pending',
    duration_seconds: interval === undefined ? 0 : seconds(interval.end - interval.start),
    token_usage: total.tokens,
    cost_usd: usdNumber(total.cost),
    cost_usd_exact: total.cost.toFixed(),
    agents_executed: agentIds,
    artifacts_generated: artifacts,
    governance_passed: governance?.passed ?? null,
    governance_warnings: [...(governance?.warnings ?? [])],
    governance_failed_checks: failedChecks(governance?.checks ?? []),
    agents: agentIds.map((agentId) => agentMetrics(agentId, usage)),
  };
}

function agentMetrics(agentId: string, usage: readonly UsageRecord[]): AgentMetricsDto {
  const total = tally(usage.filter((row) => row.agent_id === agentId));
  return {
    agent_id: agentId,
    calls: total.calls,
    token_usage: total.tokens,
    cost_usd: usdNumber(total.cost),
    cost_usd_exact: total.cost.toFixed(),
  };
}

export function projectionDto(projections: readonly PhaseProjection[]): CostProjectionDto {
  const total = projections.reduce((sum, projection) => sum.plus(projection.cost), new Money(0));
  const remaining = projections.map((projection): PhaseProjectionDto => ({
    phase: projection.phase,
    projected_input_tokens: projection.tokens.input,
    projected_output_tokens: projection.tokens.output,
    projected_cost_usd: usdNumber(projection.cost),
    projected_cost_usd_exact: projection.cost.toFixed(),
    basis: projection.estimate.basis,
    basis_runs: projection.estimate.basisRuns,
    model: projection.model,
    priced: projection.priced,
  }));
  return {
    remaining_phases: remaining,
    projected_cost_usd: usdNumber(total),
    projected_cost_usd_exact: total.toFixed(),
    basis: weakestBasis(projections.map(({ estimate }) => estimate.basis)),
    notes: projections.flatMap((projection) => projection.notes),
  };
}
