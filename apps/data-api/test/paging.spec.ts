import { type Page } from '@slipway/contracts';
import { DataApiHarness, type Reply } from './support/harness';
import { expectProblem } from './support/problem';

interface Task {
  id: string;
  title: string;
  status: string;
  priority: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const STATUSES = ['todo', 'in_progress', 'blocked', 'done'];
const PRIORITIES = ['low', 'medium', 'high', 'critical'];
const ROWS = 57;

describe('lists: keyset paging, offset paging, filters, sort and counts', () => {
  let api: DataApiHarness;
  let projectId: string;
  let created: Task[];

  beforeAll(async () => {
    api = await DataApiHarness.start();
    const project = await api.request<{ id: string }>('POST', '/api/projects', {
      body: { name: 'paging', modules: [], owner_id: api.users.member.id },
    });
    projectId = project.body.id;
    // Two bulks: many rows share a created_at instant, so the id tie-break is exercised.
    const body = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, k) => {
        const i = from + k;
        return {
          project_id: projectId,
          type: 'engineering',
          title: `task ${String(i % 7).padStart(2, '0')}`,
          status: STATUSES[i % STATUSES.length],
          priority: PRIORITIES[i % PRIORITIES.length],
        };
      });
    const first = await api.request<Task[]>('POST', '/api/tasks/bulk', { body: body(0, 30) });
    const second = await api.request<Task[]>('POST', '/api/tasks/bulk', { body: body(30, ROWS) });
    created = [...first.body, ...second.body];
  });

  afterAll(async () => {
    await api.close();
  });

  async function walk(query: string, limit: number): Promise<Task[]> {
    const seen: Task[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const after = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const reply: Reply<Page<Task>> = await api.request<Page<Task>>(
        'GET',
        `/api/tasks?${query}&limit=${limit}${after}`,
      );
      expect(reply.status).toBe(200);
      expect(reply.body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...reply.body.items);
      cursor = reply.body.next_cursor;
      if (cursor === null) return seen;
    }
    throw new Error('cursor walk did not end');
  }

  it.each([
    'sort=-created_at',
    'sort=created_at',
    'sort=title',
    'sort=-title',
    'sort=status,-title',
    'sort=-priority,title',
  ])('a cursor walk with %s returns every row exactly once, in order', async (sort) => {
    const rows = await walk(`project_id=${projectId}&${sort}`, 7);
    expect(rows).toHaveLength(ROWS);
    expect(new Set(rows.map((r) => r.id)).size).toBe(ROWS);
    const [field, second] = sort.replace('sort=', '').split(',');
    const key = field.replace('-', '') as keyof Task;
    const descending = field.startsWith('-');
    const rank = (t: Task) =>
      key === 'priority' ? PRIORITIES.indexOf(t.priority) : key === 'status' ? STATUSES.indexOf(t.status) : 0;
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1];
      const b = rows[i];
      const cmp =
        key === 'priority' || key === 'status'
          ? rank(a) - rank(b)
          : String(a[key]).localeCompare(String(b[key]));
      expect(descending ? cmp >= 0 : cmp <= 0).toBe(true);
      if (cmp === 0 && second === 'title') expect(a.title <= b.title).toBe(true);
    }
  });

  it('offset paging covers the same rows and count=true reports the total', async () => {
    const pages = await Promise.all(
      [0, 20, 40].map((offset) =>
        api.request<Page<Task>>(
          'GET',
          `/api/tasks?project_id=${projectId}&sort=title&limit=20&offset=${offset}&count=true`,
        ),
      ),
    );
    const ids = pages.flatMap((p) => p.body.items.map((t) => t.id));
    expect(new Set(ids).size).toBe(ROWS);
    for (const page of pages) expect(page.body.total).toBe(ROWS);
  });

  it('defaults to 20 rows, newest first', async () => {
    const reply = await api.request<Page<Task>>('GET', `/api/tasks?project_id=${projectId}`);
    expect(reply.body.items).toHaveLength(20);
    const times = reply.body.items.map((t) => t.created_at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters on whitelisted fields, including lists of enum values', async () => {
    const blocked = await api.request<Page<Task>>(
      'GET',
      `/api/tasks?project_id=${projectId}&status=blocked&limit=100&count=true`,
    );
    expect(blocked.body.total).toBe(created.filter((t) => t.status === 'blocked').length);
    expect(blocked.body.items.every((t) => t.status === 'blocked')).toBe(true);

    const two = await api.request<Page<Task>>(
      'GET',
      `/api/tasks?project_id=${projectId}&status=todo,done&priority=low&limit=100`,
    );
    const expected = created
      .filter((t) => ['todo', 'done'].includes(t.status) && t.priority === 'low')
      .map((t) => t.id);
    expect(two.body.items.map((t) => t.id).sort()).toEqual(expected.sort());

    expectProblem(await api.request('GET', '/api/tasks?status=sleeping'), 422, 'validation_failed', 'status');
    expectProblem(
      await api.request('GET', '/api/tasks?project_id=12'),
      422,
      'validation_failed',
      'project_id',
    );
  });

  it('filters by creation window and updated_since, and returns tombstones to pollers', async () => {
    const mark = new Date().toISOString();
    const none = await api.request<Page<Task>>(
      'GET',
      `/api/tasks?project_id=${projectId}&created_after=${mark}`,
    );
    expect(none.body.items).toHaveLength(0);
    const all = await api.request<Page<Task>>(
      'GET',
      `/api/tasks?project_id=${projectId}&created_before=${mark}&count=true`,
    );
    expect(all.body.total).toBe(ROWS);

    await new Promise((resolve) => setTimeout(resolve, 5));
    const since = new Date().toISOString();
    await api.request('PATCH', `/api/tasks/${created[0].id}`, { body: { status: 'failed' } });
    await api.request('DELETE', `/api/tasks/${created[1].id}`);
    const changed = await api.request<Page<Task>>('GET', `/api/tasks?updated_since=${since}`);
    expect(changed.body.items.map((t) => t.id)).toEqual([created[0].id]);
    const withTombstones = await api.request<Page<Task>>(
      'GET',
      `/api/tasks?updated_since=${since}&include_deleted=true`,
    );
    expect(withTombstones.body.items.map((t) => t.id).sort()).toEqual([created[0].id, created[1].id].sort());
    expect(withTombstones.body.items.find((t) => t.id === created[1].id)?.deleted_at).toEqual(
      expect.any(String),
    );

    expectProblem(
      await api.request('GET', '/api/tasks?updated_since=yesterday'),
      422,
      'validation_failed',
      'updated_since',
    );
  });

  it('refuses cursors it did not issue, cursors of another sort, and cursor with offset', async () => {
    const page = await api.request<Page<Task>>(
      'GET',
      `/api/tasks?project_id=${projectId}&sort=title&limit=5`,
    );
    const cursor = page.body.next_cursor ?? '';
    expect(cursor).not.toBe('');
    expectProblem(
      await api.request('GET', `/api/tasks?sort=-title&cursor=${cursor}`),
      422,
      'validation_failed',
      'cursor',
    );
    expectProblem(
      await api.request('GET', '/api/tasks?cursor=bm90LWEtY3Vyc29y'),
      422,
      'validation_failed',
      'cursor',
    );
    expectProblem(
      await api.request('GET', `/api/tasks?sort=title&cursor=${cursor}&offset=5`),
      422,
      'validation_failed',
      'offset',
    );
    expectProblem(await api.request('GET', '/api/tasks?limit=0'), 422, 'validation_failed', 'limit');
    expectProblem(await api.request('GET', '/api/tasks?limit=ten'), 422, 'validation_failed', 'limit');
  });

  it('page/per_page (the seed’s paging) return the slices offset/limit return', async () => {
    const base = `/api/tasks?project_id=${projectId}&sort=title&count=true`;
    const ids = (reply: Reply<Page<Task>>) => {
      expect(reply.status).toBe(200);
      return reply.body.items.map((t) => t.id);
    };
    const byOffset = await Promise.all(
      [0, 25, 50].map((offset) => api.request<Page<Task>>('GET', `${base}&limit=25&offset=${offset}`)),
    );
    const byPage = await Promise.all(
      [1, 2, 3].map((page) => api.request<Page<Task>>('GET', `${base}&per_page=25&page=${page}`)),
    );
    expect(byPage.map(ids)).toEqual(byOffset.map(ids));
    // An earlier case soft-deleted a row: count the live ones.
    const live = byOffset[0].body.total ?? 0;
    expect(live).toBeGreaterThan(50);
    expect(byPage.map((p) => p.body.items.length)).toEqual([25, 25, live - 50]);
    expect(new Set(byPage.flatMap(ids)).size).toBe(live);
    for (const page of byPage) expect(page.body.total).toBe(live);
    const past = await api.request<Page<Task>>('GET', `${base}&per_page=25&page=4`);
    expect(past.body.items).toHaveLength(0);
    expect(past.body.next_cursor).toBeNull();

    // Without per_page a page holds limit rows, or 20; per_page alone sizes the first page.
    const second = await api.request<Page<Task>>('GET', `${base}&page=2`);
    expect(ids(second)).toEqual(ids(await api.request<Page<Task>>('GET', `${base}&offset=20`)));
    const ofTen = await api.request<Page<Task>>('GET', `${base}&page=3&limit=10`);
    expect(ids(ofTen)).toEqual(ids(await api.request<Page<Task>>('GET', `${base}&offset=20&limit=10`)));
    const first = await api.request<Page<Task>>('GET', `${base}&per_page=7`);
    expect(ids(first)).toEqual(ids(await api.request<Page<Task>>('GET', `${base}&limit=7`)));
  });

  it('page/per_page apply to every list, not only tasks', async () => {
    await api.request('POST', '/api/projects', {
      body: { name: 'paging-2', modules: [], owner_id: api.users.member.id },
    });
    const all = await api.request<Page<{ id: string }>>('GET', '/api/projects?sort=name&limit=100');
    expect(all.body.items.length).toBeGreaterThanOrEqual(2);
    const second = await api.request<Page<{ id: string }>>(
      'GET',
      '/api/projects?sort=name&per_page=1&page=2',
    );
    expect(second.status).toBe(200);
    expect(second.body.items.map((p) => p.id)).toEqual([all.body.items[1].id]);
    const users = await api.request<Page<{ id: string }>>('GET', '/api/users?per_page=2&page=1');
    expect(users.status).toBe(200);
    expect(users.body.items).toHaveLength(2);
  });

  it('refuses per_page above 100, page below 1, and page mixed with cursor or offset', async () => {
    expectProblem(await api.request('GET', '/api/tasks?per_page=101'), 422, 'validation_failed', 'per_page');
    expectProblem(await api.request('GET', '/api/tasks?per_page=0'), 422, 'validation_failed', 'per_page');
    expectProblem(await api.request('GET', '/api/tasks?page=0'), 422, 'validation_failed', 'page');
    expectProblem(await api.request('GET', '/api/tasks?page=two'), 422, 'validation_failed', 'page');
    expect((await api.request('GET', '/api/tasks?per_page=100&page=1')).status).toBe(200);

    const page = await api.request<Page<Task>>('GET', `/api/tasks?project_id=${projectId}&limit=5`);
    const cursor = encodeURIComponent(page.body.next_cursor ?? '');
    const withCursor = expectProblem(
      await api.request('GET', `/api/tasks?page=2&cursor=${cursor}`),
      422,
      'validation_failed',
      'page',
    );
    expect(withCursor.errors?.[0].message).toBe('use either page or cursor, not both');
    expectProblem(await api.request('GET', '/api/tasks?page=2&offset=20'), 422, 'validation_failed', 'page');
    expectProblem(
      await api.request('GET', '/api/tasks?per_page=10&limit=10'),
      422,
      'validation_failed',
      'per_page',
    );
  });
});
