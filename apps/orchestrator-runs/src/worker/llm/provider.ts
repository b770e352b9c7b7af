/** The one seam between the agent worker and whichever LLM writes an artifact. */
import type { ResponseFormat, ResponseFormatKind } from './response-format';

/** The injection token of the worker's LlmProvider. */
export const LLM = Symbol('LLM');

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface CompletionRequest {
  model: string;
  messages: ChatMessage[];
  maxOutputTokens?: number;
  temperature?: number;
  /** Asks for JSON (OpenAI's `response_format`); a provider that refuses it gets a lesser one. */
  responseFormat?: ResponseFormat;
  /** Cancels the call: the promise then rejects with `signal.reason` (an `AbortError` by default). */
  signal: AbortSignal;
}

export interface TokenUsage {
  input: number;
  output: number;
  /** Part of `input` the provider served from its prompt cache. */
  cached_input: number;
  /** Part of `output` spent on hidden reasoning. */
  reasoning: number;
}

export interface Completion {
  content: string;
  usage: TokenUsage;
  /** True when the provider reported no usage and `usage` is the local estimate (token-estimate.ts). */
  usageEstimated?: boolean;
  responseId: string;
  model: string;
  provider: string;
  /** As the provider reports it: `stop`, `length` (cut at maxOutputTokens), `content_filter`, … */
  finishReason: string;
  /** The format the answer was asked in, when the request named one (lower after a refusal). */
  responseFormat?: ResponseFormatKind;
}

export interface LlmProvider {
  readonly name: string;
  complete(request: CompletionRequest): Promise<Completion>;
  /** Releases pooled connections, when the provider holds any. */
  close?(): Promise<void>;
}

export type ProviderErrorCode =
  | 'provider_rejected'
  | 'provider_unauthorized'
  | 'provider_rate_limited'
  | 'provider_unavailable'
  | 'provider_timeout'
  | 'provider_unreachable'
  | 'provider_bad_response';

/**
 * A provider call that failed. `retryable` says whether the same request may succeed later
 * (rate limits, outages, timeouts); a rejected request or credential never will.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  readonly code: ProviderErrorCode;
  readonly retryable: boolean;
  readonly status?: number;
  /** The provider's Retry-After on a rate limit or an outage, when it sent one. */
  readonly retryAfterMs?: number;

  constructor(
    message: string,
    details: {
      code: ProviderErrorCode;
      retryable: boolean;
      status?: number;
      retryAfterMs?: number;
      cause?: unknown;
    },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.retryable = details.retryable;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }
}
