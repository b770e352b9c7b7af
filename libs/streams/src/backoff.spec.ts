import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';

describe('backoffDelay', () => {
  const exact: BackoffPolicy = { baseMs: 100, maxMs: 1000, factor: 2, jitter: 0 };

  it('doubles from the base delay after each failed delivery', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffDelay(attempt, exact))).toEqual([100, 200, 400, 800]);
  });

  it('never exceeds the cap', () => {
    expect(backoffDelay(5, exact)).toBe(1000);
    expect(backoffDelay(50, exact)).toBe(1000);
  });

  it('spreads delays within ±jitter of the exact one', () => {
    const policy = { ...exact, jitter: 0.2 };
    expect(backoffDelay(2, policy, () => 0)).toBe(160);
    expect(backoffDelay(2, policy, () => 1)).toBe(240);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(4, policy, () => 1)).toBe(960);
    expect(backoffDelay(5, policy, () => 1)).toBe(1000);
  });

  it('defaults to 200 ms doubling up to 30 s', () => {
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0.5)).toBe(200);
    expect(backoffDelay(20, DEFAULT_BACKOFF, () => 0.5)).toBe(30_000);
  });
});
