import { Inject, Injectable } from '@nestjs/common';
import type { RunPhase } from '@slipway/contracts';
import { findModelPrice, priceUsage } from '@slipway/pricing';
import { StreamProducer } from '@slipway/streams';
import { RunEventBus } from '../events/run-event-bus';
import type { AgentSpec } from '../profiles/profile';
import { AvailableModels } from '../records/available-models';
import { RunRecords, type RunRecord } from '../records/run-records';
import type { RunsProducer } from '../runs-core.module';
import type { Completion } from './llm/provider';
import { TEMPLATE_PROVIDER } from './llm/template-provider';

/**
 * The ledger of model calls: each call priced at its model's available_models price, recorded once in
 * data-api (`usage.recorded` told to listeners) and sent to the cost service on `cost.usage`.
 */
@Injectable()
export class UsageLedger {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(AvailableModels) private readonly models: AvailableModels,
    @Inject(RunEventBus) private readonly bus: RunEventBus,
    @Inject(StreamProducer) private readonly producer: RunsProducer,
  ) {}

  async record(run: RunRecord, phase: RunPhase, agent: AgentSpec, completion: Completion): Promise<void> {
    // The offline provider's ids repeat for the same prompt; a run's own repeats are the same call.
    const responseId =
      completion.provider === TEMPLATE_PROVIDER
        ? `${run.id}:${completion.responseId}`
        : completion.responseId;
    const usage = {
      input_tokens: completion.usage.input,
      output_tokens: completion.usage.output,
      cached_input_tokens: completion.usage.cached_input,
      reasoning_tokens: completion.usage.reasoning,
    };
    const price = await findModelPrice(this.models, completion.provider, completion.model);
    const { cost_usd: cost, price_snapshot: snapshot, priced } = priceUsage(usage, price, completion);
    const { created } = await this.records.recordUsage({
      source: 'run',
      run_id: run.id,
      phase,
      owner_id: run.owner_id,
      agent_id: agent.id,
      provider: completion.provider,
      model: completion.model,
      provider_response_id: responseId,
      ...usage,
      cost_usd: cost,
      price_snapshot: snapshot,
      estimated: completion.usageEstimated ?? false,
    });
    if (created)
      await this.bus.append(run.id, 'usage.recorded', phase, {
        agent_id: agent.id,
        model: completion.model,
        ...usage,
        cost_usd: cost,
        priced,
      });
    // Sent even for a repeated report: the cost service dedupes on provider_response_id.
    await this.producer.emit('cost.usage', {
      provider_response_id: responseId,
      run_id: run.id,
      owner_id: run.owner_id,
      ...(run.project_id ? { project_id: run.project_id } : {}),
      phase,
      agent_id: agent.id,
      provider: completion.provider,
      model: completion.model,
      ...usage,
      cost_usd: cost,
      price_snapshot: snapshot,
      occurred_at: new Date().toISOString(),
    });
  }
}
