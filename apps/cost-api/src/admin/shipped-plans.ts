/**
 * The plans cost-api ships. `version` grows when a shipped definition changes, so
 * `bootstrap/sync` knows which rows to bring up to date; organizations' own overrides
 * (`limit_overrides`) are never touched by it.
 */
export const SHIPPED_PLANS_VERSION = 1;

export const SHIPPED_PLANS = [
  {
    name: 'starter',
    label: 'Starter',
    daily_pipelines: 20,
    monthly_pipelines: 400,
    concurrent_pipelines: 2,
    providers: 3,
    seats: 3,
    price_monthly: '0',
    currency: 'USD',
  },
  {
    name: 'team',
    label: 'Team',
    daily_pipelines: 100,
    monthly_pipelines: 2500,
    concurrent_pipelines: 5,
    providers: 6,
    seats: 10,
    price_monthly: '49',
    currency: 'USD',
  },
  {
    name: 'business',
    label: 'Business',
    daily_pipelines: 500,
    monthly_pipelines: 12000,
    concurrent_pipelines: 20,
    providers: 13,
    seats: 50,
    price_monthly: '199',
    currency: 'USD',
  },
  {
    name: 'enterprise',
    label: 'Enterprise',
    daily_pipelines: 5000,
    monthly_pipelines: 120000,
    concurrent_pipelines: 100,
    providers: 13,
    seats: 1000,
    price_monthly: '999',
    currency: 'USD',
  },
] as const;

export const DEFAULT_PLAN = 'starter';
