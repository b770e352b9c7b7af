import { createServer } from 'node:net';
import { startOpenAiStandIn, type OpenAiStandIn } from '../../../test/support/openai-stand-in';
import { OpenAiProvider, type OpenAiProviderOptions } from './openai-provider';
import { buildMessages, extractArtifactContent } from './prompts';
import { ProviderError, type ChatMessage, type CompletionRequest } from './provider';
import { TemplateProvider } from './template-provider';
import { estimateMessages, estimateTokens } from './token-estimate';

const MESSAGES: ChatMessage[] = buildMessages({
  role: 'product_manager',
  instructions: 'Be precise.',
  intake: 'Build a demand forecasting app for the retail team.',
  projectName: 'Forecast Q4',
  phase: 'planning',
  artifact: { name: 'PRD.md', type: 'markdown' },
  priorArtifacts: [],
  maxInputTokens: 4000,
});

const request = (signal = new AbortController().signal): CompletionRequest => ({
  model: 'gpt-test',
  messages: MESSAGES,
  maxOutputTokens: 2000,
  temperature: 0.2,
  signal,
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

describe('OpenAI-compatible provider', () => {
  let standIn: OpenAiStandIn;
  const providers: OpenAiProvider[] = [];
  const connect = (options: Partial<OpenAiProviderOptions> = {}) => {
    const provider = new OpenAiProvider({
      baseUrl: `${standIn.url}/v1`,
      apiKey: standIn.apiKey,
      timeoutMs: 5000,
      maxAttempts: 3,
      retryBaseDelayMs: 1,
      ...options,
    });
    providers.push(provider);
    return provider;
  };

  beforeEach(async () => {
    standIn = await startOpenAiStandIn({
      usage: { prompt_tokens: 1234, completion_tokens: 567, cached_tokens: 89, reasoning_tokens: 12 },
    });
  });

  afterEach(async () => {
    await Promise.all(providers.splice(0).map((provider) => provider.close()));
    await standIn.close();
  });

  it('posts the chat request with the bearer key and maps the answer and its usage', async () => {
    const provider = connect();
    const completion = await provider.complete(request());
    const offline = await new TemplateProvider().complete(request());

    expect(completion).toEqual({
      content: offline.content,
      usage: { input: 1234, output: 567, cached_input: 89, reasoning: 12 },
      responseId: 'chatcmpl-1',
      model: 'gpt-test',
      provider: 'openai',
      finishReason: 'stop',
    });
    expect(standIn.requests).toHaveLength(1);
    expect(standIn.requests[0]).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { authorization: `Bearer ${standIn.apiKey}`, 'content-type': 'application/json' },
      body: { model: 'gpt-test', messages: MESSAGES, max_tokens: 2000, temperature: 0.2 },
    });
    await expect(provider.complete(request())).resolves.toMatchObject({ responseId: 'chatcmpl-2' });
  });

  it('gives back the file a model wrapped in a fence, once extracted', async () => {
    const fencing = await startOpenAiStandIn({ fenced: true });
    const provider = new OpenAiProvider({
      baseUrl: `${fencing.url}/v1`,
      apiKey: fencing.apiKey,
      timeoutMs: 5000,
      maxAttempts: 1,
    });
    try {
      const completion = await provider.complete(request());
      const offline = await new TemplateProvider().complete(request());
      expect(completion.content).toMatch(/^```markdown\n# Product Requirements/);
      expect(extractArtifactContent(completion.content, 'markdown')).toBe(offline.content);
    } finally {
      await provider.close();
      await fencing.close();
    }
  });

  it('sends max_completion_tokens instead when configured, and leaves out what was not asked', async () => {
    await connect({ maxTokensField: 'max_completion_tokens' }).complete({
      model: 'gpt-test',
      messages: MESSAGES,
      maxOutputTokens: 300,
      signal: new AbortController().signal,
    });
    expect(standIn.requests[0].body).toEqual({
      model: 'gpt-test',
      messages: MESSAGES,
      max_completion_tokens: 300,
    });
  });

  it('falls back to the local estimate, and says so, when the answer carries no usage', async () => {
    standIn.script({ kind: 'no-usage' });
    const completion = await connect().complete(request());
    expect(completion.usageEstimated).toBe(true);
    expect(completion.usage).toEqual({
      input: estimateMessages(MESSAGES),
      output: estimateTokens(completion.content),
      cached_input: 0,
      reasoning: 0,
    });
  });

  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    standIn.script({ kind: 'rate-limited', retryAfterSeconds: 1 });
    const started = performance.now();
    const completion = await connect().complete(request());
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(completion.responseId).toBe('chatcmpl-1');
    expect(standIn.requests).toHaveLength(2);
  });

  it('retries a 500 up to maxAttempts, then fails with a retryable error', async () => {
    standIn.script({ kind: 'error', status: 500, message: 'The server had an error.' }, 3);
    const failure = connect().complete(request());
    await expect(failure).rejects.toBeInstanceOf(ProviderError);
    await expect(failure).rejects.toMatchObject({
      code: 'provider_unavailable',
      retryable: true,
      status: 500,
      message: 'openai answered 500: The server had an error. (after 3 attempts)',
    });
    expect(standIn.requests).toHaveLength(3);
  });

  it('fails at once on a 400 with the provider message, not retryable', async () => {
    standIn.script({ kind: 'error', status: 400, message: "Unsupported parameter: 'max_tokens'." });
    await expect(connect().complete(request())).rejects.toMatchObject({
      name: 'ProviderError',
      code: 'provider_rejected',
      retryable: false,
      status: 400,
      message: "openai answered 400: Unsupported parameter: 'max_tokens'.",
    });
    expect(standIn.requests).toHaveLength(1);
  });

  it('fails at once on a wrong key, never repeating the key it sent', async () => {
    const wrongKey = 'sk-wrong-key-that-must-not-leak-4242';
    const failure = connect({ apiKey: wrongKey }).complete(request());
    await expect(failure).rejects.toMatchObject({
      code: 'provider_unauthorized',
      retryable: false,
      status: 401,
    });
    const error = await failure.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(String(error)).not.toContain(wrongKey);
    expect(String(error)).toContain('Incorrect API key provided: [redacted]');
    expect(standIn.requests).toHaveLength(1);
  });

  it('cancels the request in flight promptly when the signal is aborted', async () => {
    standIn.script({ kind: 'slow', delayMs: 10_000 });
    const controller = new AbortController();
    const started = performance.now();
    const failure = connect().complete(request(controller.signal));
    while (standIn.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(failure).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(standIn.requests).toHaveLength(1);
  });

  it('cancels the wait between attempts when the signal is aborted', async () => {
    standIn.script({ kind: 'rate-limited', retryAfterSeconds: 30 });
    const controller = new AbortController();
    const failure = connect({ retryMaxDelayMs: 60_000 }).complete(request(controller.signal));
    while (standIn.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    setTimeout(() => controller.abort(), 50);
    await expect(failure).rejects.toMatchObject({ name: 'AbortError' });
    expect(standIn.requests).toHaveLength(1);
  });

  it('retries an attempt that outlives the timeout, and gives up after maxAttempts', async () => {
    const provider = connect({ timeoutMs: 200, maxAttempts: 2 });
    standIn.script({ kind: 'slow', delayMs: 2000 });
    await expect(provider.complete(request())).resolves.toMatchObject({ responseId: 'chatcmpl-1' });
    expect(standIn.requests).toHaveLength(2);

    standIn.script({ kind: 'slow', delayMs: 2000 }, 2);
    await expect(provider.complete(request())).rejects.toMatchObject({
      code: 'provider_timeout',
      retryable: true,
      message: 'openai did not answer within 200 ms (after 2 attempts)',
    });
  });

  it('retries a refused connection, then fails with a retryable error', async () => {
    const provider = connect({ baseUrl: `http://127.0.0.1:${await closedPort()}/v1`, maxAttempts: 2 });
    await expect(provider.complete(request())).rejects.toMatchObject({
      code: 'provider_unreachable',
      retryable: true,
      message: expect.stringMatching(/^openai unreachable: .*\(after 2 attempts\)$/),
    });
  });
});
