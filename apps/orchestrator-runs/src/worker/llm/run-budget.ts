import { Inject, Injectable } from '@nestjs/common';
import { MAX_RESERVATION_LEASE_MS, type RunPhase } from '@slipway/contracts';
import { BudgetClient, CostApiUnavailableError, isBudgetExceeded, OrgResolver } from '@slipway/cost-client';
import { AgentWorkerConfig } from '../../config';
import type { RunRecord } from '../../records/run-records';
import type { Completion, CompletionRequest, LlmProvider } from './provider';
import { ProviderError } from './provider';
import { estimateMessages } from './token-estimate';

/** Past the call's own time (every attempt at its timeout), how long its reservation is kept. */
const LEASE_MARGIN_MS = 60_000;

/** A phase's model call refused by a hard budget of the run's organization: the phase fails saying so. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
  readonly code = 'budget_exceeded';

  constructor(detail: string) {
    super(`budget_exceeded: ${detail}`);
  }
}

type Settings = Pick<AgentWorkerConfig, 'LLM_TIMEOUT_MS' | 'LLM_MAX_ATTEMPTS' | 'LLM_MAX_OUTPUT_TOKENS'>;

/**
 * A run's model calls within the budgets of its organization's hierarchy: when the run's project
 * belongs to an organization (and COST_API_URL is set), each call's worst case — the prompt's
 * estimate and its output limit — is reserved in cost-api before it is sent, and settled to what
 * the provider counted after. A hard budget without room fails the call with `budget_exceeded`
 * (not retried: the window has to reset); a cost-api that cannot say fails it retryably.
 */
@Injectable()
export class RunBudget {
  constructor(
    @Inject(BudgetClient) private readonly budgets: BudgetClient,
    @Inject(OrgResolver) private readonly orgs: OrgResolver,
    @Inject(AgentWorkerConfig) private readonly settings: Settings,
  ) {}

  async complete(
    run: Pick<RunRecord, 'id' | 'project_id'>,
    phase: RunPhase,
    provider: LlmProvider,
    request: CompletionRequest,
  ): Promise<Completion> {
    const org = this.budgets.enabled && run.project_id ? await this.orgOf(run.project_id) : null;
    if (org === null || run.project_id === null) return provider.complete(request);
    try {
      return await this.budgets.spend({
        org,
        reserve: {
          project_id: run.project_id,
          provider: provider.name,
          model: request.model,
          input_tokens: estimateMessages(request.messages),
          max_output_tokens: request.maxOutputTokens ?? this.settings.LLM_MAX_OUTPUT_TOKENS,
          lease_ms: this.leaseMs,
          source: 'run',
          run_id: run.id,
          phase,
        },
        call: () => provider.complete(request),
        usage: (completion) => ({
          input_tokens: completion.usage.input,
          output_tokens: completion.usage.output,
          cached_input_tokens: completion.usage.cached_input,
          usage_id: completion.responseId,
        }),
      });
    } catch (error) {
      if (isBudgetExceeded(error)) throw new BudgetExceededError(error.detail);
      if (error instanceof CostApiUnavailableError) throw unavailable(error.message, error);
      throw error;
    }
  }

  private get leaseMs(): number {
    const call = this.settings.LLM_TIMEOUT_MS * this.settings.LLM_MAX_ATTEMPTS + LEASE_MARGIN_MS;
    return Math.min(MAX_RESERVATION_LEASE_MS, call);
  }

  private orgOf(projectId: string): Promise<string | null> {
    return this.orgs.slugOf(projectId).catch((error: unknown) => {
      throw unavailable('data-api did not say which organization the project belongs to', error);
    });
  }
}

const unavailable = (why: string, cause: unknown) =>
  new ProviderError(`the model call’s budget could not be reserved: ${why}`, {
    code: 'provider_unavailable',
    retryable: true,
    cause,
  });
