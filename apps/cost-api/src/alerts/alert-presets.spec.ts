import { SHIPPED_PRESETS } from '../admin/shipped-presets';
import { alertOfPreset } from './alert-presets';

describe('alertOfPreset', () => {
  it('reads every shipped preset: spend ones make an alert, the quota one none', () => {
    const made = Object.fromEntries(
      SHIPPED_PRESETS.map((preset) => [preset.name, alertOfPreset({ ...preset.definition })]),
    );
    expect(made).toEqual({
      'daily-budget-80': {
        kind: 'budget_percent',
        threshold: '80',
        params: { period: 'day' },
        needs: ['node_id'],
      },
      'daily-budget-100': {
        kind: 'budget_percent',
        threshold: '100',
        params: { period: 'day' },
        needs: ['node_id'],
      },
      'monthly-budget-80': {
        kind: 'budget_percent',
        threshold: '80',
        params: { period: 'month' },
        needs: ['node_id'],
      },
      'monthly-budget-100': {
        kind: 'budget_percent',
        threshold: '100',
        params: { period: 'month' },
        needs: ['node_id'],
      },
      'spend-spike': {
        kind: 'spike_vs_trailing_mean',
        threshold: '2',
        params: { trailing_days: 7 },
        needs: [],
      },
      'quota-daily-90': null,
    });
  });

  it('takes an organization’s own preset naming an alert directly', () => {
    expect(
      alertOfPreset({ kind: 'daily_spend_above', threshold: '250', params: { provider: 'openai' } }),
    ).toEqual({
      kind: 'daily_spend_above',
      threshold: '250',
      params: { provider: 'openai' },
      needs: [],
    });
    expect(alertOfPreset({ kind: 'daily_spend_above', threshold: -1 })).toBeNull();
    expect(alertOfPreset({ kind: 'nonsense', threshold: 1 })).toBeNull();
  });
});
