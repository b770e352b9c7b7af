import {
  dailyShare,
  daysInPeriodOf,
  monthlyEquivalent,
  periodCost,
  type SubscriptionPrice,
} from './subscription-cost';

const seat = (unit_price: string, seats: number, billing_period: SubscriptionPrice['billing_period']) =>
  ({ pricing_model: 'per_seat', unit_price, seats, billing_period }) as const;
const flat = (unit_price: string, billing_period: SubscriptionPrice['billing_period']) =>
  ({ pricing_model: 'flat', unit_price, seats: null, billing_period }) as const;

describe('periodCost', () => {
  it('multiplies a seat price by the seats, exactly', () => {
    expect(periodCost(seat('19.99', 3, 'monthly')).toFixed()).toBe('59.97');
    expect(periodCost(seat('0.000001', 7, 'monthly')).toFixed()).toBe('0.000007');
  });

  it('takes a flat price as it is, whatever the seats', () => {
    expect(periodCost({ ...flat('100', 'yearly'), seats: 40 }).toFixed()).toBe('100');
  });

  it('refuses a per-seat price without seats', () => {
    expect(() => periodCost({ ...seat('1', 1, 'monthly'), seats: null })).toThrow(RangeError);
  });
});

describe('monthlyEquivalent', () => {
  it('divides quarterly and yearly prices into months', () => {
    expect(monthlyEquivalent([flat('300', 'quarterly')]).toFixed()).toBe('100');
    expect(monthlyEquivalent([flat('1200', 'yearly'), seat('20', 5, 'monthly')]).toFixed()).toBe('200');
  });

  it('rounds once, at the end, not per subscription', () => {
    // 100/12 + 100/12 + 100/12 = 25; rounding each to 6 places would give 24.999999.
    expect(
      monthlyEquivalent([flat('100', 'yearly'), flat('100', 'yearly'), flat('100', 'yearly')]).toFixed(),
    ).toBe('25');
    expect(monthlyEquivalent([flat('100', 'yearly')]).toFixed()).toBe('8.333333');
  });

  it('keeps the smallest stored amount', () => {
    expect(monthlyEquivalent([flat('0.000001', 'monthly')]).toFixed()).toBe('0.000001');
    expect(monthlyEquivalent([]).toFixed()).toBe('0');
  });
});

describe('dailyShare', () => {
  it('spreads a period over the days of its calendar month, quarter or year', () => {
    expect(daysInPeriodOf('monthly', '2024-02-10')).toBe(29);
    expect(daysInPeriodOf('monthly', '2025-02-10')).toBe(28);
    expect(daysInPeriodOf('quarterly', '2025-05-31')).toBe(91);
    expect(daysInPeriodOf('quarterly', '2025-12-01')).toBe(92);
    expect(daysInPeriodOf('yearly', '2024-07-01')).toBe(366);
    expect(dailyShare(flat('31', 'monthly'), '2025-01-15').toFixed()).toBe('1');
    expect(dailyShare(seat('10', 3, 'monthly'), '2025-04-30').toFixed()).toBe('1');
    expect(dailyShare(flat('365', 'yearly'), '2025-03-01').toFixed()).toBe('1');
  });

  it('rounds once, to the ledger’s 12 decimals, and a month of shares comes back to the price', () => {
    const share = dailyShare(flat('100', 'monthly'), '2025-02-01');
    expect(share.toFixed()).toBe('3.571428571429');
    expect(share.times(28).minus(100).abs().lessThan('1e-10')).toBe(true);
  });

  it('refuses what is not a day', () => {
    expect(() => dailyShare(flat('1', 'monthly'), '2025-13-01')).toThrow(RangeError);
  });
});
