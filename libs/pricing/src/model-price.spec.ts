import { findModelPrice, PriceBook, type ModelPriceSource, type PricedModel } from './model-price';

const row = (provider: string, model_name: string, input: string): PricedModel => ({
  provider,
  model_name,
  input_price_per_1k: input,
  output_price_per_1k: '0.01',
  cached_input_price_per_1k: null,
});

/** available_models as a list; counts the lookups. */
class Registry implements ModelPriceSource {
  lookups = 0;
  constructor(private readonly rows: readonly (PricedModel & { active?: boolean })[]) {}

  async exact(provider: string, model: string): Promise<PricedModel | null> {
    this.lookups++;
    return this.rows.find((r) => r.provider === provider && r.model_name === model) ?? null;
  }

  async byName(model: string): Promise<PricedModel | null> {
    this.lookups++;
    return this.rows.find((r) => r.model_name === model && r.active !== false) ?? null;
  }
}

describe('findModelPrice', () => {
  const registry = new Registry([
    { ...row('litellm', 'gpt-x', '9'), active: false },
    row('openai', 'gpt-x', '0.0025'),
    row('litellm', 'gpt-x', '0.003'),
  ]);

  it('takes the row of the provider and model', async () => {
    expect(await findModelPrice(registry, 'litellm', 'gpt-x')).toMatchObject({ input_price_per_1k: '9' });
  });

  it('falls back to the model under any provider, active rows only', async () => {
    expect(await findModelPrice(registry, 'template', 'gpt-x')).toMatchObject({
      provider: 'openai',
      input_price_per_1k: '0.0025',
    });
  });

  it('answers null for a model nobody registered', async () => {
    expect(await findModelPrice(registry, 'openai', 'unknown')).toBeNull();
  });
});

describe('PriceBook', () => {
  it('looks each model up once', async () => {
    const registry = new Registry([row('openai', 'a', '1'), row('openai', 'b', '2')]);
    const book = new PriceBook(registry, 'openai');
    const prices = await Promise.all([book.price('a'), book.price('a'), book.price('b'), book.price('a')]);
    expect(prices.map((price) => price?.input_price_per_1k)).toEqual(['1', '1', '2', '1']);
    expect(registry.lookups).toBe(2);
  });
});
