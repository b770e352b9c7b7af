import { cachedShare, tokensOf } from './genai-tokens';

describe('GenAI tokens', () => {
  it('gives the cached share of the input, cached tokens counted once', () => {
    expect(cachedShare(1000, 250)).toBe(0.25);
    expect(cachedShare(3, 1)).toBe(0.333333);
    expect(cachedShare(0, 0)).toBe(0);
    expect(cachedShare(10, 40)).toBe(1);
  });

  it('adds output to input, never the cached tokens again', () => {
    expect(
      tokensOf({
        amount: '0.1',
        input_tokens: 1200,
        output_tokens: 300,
        cached_input_tokens: 400,
        events: 3,
      }),
    ).toEqual({
      input_tokens: 1200,
      output_tokens: 300,
      cached_input_tokens: 400,
      total_tokens: 1500,
      cached_share: 0.333333,
      events: 3,
    });
  });
});
