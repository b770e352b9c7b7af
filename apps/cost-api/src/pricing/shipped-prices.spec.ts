import { windowsOverlap } from '@slipway/pricing';
import { PRICE_AMOUNT_FIELDS, shippedPrices } from './shipped-prices';

/** Per-1M prices fit the registry's per-1K numeric(20,10) exactly: at most 7 fractional digits. */
const PER_1M = /^\d{1,10}(\.\d{1,7})?$/;

describe('shippedPrices', () => {
  const prices = shippedPrices();

  it('prices the common models of every provider', () => {
    const models = new Set(prices.map((p) => `${p.provider}/${p.model}`));
    for (const name of [
      'openai/gpt-4.1',
      'openai/gpt-4.1-mini',
      'openai/gpt-4.1-nano',
      'openai/gpt-4o',
      'openai/gpt-4o-mini',
      'openai/o3',
      'openai/o4-mini',
      'openai/gpt-5',
      'openai/gpt-5-mini',
      'anthropic/claude-opus-4-1',
      'anthropic/claude-sonnet-4-5',
      'anthropic/claude-haiku-4-5',
      'anthropic/claude-3-5-haiku',
      'gemini/gemini-2.5-pro',
      'gemini/gemini-2.5-flash',
      'gemini/gemini-2.5-flash-lite',
      'mistral/mistral-large-latest',
      'mistral/mistral-small-latest',
      'deepseek/deepseek-chat',
      'deepseek/deepseek-reasoner',
      'groq/llama-3.3-70b-versatile',
      'xai/grok-4',
      'xai/grok-3-mini',
      'cohere/command-r-plus-08-2024',
      'cohere/command-r-08-2024',
    ]) {
      expect(models).toContain(name);
    }
  });

  it('writes every amount as an exact decimal the registry can hold', () => {
    for (const price of prices) {
      for (const field of PRICE_AMOUNT_FIELDS) {
        const value = price[field];
        if (value !== null) expect({ [field]: value }).toEqual({ [field]: expect.stringMatching(PER_1M) });
      }
      expect(Number.isNaN(Date.parse(price.valid_from))).toBe(false);
      expect(price.note).toMatch(/^List price from https:\/\/\S+, read \d{4}-\d{2}-\d{2}\./);
      expect(price.note.length).toBeLessThanOrEqual(500);
    }
  });

  it('chains the versions of a model without overlap, the latest open', () => {
    const o3 = prices.filter((p) => p.provider === 'openai' && p.model === 'o3');
    expect(o3.map((p) => [p.valid_from, p.valid_to, p.input_per_1m])).toEqual([
      ['2025-04-16T00:00:00.000Z', '2025-06-10T00:00:00.000Z', '10'],
      ['2025-06-10T00:00:00.000Z', null, '2'],
    ]);
    prices.forEach((a, i) =>
      prices.slice(i + 1).forEach((b) => {
        if (a.provider === b.provider && a.model === b.model) expect(windowsOverlap(a, b)).toBe(false);
      }),
    );
  });
});
