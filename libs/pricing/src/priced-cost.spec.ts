import type { ModelPrice } from './model-price';
import { pricedCost, priceUsage } from './priced-cost';

const PRICE: ModelPrice = {
  input_price_per_1k: '0.0025',
  output_price_per_1k: '0.01',
  cached_input_price_per_1k: '0.00125',
};

describe('pricedCost', () => {
  it('bills uncached input, cached input at its own price and output, exactly', () => {
    const cost = pricedCost({ input_tokens: 1234, cached_input_tokens: 200, output_tokens: 567 }, PRICE);
    // 1034 · 0.0025 + 200 · 0.00125 + 567 · 0.01 = 8.505 per thousand
    expect(cost.toFixed()).toBe('0.008505');
  });

  it('bills cached input at the input price when the model has no cached price', () => {
    const cost = pricedCost(
      { input_tokens: 1234, cached_input_tokens: 200, output_tokens: 567 },
      { ...PRICE, cached_input_price_per_1k: null },
    );
    expect(cost.toFixed()).toBe('0.008755');
  });

  it('does not bill reasoning tokens again: they are part of the output tokens', () => {
    const call = { input_tokens: 1234, cached_input_tokens: 200, output_tokens: 567, reasoning_tokens: 400 };
    expect(pricedCost(call, PRICE).toFixed()).toBe('0.008505');
  });

  it('keeps amounts a double cannot hold', () => {
    const small = pricedCost(
      { input_tokens: 3, cached_input_tokens: 0, output_tokens: 0 },
      { input_price_per_1k: '0.1', output_price_per_1k: '0', cached_input_price_per_1k: null },
    );
    expect(small.toFixed()).toBe('0.0003');

    const huge = pricedCost(
      { input_tokens: 2_147_483_647, cached_input_tokens: 0, output_tokens: 7 },
      {
        input_price_per_1k: '9999999999.9999999999',
        output_price_per_1k: '0.0000000001',
        cached_input_price_per_1k: null,
      },
    );
    expect(huge.toFixed()).toBe('21474836469999999.999785251636');
  });

  it('counts cached tokens once: as part of the input, at the cached price only', () => {
    const allCached = pricedCost({ input_tokens: 1000, cached_input_tokens: 1000, output_tokens: 0 }, PRICE);
    expect(allCached.toFixed()).toBe('0.00125');
    const noneCached = pricedCost({ input_tokens: 1000, cached_input_tokens: 0, output_tokens: 0 }, PRICE);
    expect(noneCached.toFixed()).toBe('0.0025');
  });

  it('keeps sub-cent amounts to the last digit', () => {
    const one = pricedCost(
      { input_tokens: 1, cached_input_tokens: 0, output_tokens: 1 },
      {
        input_price_per_1k: '0.0000000001',
        output_price_per_1k: '0.0000000003',
        cached_input_price_per_1k: null,
      },
    );
    expect(one.toFixed()).toBe('0.0000000000004');
  });

  it('takes a cached count above the input count as all input cached', () => {
    const cost = pricedCost({ input_tokens: 100, cached_input_tokens: 150, output_tokens: 0 }, PRICE);
    expect(cost.toFixed()).toBe('0.000125');
  });

  it('refuses counts that are not token counts', () => {
    expect(() => pricedCost({ input_tokens: -1, cached_input_tokens: 0, output_tokens: 0 }, PRICE)).toThrow(
      /input_tokens must be a non-negative integer/,
    );
    expect(() => pricedCost({ input_tokens: 1, cached_input_tokens: 0, output_tokens: 1.5 }, PRICE)).toThrow(
      /output_tokens/,
    );
  });
});

describe('priceUsage', () => {
  const CALL = { input_tokens: 1234, cached_input_tokens: 200, output_tokens: 567 };
  const MODEL = { provider: 'openai', model_name: 'gpt-x', ...PRICE };

  it('bills the call at its price and keeps that price with the row', () => {
    expect(priceUsage(CALL, MODEL, { provider: 'litellm', model: 'gpt-x' })).toEqual({
      cost_usd: '0.008505',
      price_snapshot: {
        provider: 'openai',
        model_name: 'gpt-x',
        input_price_per_1k: '0.0025',
        output_price_per_1k: '0.01',
        cached_input_price_per_1k: '0.00125',
      },
      priced: true,
    });
  });

  it('bills a model without a price 0 and says its price was missing', () => {
    expect(priceUsage(CALL, null, { provider: 'openai', model: 'unknown' })).toEqual({
      cost_usd: '0',
      price_snapshot: { provider: 'openai', model_name: 'unknown', missing: true },
      priced: false,
    });
  });
});
