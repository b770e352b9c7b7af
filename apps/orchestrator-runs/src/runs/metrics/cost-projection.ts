import { Inject, Injectable } from '@nestjs/common';
import type { RunPhase } from '@slipway/contracts';
import { Money, PriceBook, pricedCost } from '@slipway/pricing';
import { OrchestratorConfig } from '../../config';
import type { RunProfile } from '../../profiles/profile';
import { AvailableModels } from '../../records/available-models';
import type { PhaseRecord, RunRecord, UsageRecord } from '../../records/run-records';
import { estimatePhaseTokens, type PhaseEstimate, type PhaseTokens } from './phase-estimate';
import { ProfileHistory } from './profile-history';
import { tally } from './usage-tally';

/** What a run recorded so far. */
export interface RunState {
  readonly phases: readonly PhaseRecord[];
  readonly usage: readonly UsageRecord[];
}

/** What one remaining phase is expected to use and cost. */
export interface PhaseProjection {
  readonly phase: RunPhase;
  readonly estimate: PhaseEstimate;
  readonly tokens: PhaseTokens;
  readonly cost: Money;
  readonly model: string;
  readonly priced: boolean;
  readonly notes: readonly string[];
}

/** The model agents use unless their profile names one: LLM_PROVIDER and LLM_MODEL. */
type ModelSettings = { readonly LLM_PROVIDER: string; readonly LLM_MODEL: string };

/**
 * What a phase is expected to cost: its tokens estimated from earlier runs of the profile (else this run's
 * pace), priced at the model its agents use.
 */
@Injectable()
export class PhaseCostProjector {
  constructor(
    @Inject(AvailableModels) private readonly models: AvailableModels,
    @Inject(ProfileHistory) private readonly history: ProfileHistory,
    @Inject(OrchestratorConfig) private readonly settings: ModelSettings,
  ) {}

  /** The prices of one answer: each model's looked up once. */
  priceBook(): PriceBook {
    return new PriceBook(this.models, this.settings.LLM_PROVIDER);
  }

  /**
   * A phase's projection. Tokens a running phase already used are taken off its estimate; a failed phase is
   * projected in full, as its retry starts over.
   */
  async project(
    run: RunRecord,
    profile: RunProfile,
    state: RunState,
    phase: RunPhase,
    book: PriceBook,
  ): Promise<PhaseProjection> {
    const history = await this.history.phase(run.profile, phase, run.id);
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
    const pricing = await this.price(profile, phase, tokens, book);
    const baseless =
      estimate.basis === 'none'
        ? [
            `no earlier ${run.profile} run completed ${phase} and this run completed no phase: ${phase} is projected at 0`,
          ]
        : [];
    return { phase, estimate, tokens, ...pricing, notes: [...baseless, ...pricing.notes] };
  }

  /**
   * Prices tokens at the model the phase's agents use (their own, else the default); at the dearest of them
   * when they differ, as the projection gates a budget. Input is priced as uncached.
   */
  private async price(
    profile: RunProfile,
    phase: RunPhase,
    tokens: PhaseTokens,
    book: PriceBook,
  ): Promise<{ cost: Money; model: string; priced: boolean; notes: string[] }> {
    const defaultModel = this.settings.LLM_MODEL;
    const models = [...new Set(profile.phases[phase].agents.map((agent) => agent.model ?? defaultModel))];
    const prices = await Promise.all(
      models.map(async (model) => ({ model, price: await book.price(model) })),
    );
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
}
