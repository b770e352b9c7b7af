import { modelCallCost, type PerMillionPrice } from './model-call-cost';

const PRICE: PerMillionPrice = {
  input_per_1m: '2.5',
  output_per_1m: '10',
  cached_input_per_1m: '1.25',
  per_request: null,
};
const CALL = { input_tokens: 1234, cached_input_tokens: 200, output_tokens: 567 };

describe('modelCallCost', () => {
  it('bills uncached input, cached input once at its own price and output, per million tokens', () => {
    // (1034 · 2.5 + 200 · 1.25 + 567 · 10) / 1,000,000
    expect(modelCallCost(CALL, PRICE).toFixed()).toBe('0.008505');
  });

  it('bills cached input at the input price when the row has no cached price', () => {
    expect(modelCallCost(CALL, { ...PRICE, cached_input_per_1m: null }).toFixed()).toBe('0.008755');
  });

  it('adds the price per request, and keeps sub-cent amounts unrounded', () => {
    const price = { ...PRICE, per_request: '0.0000001' };
    expect(modelCallCost(CALL, price).toFixed()).toBe('0.0085051');
    expect(
      modelCallCost({ input_tokens: 1, cached_input_tokens: 0, output_tokens: 0 }, price).toFixed(),
    ).toBe('0.0000026');
  });

  it('prices the same row again from its terms, and a changed copy by its own amounts', () => {
    expect(modelCallCost(CALL, PRICE).toFixed()).toBe(modelCallCost(CALL, { ...PRICE }).toFixed());
    expect(modelCallCost(CALL, { ...PRICE, output_per_1m: '20' }).toFixed()).toBe('0.014175');
  });

  it('refuses token counts that are not whole and non-negative', () => {
    expect(() => modelCallCost({ ...CALL, output_tokens: -1 }, PRICE)).toThrow(RangeError);
  });
});
