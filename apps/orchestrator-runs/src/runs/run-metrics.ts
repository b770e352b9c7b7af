/**
 * What a run used and what the rest of it will cost: the metrics of GET /runs/{run_id}/metrics, and the
 * projection the budget gate asks before each phase. Money is exact throughout: ledger amounts and prices are
 * decimal strings, summed and multiplied as `Decimal`s, and only turned into JSON numbers at the very end.
 */
import { Inject, Injectable } from '@nestjs/common';
import { RUN_PHASE_ORDER, RunStatus, type RunPhase } from '@slipway/contracts';
import { Decimal } from 'decimal.js';
import { Clock } from '../clock';
import { OrchestratorConfig } from '../config';
import type { ArtifactFile } from '../governance/artifact-syntax';
import { governanceScore, type GovernanceCheck, type PhaseGovernance } from '../governance/governance';
import { hygieneScore } from '../governance/hygiene';
import { isInternalArtifact } from '../profiles/artifact-name';
import type { RunProfile } from '../profiles/profile';
import { RunRecords, type PhaseRecord, type RunRecord, type UsageRecord } from '../records/run-records';
import { RunWorkspace } from '../workspace/run-workspace';
import type {
  AgentMetricsDto,
  CostProjectionDto,
  PhaseMetricsDto,
  PhaseProjectionDto,
  ProjectionBasis,
  RunMetricsDto,
  TokenUsageDto,
} from './run-metrics.dto';

/**
 * Decimals precise enough that no sum or product of ledger amounts (numeric(27,15)), prices (numeric(20,10))
 * and token counts is ever rounded, and never printed in exponent notation.
 */
export const Money = Decimal.clone({ precision: 64, toExpNeg: -64, toExpPos: 64 });

export interface TokenCounts {
  /** Prompt tokens, the cached ones included (OpenAI's prompt_tokens). */
  readonly input_tokens: number;
  /** Completion tokens, the reasoning ones included (OpenAI's completion_tokens). */
  readonly output_tokens: number;
  readonly cached_input_tokens: number;
}

/** USD per 1,000 tokens, as data-api's available_models holds them. */
export interface ModelPrice {
  readonly input_price_per_1k: string;
  readonly output_price_per_1k: string;
  /** Null: cached tokens cost what other input tokens cost. */
  readonly cached_input_price_per_1k: string | null;
}

/**
 * What a model call costs in USD, exactly:
 *   (input − cached) · input price / 1000 + cached · (cached price, else input price) / 1000
 *   + output · output price / 1000.
 * Reasoning tokens are no term of their own: OpenAI-style APIs bill them as output tokens and already count
 * them in completion_tokens, so adding them would bill them twice. A cached count above the input count
 * (which includes it) is taken as all input cached.
 */
export function pricedCost(usage: TokenCounts, price: ModelPrice): Decimal {
  const input = tokenCount('input_tokens', usage.input_tokens);
  const cached = Math.min(tokenCount('cached_input_tokens', usage.cached_input_tokens), input);
  const output = tokenCount('output_tokens', usage.output_tokens);
  const inputPrice = new Money(price.input_price_per_1k);
  const cachedPrice =
    price.cached_input_price_per_1k === null ? inputPrice : new Money(price.cached_input_price_per_1k);
  return inputPrice
    .times(input - cached)
    .plus(cachedPrice.times(cached))
    .plus(new Money(price.output_price_per_1k).times(output))
    .dividedBy(1000);
}

function tokenCount(field: keyof TokenCounts, count: number): number {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`${field} must be a non-negative integer, got ${count}`);
  }
  return count;
}

/** Input and output tokens of one phase. */
export interface PhaseTokens {
  readonly input: number;
  readonly output: number;
}

export interface PhaseEstimate {
  readonly tokens: PhaseTokens;
  readonly basis: ProjectionBasis;
  /** Runs the estimate is drawn from: the history's, 1 for this run's own, 0 for none. */
  readonly basisRuns: number;
}

/** The middle value, the mean of the two middle ones for an even count; 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Tokens a phase is expected to use, rounded to whole tokens: the medians over `history` (the phase's totals
 * in earlier runs); without history the mean of this run's completed phases; without those, none.
 */
export function estimatePhaseTokens(
  history: readonly PhaseTokens[],
  completedHere: readonly PhaseTokens[],
): PhaseEstimate {
  const averaged = (samples: readonly PhaseTokens[], average: (values: readonly number[]) => number) => ({
    input: Math.round(average(samples.map((sample) => sample.input))),
    output: Math.round(average(samples.map((sample) => sample.output))),
  });
  if (history.length > 0) {
    return { tokens: averaged(history, median), basis: 'history', basisRuns: history.length };
  }
  if (completedHere.length > 0) {
    return { tokens: averaged(completedHere, mean), basis: 'this_run', basisRuns: 1 };
  }
  return { tokens: { input: 0, output: 0 }, basis: 'none', basisRuns: 0 };
}

const mean = (values: readonly number[]): number =>
  values.reduce((sum, value) => sum + value, 0) / values.length;

/** The settings metrics read (OrchestratorConfig's). */
export interface RunMetricsSettings {
  /** Earlier runs of the same profile a phase's projection is the median of. */
  readonly PROJECTION_HISTORY_RUNS: number;
  /** With LLM_MODEL, the model agents use unless their profile names one. */
  readonly LLM_PROVIDER: string;
  readonly LLM_MODEL: string;
}

/** How long the token history of a profile is reused before it is read again. */
export const HISTORY_TTL_MS = 60_000;
/** Pages of earlier runs read at most for one profile's history (runs that stopped early complete few phases). */
const HISTORY_PAGES = 5;
/** data-api's largest page. */
const PAGE_LIMIT = 100;
const DONE_STATUSES: ReadonlySet<PhaseRecord['status']> = new Set(['completed', 'skipped']);
/** Runs that may have completed a phase: all but those never started. */
const STARTED_RUN_STATUSES = Object.values(RunStatus).filter((status) => status !== RunStatus.created);
/** From least to best informed: a projection is as good as its weakest phase. */
const BASIS_RANK: Record<ProjectionBasis, number> = { none: 0, this_run: 1, history: 2 };

/** One phase's tokens in one earlier run. */
interface HistorySample extends PhaseTokens {
  readonly runId: string;
  readonly phase: RunPhase;
}

type PriceLookup = (model: string) => Promise<ModelPrice | null>;

/** A profile's history, shared by the calls that ask while it loads. */
interface CachedHistory {
  readonly loadedAt: number;
  readonly samples: Promise<readonly HistorySample[]>;
}

/** What a run recorded so far. */
interface RunState {
  readonly phases: readonly PhaseRecord[];
  readonly usage: readonly UsageRecord[];
}

interface PhaseProjection {
  readonly phase: RunPhase;
  readonly estimate: PhaseEstimate;
  readonly tokens: PhaseTokens;
  readonly cost: Decimal;
  readonly model: string;
  readonly priced: boolean;
  readonly notes: readonly string[];
}

/**
 * Metrics of a run, from its data-api records and its workspace on disk. Projections draw on earlier runs
 * of the same profile; their token totals are read once per profile every HISTORY_TTL_MS.
 */
@Injectable()
export class RunMetricsCalculator {
  private readonly historyRuns: number;
  private readonly defaultModel: { readonly provider: string; readonly model: string };
  private readonly histories = new Map<string, CachedHistory>();

  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    /** The run workspaces, whose files hygiene is measured on. */
    @Inject(RunWorkspace) private readonly workspace: RunWorkspace,
    @Inject(OrchestratorConfig) settings: RunMetricsSettings,
    @Inject(Clock) private readonly clock: Clock,
  ) {
    this.historyRuns = settings.PROJECTION_HISTORY_RUNS;
    this.defaultModel = { provider: settings.LLM_PROVIDER, model: settings.LLM_MODEL };
  }

  async metrics(run: RunRecord, profile: RunProfile): Promise<RunMetricsDto> {
    const [state, artifacts, files] = await Promise.all([
      this.state(run.id),
      this.records.artifacts(run.id),
      this.runFiles(run.id),
    ]);
    const priceOf = this.priceLookup();
    const projections = await Promise.all(
      remainingPhases(state.phases).map((phase) => this.project(run, profile, state, phase, priceOf)),
    );
    const now = this.clock.now();
    const recordOf = new Map(state.phases.map((record) => [record.phase, record]));
    const shown = RUN_PHASE_ORDER.filter(
      (phase) => hasStarted(recordOf.get(phase)) || state.usage.some((row) => row.phase === phase),
    );
    const produced = artifacts.filter((artifact) => !isInternalArtifact(artifact.name));
    const phasesMetrics = shown.map((phase) =>
      phaseMetrics(
        phase,
        recordOf.get(phase),
        state.usage.filter((row) => row.phase === phase),
        produced.filter((artifact) => artifact.phase === phase).length,
        now,
      ),
    );
    const checks = state.phases.flatMap((record) => recordedGovernance(record.governance)?.checks ?? []);
    const spans = shown.flatMap((phase) => span(recordOf.get(phase), now) ?? []);
    const hygiene = hygieneScore(files);
    const total = tally(state.usage);
    return {
      run_id: run.id,
      total_duration_seconds:
        spans.length === 0
          ? 0
          : seconds(Math.max(...spans.map((s) => s.end)) - Math.min(...spans.map((s) => s.start))),
      total_token_usage: total.tokens,
      total_cost_usd: usd(total.cost),
      total_cost_usd_exact: total.cost.toFixed(),
      phases_metrics: phasesMetrics,
      governance_score: governanceScore(checks),
      hygiene_score: hygiene.score,
      hygiene: { files_checked: hygiene.files_checked, issues: [...hygiene.issues] },
      artifacts_total: produced.length,
      errors_count:
        state.phases.filter((record) => record.status === 'failed').length +
        checks.filter((check) => !check.passed).length,
      projection: projectionDto(projections),
      budget_usd: run.budget_usd,
      spent_usd_exact: total.cost.toFixed(),
      budget_remaining_usd:
        run.budget_usd === null ? null : new Money(run.budget_usd).minus(total.cost).toFixed(),
    };
  }

  /** What `phase` is expected to cost, for the budget gate before it starts. */
  async projectedPhaseCost(
    run: RunRecord,
    profile: RunProfile,
    phase: RunPhase,
  ): Promise<{ cost: Decimal; basis: ProjectionBasis }> {
    const state = await this.state(run.id);
    const projection = await this.project(run, profile, state, phase, this.priceLookup());
    return { cost: projection.cost, basis: projection.estimate.basis };
  }

  /** What the run's model calls cost so far, by the ledger. */
  /** Every file the run's agents wrote, named `{phase}/{name}`. */
  private async runFiles(runId: string): Promise<ArtifactFile[]> {
    const perPhase = await Promise.all(
      RUN_PHASE_ORDER.map(async (phase) =>
        (await this.workspace.phaseFiles(runId, phase)).map((file) => ({
          ...file,
          name: `${phase}/${file.name}`,
        })),
      ),
    );
    return perPhase.flat();
  }

  async spent(runId: string): Promise<Decimal> {
    return tally(await this.records.usage(runId)).cost;
  }

  private async state(runId: string): Promise<RunState> {
    const [phases, usage] = await Promise.all([this.records.phases(runId), this.records.usage(runId)]);
    return { phases, usage };
  }

  /**
   * A phase's projection. Tokens a running phase already used are taken off its estimate; a failed phase is
   * projected in full, as its retry starts over.
   */
  private async project(
    run: RunRecord,
    profile: RunProfile,
    state: RunState,
    phase: RunPhase,
    priceOf: PriceLookup,
  ): Promise<PhaseProjection> {
    const history = (await this.history(run.profile))
      .filter((sample) => sample.phase === phase && sample.runId !== run.id)
      .slice(0, this.historyRuns);
    const completedHere = state.phases
      .filter((record) => record.status === 'completed')
      .map((record) => tally(state.usage.filter((row) => row.phase === record.phase)).tokens);
    const estimate = estimatePhaseTokens(history, completedHere);
    const running = state.phases.some((record) => record.phase === phase && record.status === 'running');
    const used = running
      ? tally(state.usage.filter((row) => row.phase === phase)).tokens
      : { input: 0, output: 0 };
    const tokens = {
      input: Math.max(0, estimate.tokens.input - used.input),
      output: Math.max(0, estimate.tokens.output - used.output),
    };
    const pricing = await this.price(profile, phase, tokens, priceOf);
    const baseless =
      estimate.basis === 'none'
        ? [
            `no earlier ${run.profile} run completed ${phase} and this run completed no phase: ${phase} is projected at 0`,
          ]
        : [];
    return { phase, estimate, tokens, ...pricing, notes: [...baseless, ...pricing.notes] };
  }

  /** Looks each model's price up once per answer. */
  private priceLookup(): PriceLookup {
    const prices = new Map<string, Promise<ModelPrice | null>>();
    return (model) => {
      let price = prices.get(model);
      if (price === undefined) {
        price = this.records.modelPrice(this.defaultModel.provider, model);
        prices.set(model, price);
      }
      return price;
    };
  }

  /**
   * Prices tokens at the model the phase's agents use (their own, else the default); at the dearest of them
   * when they differ, as the projection gates a budget. Input is priced as uncached.
   */
  private async price(
    profile: RunProfile,
    phase: RunPhase,
    tokens: PhaseTokens,
    priceOf: PriceLookup,
  ): Promise<{ cost: Decimal; model: string; priced: boolean; notes: string[] }> {
    const defaultModel = this.defaultModel.model;
    const models = [...new Set(profile.phases[phase].agents.map((agent) => agent.model ?? defaultModel))];
    const prices = await Promise.all(models.map(async (model) => ({ model, price: await priceOf(model) })));
    const usage = { input_tokens: tokens.input, output_tokens: tokens.output, cached_input_tokens: 0 };
    const costs = prices.flatMap(({ model, price }) =>
      price === null ? [] : [{ model, cost: pricedCost(usage, price) }],
    );
    const dearest = costs.reduce<(typeof costs)[number] | undefined>(
      (best, candidate) => (best === undefined || candidate.cost.greaterThan(best.cost) ? candidate : best),
      undefined,
    );
    const unpriced = prices.filter(({ price }) => price === null).map(({ model }) => model);
    if (dearest === undefined) {
      const note = `no price for ${unpriced.join(', ')} in available_models: ${phase} is projected to cost 0`;
      return { cost: new Money(0), model: models[0] ?? defaultModel, priced: false, notes: [note] };
    }
    const notes = unpriced.map(
      (model) => `no price for ${model} in available_models: ${phase} is priced at ${dearest.model} instead`,
    );
    return { ...dearest, priced: true, notes };
  }

  /** The profile's phase totals in its newest runs, newest first, read again after HISTORY_TTL_MS. */
  private history(profile: string): Promise<readonly HistorySample[]> {
    const now = this.clock.now().getTime();
    const cached = this.histories.get(profile);
    if (cached !== undefined && now - cached.loadedAt < HISTORY_TTL_MS) return cached.samples;
    for (const [name, entry] of this.histories) {
      if (now - entry.loadedAt >= HISTORY_TTL_MS) this.histories.delete(name);
    }
    const samples = this.loadHistory(profile);
    this.histories.set(profile, { loadedAt: now, samples });
    // A failed read is not kept: the next call tries again (and this caller sees the failure).
    samples.catch(() => {
      if (this.histories.get(profile)?.samples === samples) this.histories.delete(profile);
    });
    return samples;
  }

  /**
   * Up to historyRuns + 1 samples per phase (one more than used: the run asking may be among them), from the
   * newest runs of the profile that started, reading at most HISTORY_PAGES pages of runs.
   */
  private async loadHistory(profile: string): Promise<readonly HistorySample[]> {
    const wanted = this.historyRuns + 1;
    const samples: HistorySample[] = [];
    const count = (phase: RunPhase) => samples.filter((sample) => sample.phase === phase).length;
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const { items, next_cursor } = await this.records.listRuns({
        profile,
        status: STARTED_RUN_STATUSES,
        sort: '-created_at',
        limit: Math.min(wanted, PAGE_LIMIT),
        ...(cursor === undefined ? {} : { cursor }),
      });
      const perRun = await Promise.all(items.map((run) => this.completedPhaseTokens(run.id)));
      for (const sample of perRun.flat()) if (count(sample.phase) < wanted) samples.push(sample);
      if (next_cursor === null || RUN_PHASE_ORDER.every((phase) => count(phase) >= wanted)) break;
      cursor = next_cursor;
    }
    return samples;
  }

  private async completedPhaseTokens(runId: string): Promise<HistorySample[]> {
    const completed = (await this.records.phases(runId)).filter((record) => record.status === 'completed');
    if (completed.length === 0) return [];
    const usage = await this.records.usage(runId);
    return completed.map(({ phase }) => ({
      runId,
      phase,
      ...tally(usage.filter((row) => row.phase === phase)).tokens,
    }));
  }
}

interface Tally {
  readonly calls: number;
  readonly tokens: TokenUsageDto;
  readonly cost: Decimal;
}

function tally(rows: readonly UsageRecord[]): Tally {
  return rows.reduce<Tally>(
    (sum, row) => ({
      calls: sum.calls + 1,
      tokens: {
        input: sum.tokens.input + row.input_tokens,
        output: sum.tokens.output + row.output_tokens,
        cached_input: sum.tokens.cached_input + row.cached_input_tokens,
        reasoning: sum.tokens.reasoning + row.reasoning_tokens,
      },
      cost: sum.cost.plus(row.cost_usd),
    }),
    { calls: 0, tokens: { input: 0, output: 0, cached_input: 0, reasoning: 0 }, cost: new Money(0) },
  );
}

/** A JSON number for an exact amount: 15 significant digits survive the trip through a double unchanged. */
const usd = (amount: Decimal): number => amount.toSignificantDigits(15).toNumber();

const seconds = (ms: number): number => Math.round(ms) / 1000;

const remainingPhases = (phases: readonly PhaseRecord[]): RunPhase[] =>
  RUN_PHASE_ORDER.filter((phase) => {
    const record = phases.find((candidate) => candidate.phase === phase);
    return record === undefined || !DONE_STATUSES.has(record.status);
  });

const hasStarted = (record: PhaseRecord | undefined): boolean =>
  record !== undefined &&
  (record.started_at !== null || ['running', 'completed', 'failed'].includes(record.status));

/** When a phase ran: start to completion; to now while it runs, to its last change when it stopped otherwise. */
function span(record: PhaseRecord | undefined, now: Date): { start: number; end: number } | undefined {
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

function phaseMetrics(
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
    cost_usd: usd(total.cost),
    cost_usd_exact: total.cost.toFixed(),
    agents_executed: agentIds,
    artifacts_generated: artifacts,
    governance_passed: governance?.passed ?? null,
    governance_warnings: [...(governance?.warnings ?? [])],
    agents: agentIds.map((agentId) => agentMetrics(agentId, usage)),
  };
}

function agentMetrics(agentId: string, usage: readonly UsageRecord[]): AgentMetricsDto {
  const total = tally(usage.filter((row) => row.agent_id === agentId));
  return {
    agent_id: agentId,
    calls: total.calls,
    token_usage: total.tokens,
    cost_usd: usd(total.cost),
    cost_usd_exact: total.cost.toFixed(),
  };
}

function projectionDto(projections: readonly PhaseProjection[]): CostProjectionDto {
  const total = projections.reduce((sum, projection) => sum.plus(projection.cost), new Money(0));
  const remaining = projections.map((projection): PhaseProjectionDto => ({
    phase: projection.phase,
    projected_input_tokens: projection.tokens.input,
    projected_output_tokens: projection.tokens.output,
    projected_cost_usd: usd(projection.cost),
    projected_cost_usd_exact: projection.cost.toFixed(),
    basis: projection.estimate.basis,
    basis_runs: projection.estimate.basisRuns,
    model: projection.model,
    priced: projection.priced,
  }));
  const weakest = projections.reduce<ProjectionBasis | undefined>(
    (basis, { estimate }) =>
      basis === undefined || BASIS_RANK[estimate.basis] < BASIS_RANK[basis] ? estimate.basis : basis,
    undefined,
  );
  return {
    remaining_phases: remaining,
    projected_cost_usd: usd(total),
    projected_cost_usd_exact: total.toFixed(),
    basis: weakest ?? 'none',
    notes: projections.flatMap((projection) => projection.notes),
  };
}

/** The verdict the worker stored on a phase (PhaseGovernance), or null when there is none or it is unreadable. */
function recordedGovernance(value: PhaseRecord['governance']): PhaseGovernance | null {
  if (value === null || typeof value.passed !== 'boolean') return null;
  const list = (field: unknown): unknown[] => (Array.isArray(field) ? field : []);
  return {
    passed: value.passed,
    checks: list(value.checks).filter(isGovernanceCheck),
    warnings: list(value.warnings).filter((warning): warning is string => typeof warning === 'string'),
  };
}

const isGovernanceCheck = (value: unknown): value is GovernanceCheck =>
  typeof value === 'object' &&
  value !== null &&
  'passed' in value &&
  typeof value.passed === 'boolean' &&
  'artifact' in value &&
  typeof value.artifact === 'string';
