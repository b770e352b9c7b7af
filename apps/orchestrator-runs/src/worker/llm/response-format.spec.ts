import { startOpenAiStandIn, type OpenAiStandIn } from '../../../test/support/openai-stand-in';
import { OpenAiProvider } from './openai-provider';
import { ProviderError, type CompletionRequest } from './provider';
import {
  isResponseFormatRefusal,
  responseFormatBody,
  ResponseFormatSupport,
  type ResponseFormat,
} from './response-format';

const SCHEMA: ResponseFormat = { type: 'json_schema', name: 'answer', schema: { type: 'object' } };
const UNSUPPORTED =
  "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.";

describe('response formats', () => {
  it('writes json_schema with strict off, json_object, or nothing', () => {
    expect(responseFormatBody(SCHEMA, 'json_schema')).toEqual({
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'answer', schema: { type: 'object' }, strict: false },
      },
    });
    expect(responseFormatBody(SCHEMA, 'json_object')).toEqual({ response_format: { type: 'json_object' } });
    expect(responseFormatBody(SCHEMA, 'none')).toEqual({});
    expect(responseFormatBody(undefined, 'none')).toEqual({});
  });

  it('steps down one format per refusal, per model, and never back up', () => {
    const support = new ResponseFormatSupport();
    expect(support.kindFor('m', SCHEMA)).toBe('json_schema');
    expect(support.refused('m', 'json_schema')).toBe('json_object');
    expect(support.kindFor('m', SCHEMA)).toBe('json_object');
    expect(support.kindFor('other', SCHEMA)).toBe('json_schema');
    expect(support.refused('m', 'json_object')).toBe('none');
    expect(support.kindFor('m', { type: 'json_object' })).toBe('none');
    expect(support.refused('m', 'none')).toBeUndefined();
    expect(support.kindFor('m', undefined)).toBe('none');
  });

  it('takes only a 400 about the format as a refusal of it', () => {
    const rejected = (status: number, message: string) =>
      new ProviderError(`openai answered ${status}: ${message}`, {
        code: 'provider_rejected',
        retryable: false,
        status,
      });
    expect(isResponseFormatRefusal(rejected(400, UNSUPPORTED))).toBe(true);
    expect(isResponseFormatRefusal(rejected(400, "Unsupported parameter: 'max_tokens'."))).toBe(false);
    expect(isResponseFormatRefusal(rejected(404, 'response_format'))).toBe(false);
    expect(isResponseFormatRefusal(new Error(UNSUPPORTED))).toBe(false);
  });
});

describe('OpenAiProvider with a response format', () => {
  let standIn: OpenAiStandIn;
  let provider: OpenAiProvider;
  const request = (responseFormat?: ResponseFormat): CompletionRequest => ({
    model: 'gpt-test',
    messages: [{ role: 'user', content: 'Answer in JSON.' }],
    ...(responseFormat ? { responseFormat } : {}),
    signal: new AbortController().signal,
  });
  const formats = () =>
    standIn.requests.map((r) => (r.body?.response_format ? String(r.body.response_format.type) : 'none'));

  beforeEach(async () => {
    standIn = await startOpenAiStandIn();
    provider = new OpenAiProvider({
      baseUrl: `${standIn.url}/v1`,
      apiKey: standIn.apiKey,
      timeoutMs: 5000,
      maxAttempts: 1,
    });
  });
  afterEach(async () => {
    await provider.close();
    await standIn.close();
  });

  it('sends the schema and says which format answered', async () => {
    const completion = await provider.complete(request(SCHEMA));
    expect(completion.responseFormat).toBe('json_schema');
    expect(standIn.requests[0].body?.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'answer', schema: { type: 'object' }, strict: false },
    });
  });

  it('falls back to json_object, then none, and starts there next time', async () => {
    standIn.script({ kind: 'error', status: 400, message: UNSUPPORTED });
    standIn.script({ kind: 'error', status: 400, message: 'response_format json_object is unsupported' });
    await expect(provider.complete(request(SCHEMA))).resolves.toMatchObject({ responseFormat: 'none' });
    await expect(provider.complete(request(SCHEMA))).resolves.toMatchObject({ responseFormat: 'none' });
    expect(formats()).toEqual(['json_schema', 'json_object', 'none', 'none']);
  });

  it('fails on another 400 without trying a weaker format', async () => {
    standIn.script({
      kind: 'error',
      status: 400,
      message: 'This model’s maximum context length is 8192 tokens.',
    });
    await expect(provider.complete(request(SCHEMA))).rejects.toMatchObject({
      code: 'provider_rejected',
      status: 400,
    });
    expect(formats()).toEqual(['json_schema']);
  });

  it('leaves a request without a format as it was: no response_format sent or reported', async () => {
    standIn.script({ kind: 'error', status: 400, message: UNSUPPORTED });
    await expect(provider.complete(request())).rejects.toMatchObject({ code: 'provider_rejected' });
    const completion = await provider.complete(request());
    expect(completion).not.toHaveProperty('responseFormat');
    expect(formats()).toEqual(['none', 'none']);
  });
});
