import { queryOptions } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { money } from '../../ui/format';
import type { Breakdown, Granularity, Period } from './costs-search';

export type Organization = Schemas['OrganizationDto'];
export type CostGroup = Schemas['CostGroupDto'];
export type CostTrend = Schemas['CostTrendDto'];
export type Quota = Schemas['QuotaDto'];
export type NodeBudget = Schemas['NodeBudgetDto'];
export type CostAlert = Schemas['CostAlertDto'];
export type AlertPreset = Schemas['CostAlertPresetDto'];

/** cost-api is not configured behind this gateway (or not reachable): the gateway answers 503. */
export const costsUnavailable = (error: unknown): boolean =>
  error instanceof ApiError && (error.status === 503 || error.code === 'upstream_unavailable');

const path = (org: string) => ({ path: { org } });

export const orgQuery = (org: string) =>
  queryOptions({
    queryKey: ['costs', org, 'org'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{org}', { params: path(org) })),
    retry: false,
  });

export const totalQuery = (org: string, period: Period) =>
  queryOptions({
    queryKey: ['costs', org, 'total', period],
    queryFn: () =>
      unwrap(api.GET('/api/v1/costs/{org}/total', { params: { ...path(org), query: { period } } })),
  });

export const trendQuery = (org: string, period: Period, granularity: Granularity) =>
  queryOptions({
    queryKey: ['costs', org, 'trend', period, granularity],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/costs/{org}/trend-granular', {
          params: { ...path(org), query: { period, granularity } },
        }),
      ),
  });

export const summaryQuery = (org: string, period: Period, by: Breakdown) =>
  queryOptions({
    queryKey: ['costs', org, 'summary', period, by],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/costs/{org}/summary', {
          params: { ...path(org), query: { period, group_by: [by], limit: 50 } },
        }),
      ),
  });

export const quotaQuery = (org: string) =>
  queryOptions({
    queryKey: ['costs', org, 'quota'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{org}/quota', { params: path(org) })),
  });

export const budgetsQuery = (org: string) =>
  queryOptions({
    queryKey: ['costs', org, 'budgets'],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{org}/budgets', { params: path(org) })),
  });

export const alertsQuery = (org: string) =>
  queryOptions({
    queryKey: ['costs', org, 'alerts'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/{org}/cost-alerts', { params: { ...path(org), query: { limit: 100 } } })),
  });

export const presetsQuery = (org: string) =>
  queryOptions({
    queryKey: ['costs', org, 'alert-presets'],
    queryFn: () => unwrap(api.GET('/api/v1/{org}/cost-alerts/presets', { params: path(org) })),
    staleTime: 5 * 60_000,
  });

export const alertHistoryQuery = (org: string) =>
  queryOptions({
    queryKey: ['costs', org, 'alert-history'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/{org}/cost-alerts/history', { params: { ...path(org), query: { limit: 50 } } }),
      ),
  });

export const channelsQuery = (org: string) =>
  queryOptions({
    queryKey: ['costs', org, 'channels'],
    queryFn: () => unwrap(api.GET('/api/v1/{org}/notifications/channels', { params: path(org) })),
  });

export const deliveriesQuery = (org: string) =>
  queryOptions({
    queryKey: ['costs', org, 'deliveries'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/{org}/notifications/history', { params: { ...path(org), query: { limit: 50 } } }),
      ),
  });

export interface PresetChoice {
  preset: string;
  name?: string;
  threshold?: string;
  node_id?: string;
}

export function createAlertFromPreset(org: string, choice: PresetChoice): Promise<CostAlert> {
  return unwrap(
    api.POST('/api/v1/{org}/cost-alerts/from-preset', {
      params: path(org),
      body: {
        preset: choice.preset,
        ...(choice.name ? { name: choice.name } : {}),
        ...(choice.threshold ? { threshold: choice.threshold } : {}),
        ...(choice.node_id ? { params: { node_id: choice.node_id } } : {}),
      },
    }),
  );
}

/** What a breakdown row is called: the provider, the model, the project's id, the node's code and name. */
export function groupLabel(group: CostGroup, by: Breakdown): string {
  const key = group.key;
  switch (by) {
    case 'provider':
      return key.provider ?? '—';
    case 'model':
      return key.model ?? '(no model)';
    case 'project':
      return key.project_id ?? '(no project)';
    case 'node':
      return key.node_id
        ? [key.node_code, key.node_name].filter(Boolean).join(' · ') || key.node_id
        : '(no node)';
  }
}

/** An alert's threshold as its kind reads it: an amount, a multiple of the trailing mean, a share of the budget. */
export function alertThreshold(alert: Pick<CostAlert, 'kind' | 'threshold'>, currency: string): string {
  switch (alert.kind) {
    case 'daily_spend_above':
    case 'monthly_forecast_above_budget':
      return money(alert.threshold, currency);
    case 'spike_vs_trailing_mean':
      return `× ${alert.threshold}`;
    case 'budget_percent':
      return `${alert.threshold} %`;
  }
}
