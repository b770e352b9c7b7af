import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AppLogger, ProblemException } from '@slipway/platform';
import { OrchestratorConfig } from '../../config';
import { OpenAiProvider } from '../../worker/llm/openai-provider';
import type { ChatMessage, Completion } from '../../worker/llm/provider';
import type { ResponseFormat } from '../../worker/llm/response-format';
import type {
  ChatInput,
  ChatProposal,
  DecomposeInput,
  GenerateInput,
  PlannerEngine,
  Proposal,
  ProposalCall,
  ProposalWarning,
  RefineInput,
} from '../engine/planner-engine';
import { proposalSchema, type AnswerKind } from './patch-schema';
import {
  chatPrompt,
  decomposePrompt,
  DECOMPOSE_RANGE,
  generatePrompt,
  refinePrompt,
  repairPrompt,
  type Prompt,
} from './planner-prompts';
import { badOutput, providerProblem } from './planner-problems';
import { plannerConnection, type PlannerSettings } from './planner-settings';
import { parseChatAnswer, parsePlanAnswer, type Parsed, type PlanAnswer } from './proposal-parser';

export const OPENAI_PLANNER = 'openai';
/** Answers read per proposal: the first, and one repair after showing the model its errors. */
const MAX_ANSWERS = 2;
/** Attempts of one model call: a 429, 5xx, timeout or dropped connection is tried once more. */
const CALL_ATTEMPTS = 2;

const CUT_OFF =
  'the answer was cut off at the output limit: propose fewer operations or shorter descriptions';
const NO_CHANGE: ProposalWarning = { code: 'no_operations', message: 'The model proposed no change.' };

interface Answer<T> {
  value: T;
  warnings: ProposalWarning[];
  calls: ProposalCall[];
  /** As the provider reported it for the last call. */
  model: string;
}

function callOf(completion: Completion): ProposalCall {
  return {
    provider: OPENAI_PLANNER,
    model: completion.model,
    responseId: completion.responseId,
    input: completion.usage.input,
    output: completion.usage.output,
    cachedInput: completion.usage.cached_input,
    estimated: completion.usageEstimated === true,
  };
}

/**
 * The planner behind an OpenAI-compatible chat-completions API (PLANNER_PROVIDER=openai). Each
 * proposal is one conversation: the endpoint's prompt, the model's answer parsed and checked, and
 * when that fails, one more turn showing the model its errors. A second unusable answer is a 502
 * `planner_bad_output`; a well-formed answer the PatchSet checks still refuse after the repair is
 * returned with a warning, for validation to show.
 */
@Injectable()
export class OpenAiPlanner implements PlannerEngine, OnApplicationShutdown {
  readonly provider = OPENAI_PLANNER;
  readonly model: string;
  private readonly llm: OpenAiProvider;
  private readonly apiKey: string;
  private readonly logger: AppLogger;
  private formatFallbackLogged = false;

  constructor(
    @Inject(OrchestratorConfig) private readonly settings: PlannerSettings,
    @Inject(AppLogger) logger: AppLogger,
  ) {
    const { baseUrl, apiKey } = plannerConnection(settings);
    this.model = settings.PLANNER_MODEL;
    this.apiKey = apiKey;
    this.llm = new OpenAiProvider({
      baseUrl,
      apiKey,
      timeoutMs: settings.PLANNER_TIMEOUT_MS,
      maxAttempts: CALL_ATTEMPTS,
      name: OPENAI_PLANNER,
    });
    this.logger = logger.child({ component: 'openai-planner' });
  }

  generate(input: GenerateInput): Promise<Proposal> {
    const rules = {
      endpoint: 'generate',
      snapshot: null,
      allowEmpty: false,
      maxTasks: input.maxTasks,
    } as const;
    return this.plan(generatePrompt(input), (content) => parsePlanAnswer(content, rules));
  }

  refine(input: RefineInput): Promise<Proposal> {
    const rules = { endpoint: 'refine', snapshot: input.snapshot, allowEmpty: true } as const;
    return this.plan(refinePrompt(input), (content) => parsePlanAnswer(content, rules));
  }

  async decompose(input: DecomposeInput): Promise<Proposal> {
    const task = input.snapshot.tasks.find((candidate) => candidate.id === input.taskId);
    if (!task) throw ProblemException.notFound(`Task ${input.taskId}`);
    const maxTasks = input.count ?? DECOMPOSE_RANGE.max;
    const rules = { endpoint: 'decompose', snapshot: input.snapshot, allowEmpty: false, maxTasks } as const;
    return this.plan(decomposePrompt(input, task), (content) => parsePlanAnswer(content, rules));
  }

  async chat(input: ChatInput): Promise<ChatProposal> {
    const answer = await this.converse(chatPrompt(input), 'chat', (content) =>
      parseChatAnswer(content, { snapshot: input.snapshot }),
    );
    const { reply, ops, rationale } = answer.value;
    const proposal: Proposal | null = ops && {
      ops,
      rationale: rationale ?? reply,
      warnings: answer.warnings,
      provider: OPENAI_PLANNER,
      model: answer.model,
      calls: answer.calls,
    };
    return { reply, proposal, calls: answer.calls };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.llm.close();
  }

  private async plan(
    prompt: Prompt,
    parse: (content: string) => Promise<Parsed<PlanAnswer>>,
  ): Promise<Proposal> {
    const answer = await this.converse(prompt, 'plan', parse);
    const { ops, rationale } = answer.value;
    return {
      ops,
      rationale,
      warnings: [...(ops.length ? [] : [NO_CHANGE]), ...answer.warnings],
      provider: OPENAI_PLANNER,
      model: answer.model,
      calls: answer.calls,
    };
  }

  /** The conversation of one proposal: an answer, and at most one repair of it. */
  private async converse<T>(
    prompt: Prompt,
    kind: AnswerKind,
    parse: (content: string) => Promise<Parsed<T>>,
  ): Promise<Answer<T>> {
    const messages: ChatMessage[] = [
      { role: 'system', content: prompt.system },
      { role: 'user', content: prompt.user },
    ];
    const calls: ProposalCall[] = [];
    for (let attempt = 1; ; attempt++) {
      const completion = await this.complete(messages, kind, calls);
      calls.push(callOf(completion));
      const parsed = await parse(completion.content);
      const last = attempt === MAX_ANSWERS;
      if (parsed.ok && (parsed.findings.length === 0 || last)) {
        const warnings = parsed.findings.length ? [unresolved(parsed.findings.length)] : [];
        return { value: parsed.value, warnings, calls, model: completion.model };
      }
      const errors = parsed.ok
        ? parsed.findings
        : [...(completion.finishReason === 'length' ? [CUT_OFF] : []), ...parsed.errors];
      if (last) throw badOutput(attempt, errors, calls);
      messages.push(
        { role: 'assistant', content: completion.content },
        { role: 'user', content: repairPrompt(errors) },
      );
    }
  }

  private async complete(
    messages: ChatMessage[],
    kind: AnswerKind,
    calls: ProposalCall[],
  ): Promise<Completion> {
    const responseFormat = this.responseFormat(kind);
    try {
      const completion = await this.llm.complete({
        model: this.model,
        messages,
        maxOutputTokens: this.settings.PLANNER_MAX_OUTPUT_TOKENS,
        ...(responseFormat ? { responseFormat } : {}),
        signal: new AbortController().signal,
      });
      if (responseFormat && completion.responseFormat !== responseFormat.type)
        this.fellBack(responseFormat.type, completion);
      return completion;
    } catch (error) {
      throw providerProblem(error, [...calls], this.apiKey);
    }
  }

  private responseFormat(kind: AnswerKind): ResponseFormat | undefined {
    switch (this.settings.PLANNER_RESPONSE_FORMAT) {
      case 'json_schema':
        return { type: 'json_schema', name: `slipway_${kind}_answer`, schema: proposalSchema(kind) };
      case 'json_object':
        return { type: 'json_object' };
      case 'none':
        return undefined;
    }
  }

  private fellBack(requested: ResponseFormat['type'], completion: Completion): void {
    if (this.formatFallbackLogged) return;
    this.formatFallbackLogged = true;
    this.logger.warn(
      { requested, used: completion.responseFormat, model: this.model },
      'the planner model refused the response format PLANNER_RESPONSE_FORMAT names; it is asked with a weaker one from now on',
    );
  }
}

const unresolved = (count: number): ProposalWarning => ({
  code: 'unresolved_findings',
  message: `After a repair the model’s proposal still fails ${count} PatchSet check(s); its validation lists them.`,
});
