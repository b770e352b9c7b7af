import { describe, expect, it } from 'vitest';
import { duration, money } from './format';

describe('money', () => {
  it('keeps sub-cent amounts exactly as received', () => {
    expect(money('0.000042')).toBe('$0.000042');
    expect(money('0.000042000')).toBe('$0.000042');
  });
  it('shows at least the cents, groups thousands, names other currencies', () => {
    expect(money('1234567.5')).toBe('$1,234,567.50');
    expect(money('12', 'EUR')).toBe('€12.00');
    expect(money('-3.1', 'CHF')).toBe('-3.10 CHF');
  });
  it('says so when there is no amount', () => {
    expect(money(null)).toBe('—');
  });
});

describe('duration', () => {
  it('reads as a person would say it', () => {
    expect(duration(250)).toBe('250 ms');
    expect(duration(12_300)).toBe('12.3 s');
    expect(duration(125_000)).toBe('2 min 5 s');
  });
});
