import { Inject, Injectable } from '@nestjs/common';
import { MAX_RESERVATION_LEASE_MS } from '@slipway/contracts';
import { BudgetClient, OrgResolver, type CallUsage } from '@slipway/cost-client';
import { OrchestratorConfig } from '../../config';
import { estimateTokens } from '../../worker/llm/token-estimate';
import type { PlannerEngine, ProposalCall } from '../engine/planner-engine';
import { PLANNER_ENGINE } from '../engine/planner-engine.token';
import { canonicalJson } from '../offline/offline-usage';
import { PlannerProblem } from '../openai/planner-problems';
import type { PlannerEndpoint } from './planner-usage';

/** Model answers one proposal may take: the first and one repair (the openai planner's bound). */
const ANSWERS = 2;
/** Tokens of a planner prompt besides its input: the instructions and the answer's schema. */
const PROMPT_TOKENS = 4_000;
/** Attempts of one planner model call, each at most PLANNER_TIMEOUT_MS, and a margin. */
const CALL_ATTEMPTS = 2;
const LEASE_MARGIN_MS = 60_000;

/** One planner request that calls the model: for whom, about which project, on what input. */
export interface PlannerBudgetRequest {
  endpoint: PlannerEndpoint;
  projectId: string | null;
  /** What the engine is given: its size is the prompt's estimate. */
  input: unknown;
}

const usageOf = (calls: readonly ProposalCall[]): CallUsage => ({
  input_tokens: calls.reduce((sum, call) => sum + call.input, 0),
  output_tokens: calls.reduce((sum, call) => sum + call.output, 0),
  cached_input_tokens: calls.reduce((sum, call) => sum + call.cachedInput, 0),
});

/**
 * The planner's model calls within the budgets of the project's organization (COST_API_URL set,
 * the project in an organization): the worst case of one proposal — every answer it may take at
 * the output limit, each with the prompt and the answers before it — reserved in cost-api before
 * the engine is asked, settled to the calls it made (a failed proposal's calls too), released when
 * it made none. A hard budget without room answers the caller 429 `budget_exceeded` with
 * Retry-After (cost-api's refusal, mapped by CostApiErrorsInterceptor); the model is not called.
 */
@Injectable()
export class PlannerBudget {
  constructor(
    @Inject(BudgetClient) private readonly budgets: BudgetClient,
    @Inject(OrgResolver) private readonly orgs: OrgResolver,
    @Inject(PLANNER_ENGINE) private readonly engine: PlannerEngine,
    @Inject(OrchestratorConfig)
    private readonly settings: Pick<OrchestratorConfig, 'PLANNER_MAX_OUTPUT_TOKENS' | 'PLANNER_TIMEOUT_MS'>,
  ) {}

  async around<T>(
    request: PlannerBudgetRequest,
    work: () => Promise<T>,
    calls: (result: T) => readonly ProposalCall[],
  ): Promise<T> {
    const org = this.budgets.enabled && request.projectId ? await this.orgs.slugOf(request.projectId) : null;
    if (org === null || request.projectId === null) return work();
    const output = this.settings.PLANNER_MAX_OUTPUT_TOKENS;
    const prompt = estimateTokens(canonicalJson(request.input)) + PROMPT_TOKENS;
    return this.budgets.spend({
      org,
      reserve: {
        project_id: request.projectId,
        provider: this.engine.provider,
        model: this.engine.model,
        // Each answer after the first is asked with the prompt and the answer before it.
        input_tokens: ANSWERS * prompt + (ANSWERS - 1) * output,
        max_output_tokens: ANSWERS * output,
        lease_ms: Math.min(
          MAX_RESERVATION_LEASE_MS,
          ANSWERS * CALL_ATTEMPTS * this.settings.PLANNER_TIMEOUT_MS + LEASE_MARGIN_MS,
        ),
        source: 'planner',
        endpoint: request.endpoint,
      },
      call: work,
      usage: (result) => usageOf(calls(result)),
      failedUsage: (error) =>
        error instanceof PlannerProblem && error.calls.length > 0 ? usageOf(error.calls) : null,
    });
  }
}
