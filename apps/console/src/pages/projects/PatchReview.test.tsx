import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PatchDiff } from './PatchDiff';
import { PatchReview } from './PatchReview';
import type { PatchValidation, StoredPatchSet } from './projects-api';
import { problem, stubGateway } from './stub-gateway';

const PATCH_ID = '33333333-3333-4333-8333-333333333333';
const PROJECT_ID = '22222222-2222-4222-8222-222222222222';
const TASK_ID = '11111111-1111-4111-8111-111111111111';

const validation: PatchValidation = {
  patch_set_id: PATCH_ID,
  valid: false,
  results: [
    { index: 0, status: 'ok', code: 'ok', path: 'ops[0]', message: 'fine' },
    {
      index: 1,
      status: 'warning',
      code: 'duplicate_title',
      path: 'ops[1].title',
      message: 'a task has this title',
    },
    { index: 4, status: 'error', code: 'unknown_ref', path: 'ops[4].task', message: '$x is not created' },
  ],
  conflicts: [
    {
      index: 2,
      record: 'task',
      id: TASK_ID,
      expected_version: 3,
      actual_version: 4,
      message: 'edited since',
    },
  ],
  diff: {
    created: [{ index: 0, record: 'task', id: null, ref: '$search', title: 'Search', to_parent: null }],
    updated: [
      {
        index: 2,
        record: 'task',
        id: TASK_ID,
        ref: null,
        title: 'Login',
        changes: { priority: { from: 'medium', to: 'high' } },
      },
    ],
    moved: [
      {
        index: 3,
        record: 'task',
        id: TASK_ID,
        ref: null,
        title: 'Login',
        from_parent: null,
        to_parent: '$search',
      },
    ],
    deleted: [{ index: 1, record: 'task', id: 'dead', ref: null, title: 'Payments' }],
  },
};

const stored = (fields: Partial<StoredPatchSet> = {}): StoredPatchSet => ({
  id: PATCH_ID,
  format_version: 1,
  base: { project_id: PROJECT_ID, project_version: 2 },
  source: { endpoint: 'refine', provider: 'offline' },
  ops: [{ op: 'create_task', ref: '$search', project: PROJECT_ID, title: 'Search' }],
  rationale: 'Add search.',
  status: 'validated',
  project_id: PROJECT_ID,
  owner_id: 'u1',
  warnings: [],
  validation: { ...validation, valid: true, conflicts: [], results: [] },
  refs: {},
  chat_session_id: null,
  applied_at: null,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  ...fields,
});

describe('PatchDiff', () => {
  afterEach(cleanup);

  it('groups the operations as created, updated, moved and deleted, each with its findings', () => {
    render(<PatchDiff validation={validation} names={new Map([[TASK_ID, 'Login']])} />);
    const created = screen.getByRole('region', { name: 'Created' });
    expect(created.textContent).toMatch(/Search/);
    const updated = screen.getByRole('region', { name: 'Updated' });
    expect(within(updated).getByRole('row', { name: /priority/ }).textContent).toMatch(/medium.*high/);
    expect(updated.textContent).toMatch(/conflict.*edited since/);
    expect(screen.getByRole('region', { name: 'Moved' }).textContent).toMatch(/from the top level to Search/);
    const deleted = screen.getByRole('region', { name: 'Deleted' });
    expect(deleted.textContent).toMatch(/Payments/);
    expect(deleted.textContent).toMatch(/warning duplicate_title a task has this title/);
    // An operation the diff does not show still has its finding shown.
    expect(screen.getByRole('region', { name: 'Other findings' }).textContent).toMatch(/unknown_ref/);
    expect(screen.getByText('conflicts')).toBeTruthy();
  });

  it('says when a PatchSet changes nothing', () => {
    const empty = { ...validation, valid: true, conflicts: [], results: [] };
    render(
      <PatchDiff validation={{ ...empty, diff: { created: [], updated: [], moved: [], deleted: [] } }} />,
    );
    expect(screen.getByText('This PatchSet changes nothing.')).toBeTruthy();
    expect(screen.getByText('valid')).toBeTruthy();
  });
});

describe('PatchReview', () => {
  let gateway: ReturnType<typeof stubGateway>;
  beforeEach(() => {
    gateway = stubGateway();
  });
  afterEach(() => {
    cleanup();
    gateway.close();
  });

  const renderReview = (onApplied = vi.fn()) => {
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <PatchReview patchSetId={PATCH_ID} onApplied={onApplied} />
      </QueryClientProvider>,
    );
    return onApplied;
  };

  it('applies the PatchSet as proposed, then offers undo', async () => {
    let status: StoredPatchSet['status'] = 'validated';
    gateway.on('GET', /\/api\/planner\/patchsets\//, () => ({ status: 200, body: stored({ status }) }));
    gateway.on('POST', /\/api\/planner\/apply$/, () => {
      status = 'applied';
      return {
        status: 200,
        body: {
          patch_set_id: PATCH_ID,
          status: 'applied',
          project_id: PROJECT_ID,
          refs: { $search: TASK_ID },
          applied_at: '2026-01-01T00:01:00Z',
          diff: validation.diff,
          runs_requested: [],
          warnings: [],
        },
      };
    });
    gateway.on('POST', /\/undo$/, () => {
      status = 'undone';
      return {
        status: 200,
        body: { patch_set_id: PATCH_ID, status: 'undone', undone_at: 'x', diff: validation.diff },
      };
    });
    const onApplied = renderReview();
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(onApplied).toHaveBeenCalledTimes(1));
    const apply = gateway.sent.find((request) => request.path.endsWith('/apply'));
    expect(apply?.body).toEqual({
      id: PATCH_ID,
      format_version: 1,
      base: { project_id: PROJECT_ID, project_version: 2 },
      source: { endpoint: 'refine', provider: 'offline' },
      ops: stored().ops,
      rationale: 'Add search.',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('undone');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('shows a refused apply with its message and request id, and keeps the PatchSet open', async () => {
    gateway.on('GET', /\/api\/planner\/patchsets\//, () => ({ status: 200, body: stored() }));
    gateway.on('POST', /\/api\/planner\/apply$/, () =>
      problem(409, 'patch_conflict', '1 record(s) changed since the PatchSet was proposed', 'req-409'),
    );
    renderReview();
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Not applied/);
    expect(alert.textContent).toMatch(/changed since the PatchSet was proposed/);
    expect(alert.textContent).toMatch(/req-409/);
    expect(screen.getByRole('button', { name: 'Apply' })).toBeTruthy();
  });

  it('checks a PatchSet stored without a check, and rejects it with the reason given', async () => {
    gateway.on('GET', /\/api\/planner\/patchsets\//, () => ({
      status: 200,
      body: stored({ validation: null }),
    }));
    gateway.on('POST', /\/api\/agent\/validate$/, () => ({ status: 200, body: validation }));
    gateway.on('POST', /\/reject$/, () => ({ status: 200, body: stored({ status: 'rejected' }) }));
    renderReview();
    await screen.findByRole('region', { name: 'Deleted' });
    fireEvent.change(screen.getByLabelText('Why reject'), { target: { value: 'not now' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    await waitFor(() =>
      expect(gateway.sent.find((request) => request.path.endsWith('/reject'))?.body).toEqual({
        reason: 'not now',
      }),
    );
  });
});
