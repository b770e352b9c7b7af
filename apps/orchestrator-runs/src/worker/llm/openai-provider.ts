import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { failureOf, field, isRecord, type Failure } from './openai-answers';
import {
  ProviderError,
  type Completion,
  type CompletionRequest,
  type LlmProvider,
  type TokenUsage,
} from './provider';
import {
  isResponseFormatRefusal,
  responseFormatBody,
  ResponseFormatSupport,
  type ResponseFormatKind,
} from './response-format';
import { estimateMessages, estimateTokens } from './token-estimate';

export interface OpenAiProviderOptions {
  /** Up to and including the version segment: `https://api.openai.com/v1`. */
  baseUrl: string;
  apiKey: string;
  /** Per attempt, from sending the request to reading the whole answer. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff before the 2nd attempt; doubles each time, with jitter. Default 500 ms. */
  retryBaseDelayMs?: number;
  /** Longest wait between attempts, also the cap on a Retry-After honoured. Default 20 s. */
  retryMaxDelayMs?: number;
  /** Keep-alive connections to the provider. Default 8. */
  connections?: number;
  /** Newer OpenAI models take only `max_completion_tokens`; most compatible servers take `max_tokens`. */
  maxTokensField?: 'max_tokens' | 'max_completion_tokens';
  /** Reported as `Completion.provider`. Default `openai`. */
  name?: string;
}

type Answer = { ok: true; completion: Completion } | ({ ok: false } & Failure);

const count = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;

async function pause(ms: number, signal: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch((error: unknown) => {
    signal.throwIfAborted();
    throw error;
  });
}

/**
 * An OpenAI-compatible chat-completions client over one keep-alive undici pool. Rate limits (429,
 * honouring Retry-After), 5xx, timeouts and connection errors are retried with exponential backoff
 * and jitter up to `maxAttempts`; other 4xx fail at once. Aborting the request's signal cancels the
 * HTTP call in flight or the wait between attempts, rejecting with `signal.reason`. The API key
 * appears in no error message, even when the provider echoes it back.
 */
export class OpenAiProvider implements LlmProvider {
  readonly name: string;
  private readonly pool: Pool;
  private readonly path: string;
  private readonly formats = new ResponseFormatSupport();

  constructor(private readonly options: OpenAiProviderOptions) {
    if (!options.apiKey) throw new Error('OpenAiProvider needs an API key');
    const url = new URL(options.baseUrl);
    this.name = options.name ?? 'openai';
    this.path = `${url.pathname.replace(/\/+$/, '')}/chat/completions${url.search}`;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 8,
      keepAliveTimeout: 30_000,
      // The per-attempt deadline below bounds every call; undici's own 300 s limits would cut long generations.
      headersTimeout: 0,
      bodyTimeout: 0,
      connect: { timeout: options.timeoutMs },
    });
  }

  /**
   * A request naming a `responseFormat` that the server refuses (a 400 about response_format) is
   * sent again at once with the weaker format: json_schema, then json_object, then none; the model
   * keeps the weaker one for later requests.
   */
  async complete(request: CompletionRequest): Promise<Completion> {
    request.signal.throwIfAborted();
    let kind = this.formats.kindFor(request.model, request.responseFormat);
    for (;;) {
      try {
        const completion = await this.send(this.bodyOf(request, kind), request);
        return request.responseFormat === undefined ? completion : { ...completion, responseFormat: kind };
      } catch (error) {
        const weaker = isResponseFormatRefusal(error) ? this.formats.refused(request.model, kind) : undefined;
        if (weaker === undefined) throw error;
        kind = weaker;
      }
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private bodyOf(request: CompletionRequest, kind: ResponseFormatKind): string {
    return JSON.stringify({
      model: request.model,
      messages: request.messages.map(({ role, content }) => ({ role, content })),
      ...(request.maxOutputTokens === undefined
        ? {}
        : { [this.options.maxTokensField ?? 'max_tokens']: request.maxOutputTokens }),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...responseFormatBody(request.responseFormat, kind),
    });
  }

  private async send(body: string, request: CompletionRequest): Promise<Completion> {
    for (let attempt = 1; ; attempt++) {
      const answer = await this.attempt(body, request);
      if (answer.ok) return answer.completion;
      if (!answer.retryable || attempt >= this.options.maxAttempts) throw this.error(answer, attempt);
      await pause(this.delay(attempt, answer.retryAfterMs), request.signal);
    }
  }

  private async attempt(body: string, request: CompletionRequest): Promise<Answer> {
    const deadline = AbortSignal.timeout(this.options.timeoutMs);
    try {
      const response = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.options.apiKey}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body,
        signal: AbortSignal.any([request.signal, deadline]),
      });
      const text = await response.body.text();
      if (response.statusCode < 200 || response.statusCode >= 300)
        return { ok: false, ...failureOf(response.statusCode, response.headers, text) };
      return this.completionOf(text, request);
    } catch (error) {
      request.signal.throwIfAborted();
      if (deadline.aborted)
        return {
          ok: false,
          code: 'provider_timeout',
          retryable: true,
          detail: `did not answer within ${this.options.timeoutMs} ms`,
        };
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        code: 'provider_unreachable',
        retryable: true,
        detail: `unreachable: ${reason}`,
        cause: error,
      };
    }
  }

  private completionOf(text: string, request: CompletionRequest): Answer {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return {
        ok: false,
        code: 'provider_bad_response',
        retryable: false,
        detail: 'answered with invalid JSON',
      };
    }
    const choices = field(json, 'choices');
    const choice: unknown = Array.isArray(choices) ? choices[0] : undefined;
    const content = field(field(choice, 'message'), 'content');
    const finishReason = field(choice, 'finish_reason');
    if (typeof content !== 'string') {
      const refusal = field(field(choice, 'message'), 'refusal');
      const detail =
        typeof refusal === 'string'
          ? `refused: ${refusal}`
          : `answered without message content (finish_reason ${String(finishReason)})`;
      return { ok: false, code: 'provider_bad_response', retryable: false, detail };
    }
    const id = field(json, 'id');
    const model = field(json, 'model');
    const usage = field(json, 'usage');
    return {
      ok: true,
      completion: {
        content,
        usage: isRecord(usage) ? usageOf(usage) : estimatedUsage(request, content),
        ...(isRecord(usage) ? {} : { usageEstimated: true }),
        responseId: typeof id === 'string' && id ? id : `${this.name}-${randomUUID()}`,
        model: typeof model === 'string' && model ? model : request.model,
        provider: this.name,
        finishReason: typeof finishReason === 'string' ? finishReason : 'unknown',
      },
    };
  }

  /** Exponential backoff with jitter (half to full), or the provider's Retry-After, both capped. */
  private delay(attempt: number, retryAfter: number | undefined): number {
    const base = this.options.retryBaseDelayMs ?? 500;
    const cap = this.options.retryMaxDelayMs ?? 20_000;
    if (retryAfter !== undefined) return Math.min(retryAfter, cap);
    const exponential = Math.min(base * 2 ** (attempt - 1), cap);
    return exponential / 2 + (Math.random() * exponential) / 2;
  }

  private error(failure: Failure, attempts: number): ProviderError {
    const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    const message = `${this.name} ${failure.detail}${tries}`.split(this.options.apiKey).join('[redacted]');
    return new ProviderError(message, {
      code: failure.code,
      retryable: failure.retryable,
      status: failure.status,
      retryAfterMs: failure.retryAfterMs,
      cause: failure.cause,
    });
  }
}

function usageOf(usage: Record<string, unknown>): TokenUsage {
  return {
    input: count(usage.prompt_tokens),
    output: count(usage.completion_tokens),
    cached_input: count(field(usage.prompt_tokens_details, 'cached_tokens')),
    reasoning: count(field(usage.completion_tokens_details, 'reasoning_tokens')),
  };
}

const estimatedUsage = (request: CompletionRequest, content: string): TokenUsage => ({
  input: estimateMessages(request.messages),
  output: estimateTokens(content),
  cached_input: 0,
  reasoning: 0,
});
