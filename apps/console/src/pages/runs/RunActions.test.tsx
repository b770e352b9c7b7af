import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import { RunActions } from './RunActions';
import * as runsApi from './runs-api';
import type { RunDetail } from './runs-api';

vi.mock('@tanstack/react-router', () => ({ useNavigate: () => vi.fn() }));

afterEach(cleanup);

const run = (change: Partial<RunDetail>): RunDetail => ({
  run_id: '8d0f1c1e-0000-4000-8000-000000000001',
  profile: 'web_service',
  intake: null,
  project_name: null,
  current_phase: 'data',
  status: 'running',
  mode: 'auto',
  phases: runsApi.PHASES.map((phase, index) => ({
    phase,
    status: index < 2 ? 'completed' : 'pending',
    started_at: null,
    completed_at: null,
    duration_seconds: null,
    agent_ids: [],
    artifacts_count: 0,
    attempt: index < 2 ? 1 : 0,
    error: null,
  })),
  created_at: '2025-01-01T00:00:00Z',
  updated_at: '2025-01-01T00:00:00Z',
  total_duration_seconds: null,
  metadata: {},
  budget_usd: null,
  parent_run_id: null,
  root_run_id: null,
  project_id: null,
  error: null,
  awaiting_approval: null,
  last_event_id: 9,
  ...change,
});

const show = (detail: RunDetail) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RunActions run={detail} />
    </QueryClientProvider>,
  );

describe('RunActions', () => {
  it('approves a run held at its gate with /next, and shows what the API answered', async () => {
    const advance = vi.spyOn(runsApi, 'advanceRun').mockResolvedValue({
      run_id: 'r',
      previous_phase: 'data',
      current_phase: 'development',
      status: 'running',
      message: 'Advanced from data to development',
    });
    show(
      run({
        status: 'awaiting_approval',
        awaiting_approval: { reason: 'approval_gate', phase: 'data', detail: 'gate' },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Approve data' }));
    expect(await screen.findByText('Advanced from data to development')).toBeDefined();
    expect(advance).toHaveBeenCalledWith('8d0f1c1e-0000-4000-8000-000000000001', false);
  });

  it('offers to override a governance hold with skip_validation, and shows a refusal with its checks', async () => {
    const advance = vi.spyOn(runsApi, 'advanceRun').mockRejectedValue(
      new ApiError(
        422,
        {
          title: 'Unprocessable',
          detail: '1 governance check(s) of data failed',
          errors: [{ field: 'schema.sql', message: 'valid: syntax error' }],
        },
        'req-42',
      ),
    );
    show(
      run({
        status: 'awaiting_approval',
        awaiting_approval: { reason: 'governance', phase: 'data', detail: '1 failed' },
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Run data again' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('1 governance check(s) of data failed');
    expect(alert.textContent).toContain('schema.sql');
    expect(alert.textContent).toContain('req-42');
    fireEvent.click(screen.getByRole('button', { name: 'Advance despite failed checks' }));
    await waitFor(() =>
      expect(advance).toHaveBeenLastCalledWith('8d0f1c1e-0000-4000-8000-000000000001', true),
    );
  });

  it('asks before cancelling, and offers no advance while the phase runs or once the run ended', async () => {
    const cancel = vi
      .spyOn(runsApi, 'cancelRun')
      .mockResolvedValue({ run_id: 'r', status: 'cancelling', message: 'Cancelling' });
    const running = run({
      phases: run({}).phases.map((p) => (p.phase === 'data' ? { ...p, status: 'running' } : p)),
    });
    const view = show(running);
    expect(screen.queryByRole('button', { name: /^Run data/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel run' }));
    expect(cancel).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Confirm cancel' }));
    expect(await screen.findByText('Cancelling')).toBeDefined();
    view.unmount();
    show(run({ status: 'completed' }));
    expect(screen.queryByRole('button', { name: /Run|Approve|Cancel run/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Clone' })).toBeDefined();
  });
});
