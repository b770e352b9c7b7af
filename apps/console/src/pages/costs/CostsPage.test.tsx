import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CostsPage } from './CostsPage';
import { gatewayDouble, type Sent } from './gateway-double';
import { at } from './router-double';

vi.mock('@tanstack/react-router', () => import('./router-double'));
vi.mock('./TrendChart', () => ({
  TrendChart: ({
    trend,
  }: {
    trend: { granularity: string; buckets: { start: string; amount: string }[] };
  }) => (
    <p>
      chart of {trend.buckets.length} {trend.granularity}s
    </p>
  ),
}));

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  at.search = { org: 'acme' };
});

const ORG = {
  id: 'o1',
  slug: 'acme',
  name: 'Acme',
  locale: { currency: 'EUR', timezone: 'Europe/Paris', country: 'FR', fiscal_year_start: 1 },
  plan: 'starter',
  status: 'active',
};
const totals = (amount: string, events: number) => ({
  amount,
  events,
  input_tokens: 1200,
  output_tokens: 300,
  cached_input_tokens: 0,
});
const period = { start_date: '2025-03-01', end_date: '2025-03-30', days: 30, timezone: 'Europe/Paris' };

const spending = () =>
  gatewayDouble({
    'GET /api/v1/organizations/{org}': { body: ORG },
    'GET /api/v1/costs/{org}/total': ({ params }) => ({
      body: {
        currency: 'EUR',
        period,
        total: params?.query?.period === 'today' ? totals('0.000042', 1) : totals('12.5', 40),
        by_source: [],
      },
    }),
    'GET /api/v1/costs/{org}/trend-granular': ({ params }) => ({
      body: {
        currency: 'EUR',
        period,
        granularity: params?.query?.granularity,
        buckets: [
          { start: '2025-03-01', ...totals('0', 0) },
          { start: '2025-03-02', ...totals('0.000042', 1) },
        ],
        total: totals('0.000042', 1),
      },
    }),
    'GET /api/v1/costs/{org}/summary': {
      body: {
        currency: 'EUR',
        period,
        group_by: ['provider'],
        groups: [
          { key: { provider: 'template' }, ...totals('12.499958', 39) },
          { key: { provider: 'openai' }, ...totals('0.000042', 1) },
        ],
        total: totals('12.5', 40),
        group_count: 2,
        truncated: false,
      },
    },
    'GET /api/v1/organizations/{org}/quota': {
      body: {
        quotas: [
          { name: 'daily_pipelines', used: 3, limit: 20, remaining: 17, resets_at: '2025-03-31T22:00:00Z' },
          { name: 'seats', used: 2, limit: 5, remaining: 3, resets_at: null },
        ],
      },
    },
    'GET /api/v1/organizations/{org}/budgets': {
      body: {
        currency: 'EUR',
        nodes: [
          {
            node_id: 'n1',
            parent_id: null,
            code: 'ENG',
            name: 'Engineering',
            level: 'department',
            enforcement: 'soft',
            daily: {
              budget: null,
              spent: '0.000042',
              reserved: '0',
              remaining: null,
              resets_at: '2025-03-31T22:00:00Z',
            },
            monthly: {
              budget: '100',
              spent: '12.5',
              reserved: '0.25',
              remaining: '87.25',
              resets_at: '2025-03-31T22:00:00Z',
            },
          },
        ],
      },
    },
  });

const show = () =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CostsPage />
    </QueryClientProvider>,
  );

const query = (sent: Sent[], path: string) =>
  sent.filter((call) => call.path === path).map((call) => call.params?.query);

describe('CostsPage', () => {
  it('shows the organization’s spend exactly, sub-cent included, in its currency', async () => {
    const sent = spending();
    show();
    expect((await screen.findByTestId('total-today')).textContent).toBe('€0.000042');
    expect((await screen.findByTestId('total-this_month')).textContent).toBe('€12.50');
    const breakdown = await screen.findByRole('table', { name: 'Spend by provider' });
    const rows = within(breakdown)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows[1]).toContain('template€12.499958');
    expect(rows[2]).toContain('openai€0.000042');
    expect(await screen.findByText('chart of 2 days')).toBeDefined();
    expect(query(sent, '/api/v1/costs/{org}/summary')).toEqual([
      { period: 'last_30_days', group_by: ['provider'], limit: 50 },
    ]);
    expect(query(sent, '/api/v1/costs/{org}/trend-granular')).toEqual([
      { period: 'last_30_days', granularity: 'day' },
    ]);
    // The organization looked at is remembered for the home page.
    expect(localStorage.getItem('slipway.org')).toBe('acme');
  });

  it('asks for the breakdown, range and bucket size the URL names', async () => {
    at.search = { org: 'acme', by: 'model', period: 'this_month', granularity: 'week' };
    const sent = spending();
    show();
    expect(await screen.findByText('chart of 2 weeks')).toBeDefined();
    await screen.findByRole('table', { name: 'Spend by model' });
    expect(query(sent, '/api/v1/costs/{org}/summary')).toEqual([
      { period: 'this_month', group_by: ['model'], limit: 50 },
    ]);
    expect(screen.getByRole('link', { name: 'By week' }).getAttribute('aria-current')).toBe('true');
  });

  it('shows quota gauges with their next reset, and budgets with what is left', async () => {
    spending();
    show();
    const gauge = await screen.findByRole('meter', { name: 'Pipelines today' });
    expect(gauge.getAttribute('value')).toBe('3');
    expect(gauge.getAttribute('max')).toBe('20');
    expect(screen.getByText(/17 left · resets/)).toBeDefined();
    expect(screen.getByText('3 left · does not reset')).toBeDefined();
    const budgets = await screen.findByText('Engineering');
    const monthly = budgets.closest('tbody')?.querySelectorAll('tr')[1]?.textContent;
    expect(monthly).toContain('€100.00€12.50€0.25€87.25');
  });

  it('says plainly that costs are not available when the gateway has no cost service', async () => {
    gatewayDouble({
      'GET /api/v1/organizations/{org}': {
        status: 503,
        body: {
          title: 'Service Unavailable',
          code: 'upstream_unavailable',
          detail: 'cost-api is not configured',
        },
      },
    });
    show();
    expect(await screen.findByText('Costs are not available here.')).toBeDefined();
  });

  it('tells an organization it cannot see from a failure', async () => {
    gatewayDouble({
      'GET /api/v1/organizations/{org}': {
        status: 404,
        body: { title: 'Not Found', code: 'not_found', detail: 'No organization acme', request_id: 'r-9' },
      },
    });
    show();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No organization acme that you can see');
    expect(alert.textContent).toContain('r-9');
  });
});
