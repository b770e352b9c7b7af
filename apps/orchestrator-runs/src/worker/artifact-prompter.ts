import { Inject, Injectable } from '@nestjs/common';
import { RUN_PHASE_ORDER, type RunPhase } from '@slipway/contracts';
import { AgentWorkerConfig } from '../config';
import type { AgentSpec, ArtifactSpec } from '../profiles/profile';
import { RunRecords, type RunRecord } from '../records/run-records';
import { RunWorkspace } from '../workspace/run-workspace';
import { buildMessages, type PriorArtifact } from './llm/prompts';
import type { Completion } from './llm/provider';
import { RunBudget } from './llm/run-budget';
import { RunLlm } from './llm/run-llm';

/** Prior artifacts larger than this are not read into prompts. */
const MAX_PRIOR_BYTES = 256 * 1024;

/** The settings a model call reads (AgentWorkerConfig's). */
type PromptSettings = Pick<AgentWorkerConfig, 'LLM_MODEL' | 'LLM_MAX_INPUT_TOKENS' | 'LLM_MAX_OUTPUT_TOKENS'>;

/**
 * Asks the model for one artifact: the prompt from the profile's agent, the registry's agent config of
 * the same name and the artifacts of earlier phases, within LLM_MAX_INPUT_TOKENS; sent with the
 * run's organization's credential when it has one (RunLlm), within its budgets (RunBudget).
 */
@Injectable()
export class ArtifactPrompter {
  constructor(
    @Inject(RunRecords) private readonly records: RunRecords,
    @Inject(RunWorkspace) private readonly workspace: RunWorkspace,
    @Inject(RunLlm) private readonly llm: RunLlm,
    @Inject(RunBudget) private readonly budget: RunBudget,
    @Inject(AgentWorkerConfig) private readonly settings: PromptSettings,
  ) {}

  async complete(
    run: RunRecord,
    phase: RunPhase,
    agent: AgentSpec,
    output: ArtifactSpec,
    prior: readonly PriorArtifact[],
    signal: AbortSignal,
  ): Promise<Completion> {
    // The registry's agent config of the same name, when there is one, overrides the profile's model
    // and adds its system prompt, temperature and output limit.
    const config = await this.records.agentConfig(agent.id);
    const messages = buildMessages({
      role: agent.role,
      instructions: config?.system_prompt
        ? `${agent.instructions}\n\n${config.system_prompt}`
        : agent.instructions,
      intake: run.intake ?? '',
      projectName: run.project_name ?? run.profile,
      phase,
      artifact: output,
      priorArtifacts: prior,
      maxInputTokens: this.settings.LLM_MAX_INPUT_TOKENS,
    });
    const provider = await this.llm.forRun(run);
    return this.budget.complete(run, phase, provider, {
      model: config?.model ?? agent.model ?? this.settings.LLM_MODEL,
      messages,
      maxOutputTokens: config?.max_tokens ?? this.settings.LLM_MAX_OUTPUT_TOKENS,
      ...(config?.temperature !== null && config?.temperature !== undefined
        ? { temperature: Number(config.temperature) }
        : {}),
      signal,
    });
  }

  /** The artifacts of the phases before this one, for the prompts (text files of moderate size). */
  async priorArtifacts(runId: string, phase: RunPhase): Promise<PriorArtifact[]> {
    const earlier = RUN_PHASE_ORDER.slice(0, RUN_PHASE_ORDER.indexOf(phase));
    const prior: PriorArtifact[] = [];
    for (const p of earlier) {
      for (const file of await this.workspace.phaseFiles(runId, p)) {
        if (file.content.length > MAX_PRIOR_BYTES) continue;
        prior.push({ phase: p, name: file.name, content: file.content.toString('utf8') });
      }
    }
    return prior;
  }
}
