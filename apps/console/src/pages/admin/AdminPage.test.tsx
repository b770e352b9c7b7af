import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeProvider, type Me } from '../../app/auth';
import { gatewayDouble } from '../costs/gateway-double';
import { at } from '../costs/router-double';
import { AdminPage } from './AdminPage';

vi.mock('@tanstack/react-router', () => import('../costs/router-double'));

afterEach(cleanup);
beforeEach(() => {
  at.params = { section: 'users' };
  at.search = {};
});

const me = (role: 'admin' | 'member'): Me => ({
  user: { id: '00000000-0000-4000-8000-000000000001', email: `${role}@example.org`, role },
  scopes: [],
  via: 'session',
});

const record = (id: string) => ({
  id,
  created_at: '2025-03-01T10:00:00Z',
  updated_at: '2025-03-01T10:00:00Z',
  version: 3,
});
const user = (id: string, username: string, role: 'admin' | 'member') => ({
  ...record(id),
  telegram_id: null,
  username,
  email: null,
  role,
  is_active: true,
});
const key = (id: string, name: string) => ({
  ...record(id),
  name,
  owner_id: '00000000-0000-4000-8000-000000000001',
  scopes: [],
  key_prefix: `slw_${id}`,
  expires_at: null,
  last_used_at: null,
  revoked_at: null,
});

const show = (role: 'admin' | 'member') =>
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MeProvider me={me(role)}>
        <AdminPage />
      </MeProvider>
    </QueryClientProvider>,
  );

describe('AdminPage', () => {
  it('shows a member a forbidden page and asks the gateway for nothing', () => {
    const sent = gatewayDouble({});
    show('member');
    expect(screen.getByRole('heading', { name: 'Forbidden' })).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('You are logged in as a member');
    expect(sent).toEqual([]);
  });

  it('lists users a page at a time, the page from the URL, and creates one', async () => {
    at.search = { page: 2 };
    const created = user('u9', 'mia', 'member');
    const sent = gatewayDouble({
      'GET /api/users': { body: { items: [user('u1', 'ada', 'admin')], next_cursor: null, total: 26 } },
      'POST /api/users': { status: 201, body: created },
    });
    show('admin');
    const table = await screen.findByRole('table', { name: 'users' });
    expect(within(table).getByText('ada')).toBeDefined();
    expect(screen.getByText('Page 2 of 2 · 26 in all')).toBeDefined();
    expect(screen.getByRole('link', { name: '← Previous' }).getAttribute('href')).toBe('/admin/users');
    expect(screen.queryByRole('link', { name: 'Next →' })).toBeNull();
    expect(sent[0].params?.query).toMatchObject({ page: 2, per_page: 25, count: true });

    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'mia' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create user' }));
    expect((await screen.findByRole('status')).textContent).toContain('Created mia (member)');
    expect(sent.find((call) => call.method === 'POST')?.body).toEqual({ username: 'mia', role: 'member' });
  });

  it('shows a new API key once, copies it, and revokes a key with If-Match after a confirmation', async () => {
    at.params = { section: 'keys' };
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const sent = gatewayDouble({
      'GET /api/users': { body: { items: [user('u2', 'bob', 'member')], next_cursor: null, total: 1 } },
      'GET /api/api_keys': { body: { items: [key('k1', 'ci')], next_cursor: null, total: 1 } },
      'POST /api/api_keys': { status: 201, body: { ...key('k2', 'bob’s'), key: 'slw_k2_secret' } },
      'PATCH /api/api_keys/{id}': { body: { ...key('k1', 'ci'), revoked_at: '2025-03-02T00:00:00Z' } },
    });
    show('admin');
    await screen.findByRole('option', { name: 'bob (member)' });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'bob’s' } });
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'u2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect((await screen.findByTestId('new-key')).textContent).toBe('slw_k2_secret');
    expect(sent.find((call) => call.method === 'POST')?.body).toEqual({ name: 'bob’s', owner_id: 'u2' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeDefined();
    expect(writeText).toHaveBeenCalledWith('slw_k2_secret');
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByTestId('new-key')).toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: 'Revoke…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Revoke ci' }));
    await waitFor(() => expect(sent.some((call) => call.method === 'PATCH')).toBe(true));
    const revoke = sent.find((call) => call.method === 'PATCH');
    expect(revoke?.params).toMatchObject({ path: { id: 'k1' }, header: { 'if-match': '"3"' } });
    expect(revoke?.body).toEqual({ revoked_at: expect.any(String) });
  });
});
