import { OpenAiProvider } from './openai-provider';
import { createProvider } from './provider-registry';
import { TemplateProvider } from './template-provider';

describe('provider registry', () => {
  it('creates the offline template provider, needing no credentials', () => {
    const provider = createProvider({ provider: 'template', timeoutMs: 1000, maxAttempts: 3 });
    expect(provider).toBeInstanceOf(TemplateProvider);
    expect(provider.name).toBe('template');
  });

  it('creates the OpenAI-compatible provider from its base URL and key', async () => {
    const provider = createProvider({
      provider: 'openai',
      baseUrl: 'http://127.0.0.1:9/v1',
      apiKey: 'sk-test',
      timeoutMs: 1000,
      maxAttempts: 3,
    });
    expect(provider).toBeInstanceOf(OpenAiProvider);
    expect(provider.name).toBe('openai');
    await provider.close?.();
  });

  it('refuses the openai provider without a key, naming what is missing', () => {
    expect(() => createProvider({ provider: 'openai', timeoutMs: 1000, maxAttempts: 3 })).toThrow(
      'The openai provider needs an API key',
    );
  });
});
