import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changesOf, TaskEditor } from './TaskEditor';
import type { Task, TaskNode } from './projects-api';
import { problem, stubGateway } from './stub-gateway';

const node: TaskNode = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Search',
  description: null,
  type: 'engineering',
  status: 'todo',
  priority: 'medium',
  assignee: null,
  version: 3,
  depends_on: [],
  subtasks: [],
};

const task = (fields: Partial<Task>): Task => ({
  id: node.id,
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  version: 3,
  project_id: '22222222-2222-4222-8222-222222222222',
  parent_id: null,
  type: 'engineering',
  title: 'Search',
  description: null,
  status: 'todo',
  priority: 'medium',
  assignee: null,
  payload: {},
  result: null,
  position: 0,
  deleted_at: null,
  ...fields,
});

describe('changesOf', () => {
  it('keeps only the fields changed from the version read', () => {
    const base = { title: 'A', status: 'todo' as const, assignee: '' };
    expect(changesOf(base, { ...base })).toEqual({});
    expect(changesOf(base, { title: 'B', status: 'todo', assignee: 'ada' })).toEqual({
      title: 'B',
      assignee: 'ada',
    });
  });
});

describe('TaskEditor', () => {
  let gateway: ReturnType<typeof stubGateway>;
  beforeEach(() => {
    gateway = stubGateway();
  });
  afterEach(() => {
    cleanup();
    gateway.close();
  });

  const renderEditor = (onSaved = vi.fn()) => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <TaskEditor task={node} onSaved={onSaved} onCancel={vi.fn()} />
      </QueryClientProvider>,
    );
    return onSaved;
  };

  it('writes the changed fields with If-Match of the version read', async () => {
    gateway.on('PATCH', /\/api\/tasks\//, (request) => ({
      status: 200,
      body: task({ ...(request.body as Partial<Task>), version: 4 }),
    }));
    const onSaved = renderEditor();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Search everything' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'in_progress' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(gateway.sent).toHaveLength(1);
    expect(gateway.sent[0].headers.get('if-match')).toBe('"3"');
    expect(gateway.sent[0].body).toEqual({ title: 'Search everything', status: 'in_progress' });
  });

  it('on a stale version shows both values, keeps the edit, and saves it over the new version', async () => {
    let writes = 0;
    gateway.on('PATCH', /\/api\/tasks\//, (request) => {
      writes += 1;
      if (writes === 1)
        return problem(412, 'precondition_failed', 'Task is at version 5; fetch it again', 'req-412');
      return { status: 200, body: task({ ...(request.body as Partial<Task>), version: 6 }) };
    });
    gateway.on('GET', /\/api\/tasks\//, () => ({
      status: 200,
      body: task({ title: 'Search by someone else', assignee: 'bob', version: 5 }),
    }));
    const onSaved = renderEditor();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Search, my way' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Changed by someone else/);
    expect(alert.textContent).toMatch(/req-412/);
    const title = within(alert).getByRole('row', { name: /Title/ });
    expect(title.textContent).toMatch(/Search, my way/);
    expect(title.textContent).toMatch(/Search by someone else/);
    expect(within(alert).getByRole('row', { name: /Assignee/ }).textContent).toMatch(/bob/);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Search, my way');
    expect(onSaved).not.toHaveBeenCalled();

    fireEvent.click(within(alert).getByRole('button', { name: 'Save mine over it' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const retry = gateway.sent.filter((request) => request.method === 'PATCH')[1];
    expect(retry.headers.get('if-match')).toBe('"5"');
    // Only my change against their version: their assignee stays.
    expect(retry.body).toEqual({ title: 'Search, my way' });
  });

  it('takes the current values when asked, dropping the edit', async () => {
    gateway.on('PATCH', /\/api\/tasks\//, () => problem(412, 'precondition_failed', 'stale'));
    gateway.on('GET', /\/api\/tasks\//, () => ({ status: 200, body: task({ title: 'Theirs', version: 5 }) }));
    renderEditor();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reload theirs' }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Theirs');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows another refusal with its message and request id', async () => {
    gateway.on('PATCH', /\/api\/tasks\//, () =>
      problem(422, 'validation_failed', 'title is too long', 'req-422'),
    );
    renderEditor();
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/title is too long/);
    expect(alert.textContent).toMatch(/req-422/);
  });
});
