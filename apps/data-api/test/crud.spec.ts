import { type Page } from '@slipway/contracts';
import { DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';

interface Row {
  id: string;
  version: number;
  [field: string]: unknown;
}

interface Case {
  path: string;
  /** A valid create body; `n` makes unique values. */
  create: (n: number) => Record<string, unknown>;
  update: Record<string, unknown>;
  /** A body that must be refused, and the field named in the 422. */
  invalid: () => { body: Record<string, unknown>; field: string };
  softDelete?: boolean;
}

/** The 13 routers of data-api, each driven through the same CRUD contract. */
describe('CRUD on every router', () => {
  let api: DataApiHarness;
  const ref: Record<string, string> = {};

  beforeAll(async () => {
    api = await DataApiHarness.start();
    const post = async (path: string, body: Record<string, unknown>) => {
      const reply = await api.request<Row>('POST', `/api/${path}`, { body });
      if (reply.status !== 201) throw new Error(`${path}: ${reply.text}`);
      return reply.body.id;
    };
    ref.project = await post('projects', { name: 'base', modules: ['api'], owner_id: api.users.member.id });
    ref.server = await post('servers', { name: 'base-server', host: '10.0.0.1' });
    ref.task = await post('tasks', { project_id: ref.project, type: 'engineering', title: 'base task' });
  });

  afterAll(async () => {
    await api.close();
  });

  const cases: Case[] = [
    {
      path: 'users',
      create: (n) => ({ telegram_id: 900_000 + n, username: `u${n}`, email: `u${n}@example.com` }),
      update: { role: 'admin' },
      invalid: () => ({ body: { telegram_id: -5 }, field: 'telegram_id' }),
    },
    {
      path: 'projects',
      create: (n) => ({
        name: `project ${n}`,
        modules: ['api', 'web'],
        owner_id: api.users.member.id,
        config: { n },
      }),
      update: { status: 'active', description: 'now active' },
      invalid: () => ({ body: { name: 'no modules' }, field: 'modules' }),
      softDelete: true,
    },
    {
      path: 'tasks',
      create: (n) => ({ project_id: ref.project, type: 'research', title: `task ${n}`, payload: { n } }),
      update: { status: 'in_progress', assignee: 'agent-1' },
      invalid: () => ({ body: { project_id: ref.project, type: 'sleeping', title: 'x' }, field: 'type' }),
      softDelete: true,
    },
    {
      path: 'servers',
      create: (n) => ({
        name: `server-${n}`,
        host: `10.1.0.${n}`,
        cpu_cores: 4,
        ram_mb: 8192,
        labels: { zone: 'a' },
      }),
      update: { status: 'maintenance' },
      invalid: () => ({ body: { name: 'x', host: 'h', cpu_cores: 1.5 }, field: 'cpu_cores' }),
    },
    {
      path: 'allocations',
      create: (n) => ({ server_id: ref.server, port: 10_000 + n, service_name: `svc-${n}` }),
      update: { service_name: 'renamed' },
      invalid: () => ({ body: { server_id: ref.server, port: 70_000, service_name: 'x' }, field: 'port' }),
    },
    {
      path: 'incidents',
      create: (n) => ({ server_id: ref.server, type: 'disk_full', severity: 'high', title: `incident ${n}` }),
      update: { status: 'resolved', resolved_at: '2026-11-20T10:00:00.000Z' },
      invalid: () => ({
        body: { server_id: ref.server, type: 't', title: 't', severity: 'apocalyptic' },
        field: 'severity',
      }),
    },
    {
      path: 'service_deployments',
      create: (n) => ({
        project_id: ref.project,
        server_id: ref.server,
        service_name: `web-${n}`,
        image: 'web:1.0',
        app_version: '1.0',
      }),
      update: { status: 'running', deployed_at: '2026-11-21T08:00:00.000Z' },
      invalid: () => ({ body: { project_id: 'not-a-uuid', service_name: 'x' }, field: 'project_id' }),
    },
    {
      path: 'agent_configs',
      create: (n) => ({
        name: `agent-${n}`,
        provider: 'openai',
        model: 'gpt-5',
        temperature: 0.2,
        tools: [{ name: 'shell' }],
      }),
      update: { is_active: false },
      invalid: () => ({
        body: { name: 'a', provider: 'p', model: 'm', temperature: 3 },
        field: 'temperature',
      }),
    },
    {
      path: 'cli_agent_configs',
      create: (n) => ({ name: `cli-${n}`, command: 'codex', args: ['--json'], env: { MODE: 'ci' } }),
      update: { timeout_seconds: 60 },
      invalid: () => ({ body: { name: 'c', command: 'x', args: 'not-a-list' }, field: 'args' }),
    },
    {
      path: 'api_keys',
      create: (n) => ({ name: `key ${n}`, owner_id: api.users.member.id, scopes: ['runs:read'] }),
      update: { name: 'renamed key' },
      invalid: () => ({
        body: { name: 'k', owner_id: api.users.member.id, expires_at: 'tomorrow' },
        field: 'expires_at',
      }),
    },
    {
      path: 'available_models',
      create: (n) => ({
        provider: 'openai',
        model_name: `model-${n}`,
        input_price_per_1k: '0.0025',
        output_price_per_1k: '0.01',
      }),
      update: { display_name: 'Model' },
      invalid: () => ({
        body: { provider: 'p', model_name: 'm', input_price_per_1k: 'cheap', output_price_per_1k: '1' },
        field: 'input_price_per_1k',
      }),
    },
    {
      path: 'rag',
      create: (n) => ({
        name: `index ${n}`,
        project_id: ref.project,
        embedding_model: 'text-embedding-3-small',
        dimension: 1536,
      }),
      update: { status: 'ready', document_count: 12 },
      invalid: () => ({
        body: { name: 'r', project_id: ref.project, embedding_model: 'e', dimension: 0 },
        field: 'dimension',
      }),
    },
    {
      path: 'task_executions',
      create: (n) => ({
        id: `req-${n}`,
        task_id: ref.task,
        worker_id: 'worker-1',
        started_at: '2026-11-21T10:00:00.000Z',
        finished_at: '2026-11-21T10:00:05.000Z',
        duration_ms: 5000,
        exit_code: 0,
        status: 'success',
        result_data: { verdict: 'ok' },
      }),
      update: { status: 'failure', exit_code: 1 },
      invalid: () => ({
        body: {
          id: 'r',
          worker_id: 'w',
          started_at: 'x',
          finished_at: 'x',
          duration_ms: 1,
          exit_code: 0,
          status: 'success',
        },
        field: 'started_at',
      }),
    },
  ];

  describe.each(cases)('/api/$path', (c) => {
    const base = () => `/api/${c.path}`;

    it('creates, reads, lists, updates and deletes', async () => {
      const created = await api.request<Row>('POST', base(), { body: c.create(1) });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        version: 1,
        created_at: expect.any(String),
        updated_at: expect.any(String),
      });
      expect(created.headers.etag).toBe('"1"');
      for (const [field, value] of Object.entries(c.create(1))) expect(created.body[field]).toEqual(value);

      const fetched = await api.request<Row>('GET', `${base()}/${created.body.id}`);
      expect(fetched.status).toBe(200);
      const { key: plaintextKey, ...stored } = created.body;
      expect(fetched.body).toEqual(stored);
      expect(plaintextKey === undefined || c.path === 'api_keys').toBe(true);

      const listed = await api.request<Page<Row>>('GET', `${base()}?limit=100`);
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((r) => r.id)).toContain(created.body.id);
      expect(listed.body.next_cursor).toBeNull();
      expect(listed.body.total).toBeUndefined();

      const updated = await api.request<Row>('PATCH', `${base()}/${created.body.id}`, { body: c.update });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ ...c.update, version: 2 });
      expect(updated.headers.etag).toBe('"2"');

      const deleted = await api.request('DELETE', `${base()}/${created.body.id}`);
      expect(deleted.status).toBe(204);
      expectProblem(await api.request('GET', `${base()}/${created.body.id}`), 404, 'not_found');

      const again = await api.request<Page<Row>>('GET', `${base()}?limit=100`);
      expect(again.body.items.map((r) => r.id)).not.toContain(created.body.id);
    });

    it('refuses invalid bodies and unknown fields with 422, writing nothing', async () => {
      const before = await api.request<Page<Row>>('GET', `${base()}?count=true`);
      expectProblem(
        await api.request('POST', base(), { body: c.invalid().body }),
        422,
        'validation_failed',
        c.invalid().field,
      );
      expectProblem(
        await api.request('POST', base(), { body: { ...c.create(2), sneaky: true } }),
        422,
        'validation_failed',
        'sneaky',
      );
      expectProblem(await api.request('POST', base(), { body: [c.create(2)] }), 422, 'validation_failed');
      const after = await api.request<Page<Row>>('GET', `${base()}?count=true`);
      expect(after.body.total).toBe(before.body.total);
    });

    it('refuses unknown query parameters, limits over 100 and unknown sort fields', async () => {
      expectProblem(await api.request('GET', `${base()}?colour=blue`), 422, 'validation_failed', 'colour');
      expectProblem(await api.request('GET', `${base()}?limit=101`), 422, 'validation_failed', 'limit');
      expectProblem(await api.request('GET', `${base()}?sort=password`), 422, 'validation_failed', 'sort');
      expectProblem(
        await api.request('GET', `${base()}?sort=created_at;drop table users`),
        422,
        'validation_failed',
        'sort',
      );
    });

    it('answers 404 for ids that do not exist', async () => {
      const missing =
        c.path === 'task_executions' ? 'no-such-request' : '00000000-0000-4000-8000-000000000000';
      expectProblem(await api.request('GET', `${base()}/${missing}`), 404, 'not_found');
      expectProblem(await api.request('PATCH', `${base()}/${missing}`, { body: c.update }), 404, 'not_found');
      expectProblem(await api.request('DELETE', `${base()}/${missing}`), 404, 'not_found');
      expectProblem(await api.request('GET', `${base()}/not-a-uuid'--`), 404, 'not_found');
    });

    it('serves ETags, answers 304 to If-None-Match and 412 to a stale If-Match', async () => {
      const created = await api.request<Row>('POST', base(), { body: c.create(3) });
      const url = `${base()}/${created.body.id}`;
      const fresh = await api.request('GET', url, { headers: { 'if-none-match': '"1"' } });
      expect(fresh.status).toBe(304);
      expect(fresh.text).toBe('');

      const first = await api.request<Row>('PATCH', url, { body: c.update, headers: { 'if-match': '"1"' } });
      expect(first.status).toBe(200);
      const stale = await api.request('PATCH', url, { body: c.update, headers: { 'if-match': '"1"' } });
      expectProblem(stale, 412, 'precondition_failed');
      expectProblem(
        await api.request('DELETE', url, { headers: { 'if-match': '"1"' } }),
        412,
        'precondition_failed',
      );
      const still = await api.request<Row>('GET', url);
      expect(still.body.version).toBe(2);

      expect((await api.request('DELETE', url, { headers: { 'if-match': '"2"' } })).status).toBe(204);
    });

    it('creates a bulk of records in one transaction', async () => {
      const bulk = await api.request<Row[]>('POST', `${base()}/bulk`, { body: [c.create(10), c.create(11)] });
      expect(bulk.status).toBe(201);
      expect(bulk.body).toHaveLength(2);
      const ids = bulk.body.map((r) => r.id);
      for (const id of ids) expect((await api.request('GET', `${base()}/${id}`)).status).toBe(200);

      const before = await api.request<Page<Row>>('GET', `${base()}?count=true`);
      const failing = await api.request('POST', `${base()}/bulk`, { body: [c.create(12), c.invalid().body] });
      expectProblem(failing, 422, 'validation_failed', `[1].${c.invalid().field}`);
      const after = await api.request<Page<Row>>('GET', `${base()}?count=true`);
      expect(after.body.total).toBe(before.body.total);
    });

    if (c.softDelete) {
      it('soft-deletes: hidden by default, returned with include_deleted', async () => {
        const created = await api.request<Row>('POST', base(), { body: c.create(20) });
        expect((await api.request('DELETE', `${base()}/${created.body.id}`)).status).toBe(204);
        const hidden = await api.request<Page<Row>>('GET', `${base()}?limit=100`);
        expect(hidden.body.items.map((r) => r.id)).not.toContain(created.body.id);
        const shown = await api.request<Page<Row>>('GET', `${base()}?limit=100&include_deleted=true`);
        const tombstone = shown.body.items.find((r) => r.id === created.body.id);
        expect(tombstone).toMatchObject({ version: 2, deleted_at: expect.any(String) });
        const single = await api.request<Row>('GET', `${base()}/${created.body.id}?include_deleted=true`);
        expect(single.body.deleted_at).toEqual(expect.any(String));
        expectProblem(
          await api.request('PATCH', `${base()}/${created.body.id}`, { body: c.update }),
          404,
          'not_found',
        );
      });
    }
  });
});
