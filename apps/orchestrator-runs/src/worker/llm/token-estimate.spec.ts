import {
  estimateMessages,
  estimateTokens,
  MESSAGE_OVERHEAD_TOKENS,
  REPLY_PRIMING_TOKENS,
  truncateToTokens,
} from './token-estimate';

const PROSE =
  'Build a demand forecasting app for the retail team. Forecast weekly demand per store and product ' +
  'from historical sales, expose the forecasts through a REST API, and show them on a dashboard.';

describe('token estimate', () => {
  it('counts words by length, digits in threes, symbols and line breaks, and ignores spaces', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('   \t ')).toBe(0);
    expect(estimateTokens('the')).toBe(1);
    expect(estimateTokens('hello world')).toBe(2);
    expect(estimateTokens('authentication')).toBe(3);
    expect(estimateTokens('2025')).toBe(2);
    expect(estimateTokens('a, b.')).toBe(4);
    expect(estimateTokens('one\n\n    two')).toBe(3);
    expect(estimateTokens('| --- |')).toBe(3);
    expect(estimateTokens('日本語')).toBe(3);
  });

  it('gives the same figure for the same text, run after run', () => {
    const figures = Array.from({ length: 3 }, () => estimateTokens(PROSE));
    expect(figures).toEqual([49, 49, 49]);
  });

  it('leans high against four characters per token of English prose', () => {
    const estimate = estimateTokens(PROSE);
    expect(estimate).toBeGreaterThanOrEqual(PROSE.length / 4);
    expect(estimate).toBeLessThanOrEqual(PROSE.length / 2.5);
  });

  it('adds the per-message overhead and the reply priming to message contents', () => {
    const messages = [
      { role: 'system' as const, content: 'You are an architect.' },
      { role: 'user' as const, content: PROSE },
    ];
    expect(estimateMessages(messages)).toBe(
      REPLY_PRIMING_TOKENS +
        2 * MESSAGE_OVERHEAD_TOKENS +
        estimateTokens('You are an architect.') +
        estimateTokens(PROSE),
    );
    expect(estimateMessages([])).toBe(REPLY_PRIMING_TOKENS);
  });

  it('truncates to the longest prefix within the budget, cut between pieces', () => {
    for (const budget of [0, 1, 7, 20, 33]) {
      const prefix = truncateToTokens(PROSE, budget);
      expect(PROSE.startsWith(prefix)).toBe(true);
      expect(estimateTokens(prefix)).toBeLessThanOrEqual(budget);
      const next = truncateToTokens(PROSE, budget + 5);
      expect(next.length).toBeGreaterThan(prefix.length);
    }
    expect(truncateToTokens(PROSE, estimateTokens(PROSE))).toBe(PROSE);
  });
});
