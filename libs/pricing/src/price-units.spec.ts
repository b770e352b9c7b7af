import { per1kFromPer1m, per1mFromPer1k, sameAmount } from './price-units';

describe('price units', () => {
  it('shifts per-1M prices to per-1K and back exactly', () => {
    expect(per1kFromPer1m('2.5')).toBe('0.0025');
    expect(per1kFromPer1m('0.0000001')).toBe('0.0000000001');
    expect(per1kFromPer1m('0.075')).toBe('0.000075');
    expect(per1kFromPer1m('9999999999.9999999')).toBe('9999999.9999999999');
    expect(per1mFromPer1k('0.0000000001')).toBe('0.0000001');
    expect(per1mFromPer1k('0.01')).toBe('10');
  });

  it('compares amounts, not spellings', () => {
    expect(sameAmount('1.50', '1.5')).toBe(true);
    expect(sameAmount('1.5', '1.50000001')).toBe(false);
    expect(sameAmount(null, null)).toBe(true);
    expect(sameAmount(null, '0')).toBe(false);
  });
});
