import type { CostAlertParamsDto } from '@slipway/contracts';
import type { Organization } from '../organizations/org-directory';
import type { AlertRecord } from './alert-records';
import type { Measurement } from './alert-state';

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '?';

/** What the measurement says, in one sentence of the alert's kind. */
export function describe(org: Organization, alert: AlertRecord, measured: Measurement): string {
  const d = measured.detail;
  const cur = org.currency;
  const value = measured.value ?? '?';
  switch (alert.kind) {
    case 'daily_spend_above':
      return `Spend on ${measured.window} is ${value} ${cur}; the alert is set at ${alert.threshold} ${cur}.`;
    case 'monthly_forecast_above_budget':
      return `The forecast for ${measured.window} is ${value} ${cur} (${text(d.month_to_date)} so far + ${text(d.trailing_mean)} a day × ${text(d.days_left)} days left); the budget is ${alert.threshold} ${cur}.`;
    case 'spike_vs_trailing_mean':
      return `Spend on ${measured.window} is ${text(d.spend)} ${cur}, ${value} times the ${text(d.trailing_days)}-day mean of ${text(d.trailing_mean)} ${cur}; the alert is set at ${alert.threshold} times.`;
    case 'budget_percent': {
      const period = (alert.params as CostAlertParamsDto).period ?? 'month';
      return `Node ${text(d.node)} has spent ${text(d.spend)} ${cur} of its ${period === 'day' ? 'daily' : 'monthly'} budget of ${text(d.budget)} ${cur} (${measured.window}): ${value} %; the alert is set at ${alert.threshold} %.`;
    }
  }
}

/** The notification of a crossing or of its end. */
export function alertMessage(
  org: Organization,
  alert: AlertRecord,
  measured: Measurement,
  what: 'triggered' | 'resolved',
): { title: string; text: string } {
  return {
    title: `Cost alert “${alert.name}” ${what} (${org.slug}, ${measured.window})`,
    text: [
      describe(org, alert, measured),
      what === 'triggered' ? 'It is above its threshold.' : 'It is back under its threshold.',
      `Organization: ${org.name} (${org.slug}). Alert ${alert.id}, ${alert.kind}.`,
    ].join('\n'),
  };
}
