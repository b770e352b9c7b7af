/**
 * The alert presets cost-api ships: rules an organization can turn into alerts in one step.
 * `version` grows when a shipped definition changes, so `bootstrap/sync` brings them up to date.
 */
export const SHIPPED_PRESETS_VERSION = 1;

export const SHIPPED_PRESETS = [
  {
    name: 'daily-budget-80',
    label: 'Daily budget 80 %',
    description: 'Warns when a day’s spend of a hierarchy node reaches 80 % of its daily budget.',
    definition: {
      metric: 'spend',
      window: 'day',
      threshold: { type: 'budget_percent', value: 80 },
      severity: 'warning',
    },
  },
  {
    name: 'daily-budget-100',
    label: 'Daily budget reached',
    description: 'Alerts when a day’s spend of a hierarchy node reaches its daily budget.',
    definition: {
      metric: 'spend',
      window: 'day',
      threshold: { type: 'budget_percent', value: 100 },
      severity: 'critical',
    },
  },
  {
    name: 'monthly-budget-80',
    label: 'Monthly budget 80 %',
    description: 'Warns when a month’s spend of a hierarchy node reaches 80 % of its monthly budget.',
    definition: {
      metric: 'spend',
      window: 'month',
      threshold: { type: 'budget_percent', value: 80 },
      severity: 'warning',
    },
  },
  {
    name: 'monthly-budget-100',
    label: 'Monthly budget reached',
    description: 'Alerts when a month’s spend of a hierarchy node reaches its monthly budget.',
    definition: {
      metric: 'spend',
      window: 'month',
      threshold: { type: 'budget_percent', value: 100 },
      severity: 'critical',
    },
  },
  {
    name: 'spend-spike',
    label: 'Spend spike',
    description: 'Alerts when a day’s spend is more than twice the average of the seven days before it.',
    definition: {
      metric: 'spend',
      window: 'day',
      threshold: { type: 'ratio_to_trailing_mean', value: 2, days: 7 },
      severity: 'warning',
    },
  },
  {
    name: 'quota-daily-90',
    label: 'Daily pipelines 90 %',
    description: 'Warns when 90 % of the daily pipeline quota is used.',
    definition: {
      metric: 'daily_pipelines',
      window: 'day',
      threshold: { type: 'quota_percent', value: 90 },
      severity: 'warning',
    },
  },
] as const;
