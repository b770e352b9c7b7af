import type {
  GenAiCostsDto,
  GenAiUsageDto,
  ModelPriceDto,
  ModelPricePageDto,
  ProblemDto,
} from '@slipway/contracts';
import { PriceCatalogue } from '../src/pricing/price-catalogue';
import { type Caller, CostHarness, type TestOrg } from './harness';
import {
  buildTree,
  FIRST_DAY,
  generateRows,
  groupBy,
  LAST_DAY,
  type LedgerRow,
  record,
  sums,
  ZONE,
} from './spend-fixture';

const RANGE = `start_date=${FIRST_DAY}&end_date=${LAST_DAY}`;
const FUTURE = '2031-01-01T00:00:00.000Z';

/** The token figures of some rows as the GenAI reads answer them. */
function tokens(rows: readonly LedgerRow[]) {
  const { amount: _amount, ...counts } = sums(rows);
  const share = counts.input_tokens
    ? Math.round((counts.cached_input_tokens / counts.input_tokens) * 1e6) / 1e6
    : 0;
  return { ...counts, total_tokens: counts.input_tokens + counts.output_tokens, cached_share: share };
}

describe('GenAI reads', () => {
  let cost: CostHarness;
  let org: TestOrg;
  let other: TestOrg;
  let rows: LedgerRow[];
  let calls: LedgerRow[];

  const get = <T>(path: string, as: Caller = { key: org.key }, of: TestOrg = org) =>
    cost.request<T & ProblemDto>('GET', `/api/v1/genai/${of.slug}${path}`, as);

  beforeAll(async () => {
    cost = await CostHarness.start();
    org = await cost.createOrg({ timezone: ZONE, currency: 'GBP' });
    other = await cost.createOrg();
    rows = generateRows(org.id, await buildTree(cost, org), 800, 3);
    calls = rows.filter((row) => row.model !== undefined);
    await record(cost, rows);
    await cost.app.get(PriceCatalogue).install(false);
  });
  afterAll(async () => {
    await cost.close();
  });

  describe('usage and costs', () => {
    it('gives tokens by model and local day, with the cached share, model calls only', async () => {
      const reply = await get<GenAiUsageDto>(`/usage?${RANGE}`);
      expect(reply.status).toBe(200);
      expect(calls.length).toBeLessThan(rows.length);
      const perDay = groupBy(calls, (row) => `${row.local_day}|${row.provider}|${row.model ?? ''}`);
      expect(reply.body.days).toHaveLength(perDay.size);
      for (const day of reply.body.days)
        expect(day).toEqual({
          day: day.day,
          provider: day.provider,
          model: day.model,
          ...tokens(perDay.get(`${day.day}|${day.provider}|${day.model}`) ?? []),
        });
      const days = reply.body.days.map((day) => day.day);
      expect(days).toEqual([...days].sort());
      const perModel = groupBy(calls, (row) => `${row.provider}|${row.model ?? ''}`);
      expect(reply.body.models).toEqual(
        expect.arrayContaining(
          [...perModel].map(([, of]) => ({ provider: of[0].provider, model: of[0].model, ...tokens(of) })),
        ),
      );
      expect(reply.body).toMatchObject({
        org: org.slug,
        currency: 'GBP',
        total: tokens(calls),
        truncated: false,
      });
      expect(reply.body.total.cached_share).toBeGreaterThan(0);
      expect(reply.body.total.cached_share).toBeLessThan(0.5);
    });

    it('filters by model', async () => {
      const reply = await get<GenAiUsageDto>(`/usage?${RANGE}&model=gpt-4o`);
      expect(reply.body.total).toEqual(tokens(calls.filter((row) => row.model === 'gpt-4o')));
      expect(reply.body.models.map((model) => model.model)).toEqual(['gpt-4o']);
    });

    it('costs the calls per provider and model, exactly, in the organization’s currency', async () => {
      const reply = await get<GenAiCostsDto>(`/costs?${RANGE}`);
      expect(reply.status).toBe(200);
      expect(reply.body.total).toEqual(sums(calls));
      expect(reply.body.providers).toEqual(
        expect.arrayContaining(
          [...groupBy(calls, (row) => row.provider)].map(([provider, of]) => ({ provider, ...sums(of) })),
        ),
      );
      expect(reply.body.models).toEqual(
        expect.arrayContaining(
          [...groupBy(calls, (row) => `${row.provider}|${row.model ?? ''}`)].map(([, of]) => ({
            provider: of[0].provider,
            model: of[0].model,
            ...sums(of),
          })),
        ),
      );
      expect(reply.body.currency).toBe('GBP');
    });

    it('is cached, read by viewers, and another organization’s a 404', async () => {
      const viewer = await cost.createKey(org.id, 'viewer');
      const first = await get<GenAiCostsDto>('/costs?period=last_30_days', { key: viewer });
      expect(first.status).toBe(200);
      expect(
        (await get<GenAiCostsDto>('/costs?period=last_30_days', { key: viewer })).headers['x-cache'],
      ).toBe('hit');
      expect((await get(`/usage?${RANGE}`, { key: other.key })).status).toBe(404);
      expect((await get('/usage?start_date=2026-03-02&end_date=2026-01-01')).status).toBe(422);
    });
  });

  describe('pricing overrides', () => {
    const overrides = (of: TestOrg = org) => `/api/v1/genai/${of.slug}/pricing/overrides`;
    const post = (body: object, as: Caller = { key: org.key }) =>
      cost.request<ModelPriceDto & ProblemDto>('POST', overrides(), as, { body });
    let created: ModelPriceDto;

    it('are written through GenAI pricing and seen there too', async () => {
      const reply = await post({
        provider: 'openai',
        model: 'gpt-4o',
        input_per_1m: '1.2345678',
        output_per_1m: '4',
        valid_from: FUTURE,
      });
      expect(reply.status).toBe(201);
      expect(reply.headers.etag).toBe('"1"');
      created = reply.body;
      expect(created).toMatchObject({
        scope: 'org',
        provider: 'openai',
        model: 'gpt-4o',
        input_per_1m: '1.2345678',
      });
      const pricing = await cost.request<ModelPricePageDto>(
        'GET',
        `/api/v1/integrations/${org.slug}/openai/pricing?scope=org&history=true`,
        { key: org.key },
      );
      expect(pricing.body.items.map((item) => item.id)).toEqual([created.id]);
      const anthropic = await post({
        provider: 'anthropic',
        model: 'claude-sonnet-4',
        input_per_1m: '2',
        output_per_1m: '10',
      });
      expect(anthropic.status).toBe(201);
    });

    it('list every provider’s, in force now or every version; viewers read them', async () => {
      const viewer = await cost.createKey(org.id, 'viewer');
      const now = await cost.request<ModelPricePageDto>('GET', overrides(), { key: viewer });
      expect(now.status).toBe(200);
      expect(now.body.items.map((item) => [item.provider, item.effective])).toEqual([['anthropic', true]]);
      const all = await cost.request<ModelPricePageDto>('GET', `${overrides()}?history=true`, {
        key: viewer,
      });
      expect(all.body.items.map((item) => item.provider)).toEqual(['anthropic', 'openai']);
      const openai = await cost.request<ModelPricePageDto>(
        'GET',
        `${overrides()}?history=true&provider=openai`,
        {
          key: viewer,
        },
      );
      expect(openai.body.items.map((item) => item.id)).toEqual([created.id]);
      expect(
        (
          await post(
            { provider: 'openai', model: 'x', input_per_1m: '1', output_per_1m: '1' },
            { key: viewer },
          )
        ).status,
      ).toBe(403);
      const theirs = await cost.request<ModelPricePageDto>('GET', `${overrides(other)}?history=true`, {
        key: other.key,
      });
      expect(theirs.body.items).toEqual([]);
    });

    it('change with If-Match, and are deleted before they start', async () => {
      const stale = await cost.request(
        'PATCH',
        `${overrides()}/${created.id}`,
        { key: org.key },
        {
          body: { output_per_1m: '5' },
          headers: { 'if-match': '"7"' },
        },
      );
      expect(stale.status).toBe(412);
      const changed = await cost.request<ModelPriceDto>(
        'PATCH',
        `${overrides()}/${created.id}`,
        { key: org.key },
        {
          body: { output_per_1m: '5' },
          headers: { 'if-match': '"1"' },
        },
      );
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ output_per_1m: '5', version: 2 });
      const foreign = await cost.request(
        'PATCH',
        `${overrides(other)}/${created.id}`,
        { key: other.key },
        {
          body: { output_per_1m: '6' },
        },
      );
      expect(foreign.status).toBe(404);
      const removed = await cost.request('DELETE', `${overrides()}/${created.id}`, { key: org.key });
      expect(removed.status).toBe(204);
      expect((await cost.request('DELETE', `${overrides()}/${created.id}`, { key: org.key })).status).toBe(
        404,
      );
    });

    it('leave global prices to the catalogue (403) and refuse bad bodies (422)', async () => {
      const global = await cost.request<ModelPricePageDto>(
        'GET',
        `/api/v1/integrations/${org.slug}/openai/pricing?model=gpt-4o&scope=global`,
        {
          key: org.key,
        },
      );
      const [price] = global.body.items;
      const refused = await cost.request(
        'PATCH',
        `${overrides()}/${price.id}`,
        { key: org.key },
        { body: { output_per_1m: '1' } },
      );
      expect(refused.status).toBe(403);
      const bad = await post({
        provider: 'Open AI',
        model: 'gpt-4o',
        input_per_1m: '1',
        output_per_1m: '-1',
      });
      expect(bad.status).toBe(422);
      expect(bad.body.errors?.map((error) => error.field)).toEqual(
        expect.arrayContaining(['provider', 'output_per_1m']),
      );
    });
  });
});
