import { COST_PERIODS } from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import { periodDays, resolveRange } from './cost-range';

const refusal = (fn: () => unknown): { field: string; message: string } | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProblemException && error.code === 'validation_failed') return error.errors?.[0];
    throw error;
  }
  return undefined;
};

describe('cost ranges', () => {
  // A Wednesday in the second month of a quarter, in a leap year.
  const today = '2024-02-28';

  it.each([
    ['today', '2024-02-28', '2024-02-28'],
    ['yesterday', '2024-02-27', '2024-02-27'],
    ['last_7_days', '2024-02-22', '2024-02-28'],
    ['last_30_days', '2024-01-30', '2024-02-28'],
    ['last_90_days', '2023-12-01', '2024-02-28'],
    ['this_week', '2024-02-26', '2024-02-28'],
    ['last_week', '2024-02-19', '2024-02-25'],
    ['this_month', '2024-02-01', '2024-02-28'],
    ['last_month', '2024-01-01', '2024-01-31'],
    ['this_quarter', '2024-01-01', '2024-02-28'],
    ['last_quarter', '2023-10-01', '2023-12-31'],
    ['this_year', '2024-01-01', '2024-02-28'],
  ] as const)('%s ends where the calendar says', (period, start, end) => {
    expect(periodDays(period, today)).toEqual({ start, end });
  });

  it('covers every named period', () => {
    for (const period of COST_PERIODS) expect(periodDays(period, today).end <= today).toBe(true);
  });

  it('crosses year and month ends: a Sunday, the 1st of January', () => {
    expect(periodDays('this_week', '2023-01-01')).toEqual({ start: '2022-12-26', end: '2023-01-01' });
    expect(periodDays('last_month', '2023-01-01')).toEqual({ start: '2022-12-01', end: '2022-12-31' });
    expect(periodDays('last_month', '2024-03-31')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('defaults to this month, counts days and keeps the zone', () => {
    expect(resolveRange({}, today, 'Europe/Paris', 366)).toEqual({
      start_date: '2024-02-01',
      end_date: '2024-02-28',
      days: 28,
      period: 'this_month',
      timezone: 'Europe/Paris',
    });
    expect(resolveRange({ start_date: '2024-02-20' }, today, 'UTC', 366)).toMatchObject({
      start_date: '2024-02-20',
      end_date: today,
      days: 9,
      period: null,
    });
  });

  it('refuses mixed, backwards, lone and too long ranges, naming the field', () => {
    expect(refusal(() => resolveRange({ period: 'today', start_date: today }, today, 'UTC', 366))).toEqual(
      expect.objectContaining({ field: 'period' }),
    );
    expect(refusal(() => resolveRange({ end_date: today }, today, 'UTC', 366))?.field).toBe('start_date');
    expect(
      refusal(() => resolveRange({ start_date: '2024-02-10', end_date: '2024-02-09' }, today, 'UTC', 366))
        ?.field,
    ).toBe('end_date');
    expect(
      refusal(() => resolveRange({ start_date: '2024-01-01', end_date: '2024-02-01' }, today, 'UTC', 31))
        ?.message,
    ).toMatch(/at most 31 days; it spans 32/);
    expect(resolveRange({ start_date: '2024-01-01', end_date: '2024-01-31' }, today, 'UTC', 31).days).toBe(
      31,
    );
  });
});
