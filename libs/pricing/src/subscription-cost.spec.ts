import { monthlyEquivalent, periodCost, type SubscriptionPrice } from './subscription-cost';

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
