import type {
  ApplyResultDto,
  ChatResponse,
  PlannerResponse,
  ProblemDto,
  StoredPatchSetDto,
} from '@slipway/contracts';
import { Money } from '@slipway/pricing';
import { RunsHarness, type User } from './harness';
import { startOpenAiStandIn, type OpenAiStandIn } from './support/openai-stand-in';

const MODEL = 'gpt-4o-mini';
const PRICE = { input: '0.00015', output: '0.0006', cached: '0.000075' };

const PLAN = {
  rationale: 'A shop: setup first, then the catalogue.',
  ops: [
    { op: 'create_project', ref: '$p', name: 'Shop' },
    { op: 'create_task', ref: '$t1', project: '$p', title: 'Setup', type: 'engineering' },
    { op: 'create_task', ref: '$t2', project: '$p', title: 'Catalogue', type: 'engineering' },
    { op: 'add_dependency', task: '$t2', depends_on: '$t1' },
  ],
};

let h: RunsHarness;
let model: OpenAiStandIn;
let alice: User;

beforeAll(async () => {
  model = await startOpenAiStandIn();
  h = await RunsHarness.start({
    worker: false,
    api: {
      PLANNER_PROVIDER: 'openai',
      PLANNER_MODEL: MODEL,
      PLANNER_BASE_URL: `${model.url}/v1`,
      PLANNER_API_KEY: model.apiKey,
      PLANNER_TIMEOUT_MS: '5000',
    },
  });
  alice = { id: h.dataApi.users.member.id, email: 'alice@example.com' };
  await h.client.post('/api/available_models', {
    body: {
      provider: 'openai',
      model_name: MODEL,
      input_price_per_1k: PRICE.input,
      output_price_per_1k: PRICE.output,
      cached_input_price_per_1k: PRICE.cached,
    },
  });
});

afterAll(async () => {
  await h.close();
  await model.close();
});

const generate = (idea: string) =>
  h.request<PlannerResponse & ProblemDto>('POST', '/api/planner/generate', { as: alice, body: { idea } });
const lastUserMessage = (index: number) =>
  model.requests[index].body?.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';

describe('planner with an OpenAI-compatible model', () => {
  it('asks for structured output, reads a fenced answer, and charges the call exactly', async () => {
    const before = model.requests.length;
    model.script({
      kind: 'content',
      content: `Here is the plan:\n\`\`\`json\n${JSON.stringify(PLAN)}\n\`\`\``,
    });
    const reply = await generate('A shop with a catalogue');
    expect(reply.status).toBe(200);
    expect(reply.body.patch_set.source).toMatchObject({
      endpoint: 'generate',
      provider: 'openai',
      model: MODEL,
    });
    expect(reply.body.validation.valid).toBe(true);
    expect(model.requests[before].body?.response_format).toMatchObject({ type: 'json_schema' });
    // 1200 prompt tokens (300 cached) and 800 completion tokens at the registered prices.
    const expected = new Money(900)
      .times(PRICE.input)
      .plus(new Money(300).times(PRICE.cached))
      .plus(new Money(800).times(PRICE.output))
      .div(1000);
    expect(reply.body.usage).toMatchObject({
      input_tokens: 1200,
      output_tokens: 800,
      cached_input_tokens: 300,
      calls: 1,
    });
    expect(new Money(reply.body.usage.cost_usd).equals(expected)).toBe(true);
    const { data } = await h.client.get('/api/llm_usage', {
      params: { query: { patch_set_id: reply.body.patch_set.id, limit: 10 } },
    });
    expect(data.items.map((row) => row.cost_usd)).toEqual([reply.body.usage.cost_usd]);
  });

  it('repairs invalid JSON once, showing the model its errors', async () => {
    const before = model.requests.length;
    model.script({ kind: 'content', content: '{"rationale": "oops", "ops": [' });
    model.script({ kind: 'content', content: JSON.stringify(PLAN) });
    const reply = await generate('A shop, please');
    expect(reply.status).toBe(200);
    expect(reply.body.usage.calls).toBe(2);
    expect(model.requests.length - before).toBe(2);
    expect(lastUserMessage(before + 1)).toMatch(/error|invalid|JSON/i);
  });

  it('answers 502 after two unusable answers, proposes nothing, and still charges both calls', async () => {
    const patchSets = await h.request<{ items: StoredPatchSetDto[] }>(
      'GET',
      '/api/planner/patchsets?limit=100',
      {
        as: alice,
      },
    );
    model.script({ kind: 'content', content: 'I cannot do that.' }, 2);
    const reply = await generate('A shop that fails');
    expect(reply.status).toBe(502);
    expect(reply.body.code).toBe('planner_bad_output');
    expect(reply.text).not.toContain(model.apiKey);
    const after = await h.request<{ items: StoredPatchSetDto[] }>('GET', '/api/planner/patchsets?limit=100', {
      as: alice,
    });
    expect(after.body.items).toHaveLength(patchSets.body.items.length);
    const { data } = await h.client.get('/api/llm_usage', {
      params: { query: { source: ['planner'], endpoint: 'generate', limit: 100 } },
    });
    // Calls so far: 1 (fenced) + 2 (repaired) + 2 (failed).
    expect(data.items).toHaveLength(5);
  });

  it('keeps the applied PatchSets in the context of later chat turns', async () => {
    model.script({ kind: 'content', content: JSON.stringify({ reply: 'Here is a plan.', ...PLAN }) });
    const first = await h.request<ChatResponse>('POST', '/api/agent/chat', {
      as: alice,
      body: { message: 'Plan a shop' },
    });
    expect(first.status).toBe(200);
    const plan = first.body.patch_sets[0];
    const applied = await h.request<ApplyResultDto>('POST', '/api/planner/apply', {
      as: alice,
      body: {
        id: plan.id,
        format_version: plan.format_version,
        base: plan.base,
        source: plan.source,
        ops: plan.ops,
        rationale: plan.rationale,
      },
    });
    expect(applied.status).toBe(200);
    for (const message of ['How is it going?', 'And now?']) {
      model.script({
        kind: 'content',
        content: JSON.stringify({ reply: 'Fine.', ops: null, rationale: null }),
      });
      const before = model.requests.length;
      const turn = await h.request<ChatResponse>('POST', '/api/agent/chat', {
        as: alice,
        body: { session_id: first.body.session_id, message },
      });
      expect(turn.status).toBe(200);
      const prompt = (model.requests[before].body?.messages ?? []).map((m) => m.content).join('\n');
      expect(prompt).toContain(plan.id);
      expect(prompt).toMatch(/never propose these again/);
      // The project the plan created is read afresh: its tasks are in the prompt.
      expect(prompt).toContain(applied.body.refs.$t2);
    }
  });
});
