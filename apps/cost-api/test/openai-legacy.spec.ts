import type { ModelPricePageDto, PriceLookupDto, SubscriptionPlanPageDto } from '@slipway/contracts';
import { PriceCatalogue } from '../src/pricing/price-catalogue';
import { CostHarness, type TestOrg } from './harness';

describe('legacy OpenAI data', () => {
  let cost: CostHarness;
  let org: TestOrg;
  const legacy = (path: string) => `/api/v1/integrations/${org.slug}/openai/${path}`;
  const pricing = (provider = 'openai') => `/api/v1/integrations/${org.slug}/${provider}/pricing`;
  const since = `@${Date.UTC(2026, 11, 1) / 1000}`;
  const expectLegacy = (headers: Record<string, unknown>, successor: string) => {
    expect(headers.deprecation).toBe(since);
    expect(headers.sunset).toBe('Tue, 01 Jun 2027 00:00:00 GMT');
    expect(headers.sunset).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(headers.link).toBe(`<${successor}>; rel="successor-version"`);
  };

  beforeAll(async () => {
    cost = await CostHarness.start();
    org = await cost.createOrg();
    await cost.app.get(PriceCatalogue).install(false);
    await cost.request(
      'POST',
      pricing(),
      { key: org.key },
      {
        body: {
          model: 'gpt-4.1',
          input_per_1m: '1.7',
          output_per_1m: '6.4',
          valid_from: '2026-01-01T00:00:00Z',
        },
      },
    );
  });
  afterAll(async () => {
    await cost.close();
  });
  it('answers /openai/models from GenAI pricing, with Deprecation, Sunset and Link', async () => {
    const old = await cost.request<ModelPricePageDto>('GET', legacy('models'), { key: org.key });
    expect(old.status).toBe(200);
    expectLegacy(old.headers, pricing());
    const current = await cost.request<ModelPricePageDto>('GET', `${pricing()}?limit=100`, { key: org.key });
    expect(old.body.items).toEqual(current.body.items.filter((p) => p.effective));
    expect(old.body.items.map((p) => p.model)).toContain('gpt-5');
  });

  it('answers /openai/models/{model} as the lookup does', async () => {
    const old = await cost.request<PriceLookupDto>('GET', legacy('models/gpt-4.1'), { key: org.key });
    expectLegacy(old.headers, `${pricing()}/lookup?model=gpt-4.1`);
    const now = await cost.request<PriceLookupDto>('GET', `${pricing()}/lookup?model=gpt-4.1`, {
      key: org.key,
    });
    expect({ ...old.body, at: null }).toEqual({ ...now.body, at: null });
    const missing = await cost.request('GET', legacy('models/nothing'), {
      key: org.key,
    });
    expect(missing.status).toBe(404);
    expectLegacy(missing.headers, `${pricing()}/lookup?model=nothing`);
  });

  it('leaves {provider}/pricing routes to every provider, openai included', async () => {
    expect(
      (await cost.request('GET', `${pricing('anthropic')}/lookup?model=claude-sonnet-4-5`, { key: org.key }))
        .status,
    ).toBe(200);
    expect(
      (await cost.request('GET', `${pricing()}/lookup?model=gpt-5`, { key: org.key })).headers.deprecation,
    ).toBeUndefined();
  });

  it('answers /openai/subscriptions from the subscriptions router', async () => {
    const plans = `/api/v1/subscriptions/${org.slug}/providers/openai/plans`;
    await cost.request(
      'POST',
      plans,
      { key: org.key },
      {
        body: {
          plan_name: 'ChatGPT Team',
          pricing_model: 'per_seat',
          unit_price: '25',
          seats: 4,
          billing_period: 'monthly',
          start_date: '2026-01-01',
        },
      },
    );
    const old = await cost.request<SubscriptionPlanPageDto>('GET', legacy('subscriptions'), { key: org.key });
    expect(old.status).toBe(200);
    expectLegacy(old.headers, plans);
    const current = await cost.request<SubscriptionPlanPageDto>('GET', plans, { key: org.key });
    expect(old.body).toEqual(current.body);
    expect(old.body.items[0]).toMatchObject({ period_cost: '100', monthly_cost: '100' });
  });
});
