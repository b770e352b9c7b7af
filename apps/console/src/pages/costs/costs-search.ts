/** The named ranges cost-api answers, ending today in the organization's time zone. */
export const PERIODS = [
  'today',
  'yesterday',
  'last_7_days',
  'last_30_days',
  'last_90_days',
  'this_week',
  'last_week',
  'this_month',
  'last_month',
  'this_quarter',
  'last_quarter',
  'this_year',
] as const;
export type Period = (typeof PERIODS)[number];

export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The breakdowns of spend: by provider, model, registry project and hierarchy node. */
export const BREAKDOWNS = ['provider', 'model', 'project', 'node'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const COST_TABS = ['spend', 'alerts', 'notifications'] as const;
export type CostTab = (typeof COST_TABS)[number];

/** The costs page's URL state: the organization, the range, the bucket size, the breakdown and the tab. */
export interface CostsSearch {
  org?: string;
  period?: Period;
  granularity?: Granularity;
  by?: Breakdown;
  tab?: CostTab;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

const SLUG = /^[a-z0-9][a-z0-9_-]{2,62}$/;

export function validateCostsSearch(search: Record<string, unknown>): CostsSearch {
  return {
    ...(typeof search.org === 'string' && SLUG.test(search.org) ? { org: search.org } : {}),
    ...(oneOf(PERIODS, search.period) ? { period: search.period } : {}),
    ...(oneOf(GRANULARITIES, search.granularity) ? { granularity: search.granularity } : {}),
    ...(oneOf(BREAKDOWNS, search.by) ? { by: search.by } : {}),
    ...(oneOf(COST_TABS, search.tab) ? { tab: search.tab } : {}),
  };
}

export const periodLabel = (period: Period): string =>
  period.replace(/_/g, ' ').replace(/^./, (first) => first.toUpperCase());
