import { Inject, Injectable } from '@nestjs/common';
import type { PlannerUsageDto } from '@slipway/contracts';
import type { Principal } from '@slipway/identity';
import { Clock } from '@slipway/platform';
import { findModelPrice, Money, priceUsage, sumMoney } from '@slipway/pricing';
import { StreamProducer } from '@slipway/streams';
import { AvailableModels } from '../../records/available-models';
import { RunRecords } from '../../records/run-records';
import type { RunsProducer } from '../../runs-core.module';
import type { ProposalCall } from '../engine/planner-engine';
import { ownerIdOf } from '../records/acting-for';

export type PlannerEndpoint = 'generate' | 'refine' | 'decompose' | 'chat';

/** What a planner request's model calls are charged to. */
export interface UsageContext {
  principal: Principal;
  endpoint: PlannerEndpoint;
  /** The request the calls served: it makes the offline planner's repeatable response ids unique. */
  requestKey: string;
  projectId: string | null;
  patchSetId?: string;
  chatSessionId?: string;
}

/**
 * The planner's model calls in the usage ledger: each priced at its model's available_models price,
 * recorded once in llm_usage (source planner) and sent on `cost.usage`, as run phases' calls are.
 * Answers what the request cost, exactly.
 */
@Injectable()
export class PlannerUsage {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(AvailableModels) private readonly models: AvailableModels,
    @Inject(StreamProducer) private readonly producer: RunsProducer,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async record(context: UsageContext, calls: readonly ProposalCall[]): Promise<PlannerUsageDto> {
    const costs: string[] = [];
    for (const call of calls) costs.push(await this.recordCall(context, call));
    return {
      input_tokens: calls.reduce((sum, call) => sum + call.input, 0),
      output_tokens: calls.reduce((sum, call) => sum + call.output, 0),
      cached_input_tokens: calls.reduce((sum, call) => sum + call.cachedInput, 0),
      cost_usd: sumMoney(costs.map((cost) => new Money(cost))).toFixed(),
      calls: calls.length,
    };
  }

  private async recordCall(context: UsageContext, call: ProposalCall): Promise<string> {
    const responseId = call.estimated ? `${context.requestKey}:${call.responseId}` : call.responseId;
    const usage = {
      input_tokens: call.input,
      output_tokens: call.output,
      cached_input_tokens: call.cachedInput,
      reasoning_tokens: 0,
    };
    const price = await findModelPrice(this.models, call.provider, call.model);
    const { cost_usd: cost, price_snapshot: snapshot } = priceUsage(usage, price, call);
    const owner = ownerIdOf(context.principal);
    await this.records.recordUsage({
      source: 'planner',
      endpoint: context.endpoint,
      owner_id: owner,
      agent_id: `planner.${context.endpoint}`,
      provider: call.provider,
      model: call.model,
      provider_response_id: responseId,
      ...usage,
      cost_usd: cost,
      price_snapshot: snapshot,
      estimated: call.estimated,
      ...(context.patchSetId ? { patch_set_id: context.patchSetId } : {}),
      ...(context.chatSessionId ? { chat_session_id: context.chatSessionId } : {}),
    });
    await this.producer.emit('cost.usage', {
      provider_response_id: responseId,
      source: 'planner',
      endpoint: context.endpoint,
      owner_id: owner,
      ...(context.projectId ? { project_id: context.projectId } : {}),
      agent_id: `planner.${context.endpoint}`,
      provider: call.provider,
      model: call.model,
      ...usage,
      cost_usd: cost,
      price_snapshot: snapshot,
      occurred_at: this.clock.now().toISOString(),
    });
    return cost;
  }
}
