import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AlertsTab } from './AlertsTab';
import type { CostAlert, Organization } from './costs-api';
import { gatewayDouble } from './gateway-double';

afterEach(cleanup);

const ORG = {
  slug: 'acme',
  locale: { currency: 'EUR', timezone: 'Europe/Paris', country: 'FR', fiscal_year_start: 1 },
} as Organization;

const alert = (id: string, name: string, state: CostAlert['state']): CostAlert => ({
  id,
  version: 1,
  name,
  kind: 'daily_spend_above',
  threshold: '0.005',
  params: {},
  channel_ids: [],
  enabled: true,
  state,
  state_changed_at: null,
  last_window: null,
  last_threshold: null,
  created_at: '2025-03-01T10:00:00Z',
  updated_at: '2025-03-01T10:00:00Z',
});

describe('AlertsTab', () => {
  it('lists alerts with their state, and creates one from a spend preset with its threshold', async () => {
    const alerts = [alert('a1', 'Daily spend', 'triggered')];
    const sent = gatewayDouble({
      'GET /api/v1/{org}/cost-alerts': () => ({ body: { items: alerts, next_cursor: null } }),
      'GET /api/v1/{org}/cost-alerts/history': {
        body: {
          items: [
            {
              id: 'e1',
              alert_id: 'a1',
              from_state: 'ok',
              to_state: 'triggered',
              window: '2025-03-02',
              value: '0.0061',
              threshold: '0.005',
              detail: {},
              created_at: '2025-03-02T09:00:00Z',
            },
          ],
          next_cursor: null,
        },
      },
      'GET /api/v1/{org}/cost-alerts/presets': {
        body: {
          items: [
            {
              name: 'quota_80',
              label: 'Quota at 80 %',
              description: 'q',
              kind: null,
              threshold: null,
              params: {},
              needs: [],
              definition: {},
            },
            {
              name: 'daily_100',
              label: 'Daily spend over 100',
              description: 'Spend of a day above',
              kind: 'daily_spend_above',
              threshold: '100',
              params: {},
              needs: [],
              definition: {},
            },
          ],
        },
      },
      'POST /api/v1/{org}/cost-alerts/from-preset': ({ body }) => {
        alerts.push(alert('a2', 'Daily spend over 100', 'ok'));
        return { status: 201, body: { ...alerts[1], threshold: (body as { threshold: string }).threshold } };
      },
    });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AlertsTab org={ORG} />
      </QueryClientProvider>,
    );
    const row = (await screen.findAllByText('Daily spend'))[0].closest('tr');
    expect(row?.textContent).toContain('€0.005');
    expect(row?.textContent).toContain('triggered');
    expect((await screen.findByText('ok → triggered')).closest('tr')?.textContent).toContain('2025-03-02');

    const presets = await screen.findByLabelText('Preset');
    expect(within(presets).queryByRole('option', { name: 'Quota at 80 %' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Threshold'), { target: { value: '2.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create alert' }));
    expect(await screen.findByText('Daily spend over 100')).toBeDefined();
    expect(sent.find((call) => call.method === 'POST')?.body).toEqual({
      preset: 'daily_100',
      threshold: '2.5',
    });
  });
});
