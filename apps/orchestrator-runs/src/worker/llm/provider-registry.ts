import { Inject, Injectable, type FactoryProvider, type OnApplicationShutdown } from '@nestjs/common';
import { AgentWorkerConfig } from '../../config';
import { OpenAiProvider } from './openai-provider';
import { LLM, type LlmProvider } from './provider';
import { TemplateProvider } from './template-provider';

export const PROVIDER_NAMES = ['template', 'openai'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

export interface ProviderConfig {
  provider: ProviderName;
  /** OpenAI-compatible servers only; default the OpenAI API. */
  baseUrl?: string;
  /** Required by `openai`. */
  apiKey?: string;
  timeoutMs: number;
  maxAttempts: number;
}

/** The provider the worker's configuration names. `template` needs nothing and never calls out. */
export function createProvider(config: ProviderConfig): LlmProvider {
  switch (config.provider) {
    case 'template':
      return new TemplateProvider();
    case 'openai':
      if (!config.apiKey) throw new Error('The openai provider needs an API key');
      return new OpenAiProvider({
        baseUrl: config.baseUrl ?? OPENAI_DEFAULT_BASE_URL,
        apiKey: config.apiKey,
        timeoutMs: config.timeoutMs,
        maxAttempts: config.maxAttempts,
      });
  }
}

/** The worker's provider (`LLM`), chosen by LLM_PROVIDER. */
export const llmProvider: FactoryProvider<LlmProvider> = {
  provide: LLM,
  inject: [AgentWorkerConfig],
  useFactory: (config: AgentWorkerConfig) =>
    createProvider({
      provider: config.LLM_PROVIDER,
      ...(config.LLM_BASE_URL ? { baseUrl: config.LLM_BASE_URL } : {}),
      ...(config.LLM_API_KEY ? { apiKey: config.LLM_API_KEY } : {}),
      timeoutMs: config.LLM_TIMEOUT_MS,
      maxAttempts: config.LLM_MAX_ATTEMPTS,
    }),
};

/** Releases the provider's pooled connections when the worker stops. */
@Injectable()
export class LlmProviderShutdown implements OnApplicationShutdown {
  constructor(@Inject(LLM) private readonly provider: LlmProvider) {}

  async onApplicationShutdown(): Promise<void> {
    await this.provider.close?.();
  }
}
