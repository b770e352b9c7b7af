import type {
  AllocationDto,
  AvailableModelDto,
  Page,
  ProjectDto,
  ServerDto,
  TaskDto,
  TaskExecutionDto,
} from '@slipway/contracts';
import { asAdmin, asMember, asService, DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';

const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

describe('records: executions, allocations, models, bulk', () => {
  let api: DataApiHarness;
  let project: ProjectDto;
  let task: TaskDto;
  let otherTask: TaskDto;

  beforeAll(async () => {
    api = await DataApiHarness.start();
    const p = await api.request<ProjectDto>('POST', '/api/projects', {
      as: asMember,
      body: { name: 'records', modules: [] },
    });
    expect(p.status).toBe(201);
    project = p.body;
    const t1 = await api.request<TaskDto>('POST', '/api/tasks', {
      as: asMember,
      body: { project_id: project.id, type: 'engineering', title: 't1' },
    });
    const t2 = await api.request<TaskDto>('POST', '/api/tasks', {
      as: asMember,
      body: { project_id: project.id, type: 'qa', title: 't2' },
    });
    expect(t1.status).toBe(201);
    expect(t2.status).toBe(201);
    task = t1.body;
    otherTask = t2.body;
  });
  afterAll(async () => {
    await api.close();
  });

  async function createServer(name: string): Promise<ServerDto> {
    const reply = await api.request<ServerDto>('POST', '/api/servers', {
      as: asAdmin,
      body: { name, host: `${name}.internal` },
    });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  async function count(path: string): Promise<number> {
    const reply = await api.request<Page<unknown>>('GET', `${path}?count=true&limit=1`, { as: asService });
    expect(reply.status).toBe(200);
    expect(typeof reply.body.total).toBe('number');
    return reply.body.total ?? -1;
  }

  describe('task_executions', () => {
    const report = (taskId: string, status: string, exitCode = 0) => ({
      task_id: taskId,
      worker_id: 'worker-1',
      started_at: '2025-01-01T10:00:00.000Z',
      finished_at: '2025-01-01T10:00:05.000Z',
      duration_ms: 5000,
      exit_code: exitCode,
      result_data: { verdict: status },
      status,
    });

    it('upserts by request id: 201 first, 200 after, one row, version increments', async () => {
      const id = 'req-abc:123.1';
      const first = await api.request<TaskExecutionDto>('PUT', `/api/task_executions/${id}`, {
        as: asService,
        body: report(task.id, 'in_progress'),
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        id,
        task_id: task.id,
        status: 'in_progress',
        version: 1,
        duration_ms: 5000,
      });
      expect(first.headers.etag).toBeDefined();

      const second = await api.request<TaskExecutionDto>('PUT', `/api/task_executions/${id}`, {
        as: asService,
        body: report(task.id, 'success'),
      });
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({
        id,
        status: 'success',
        version: 2,
        result_data: { verdict: 'success' },
      });
      expect(second.body.created_at).toBe(first.body.created_at);

      const third = await api.request<TaskExecutionDto>('PUT', `/api/task_executions/${id}`, {
        as: asAdmin,
        body: report(task.id, 'success'),
      });
      expect(third.status).toBe(200);
      expect(third.body.version).toBe(3);

      const list = await api.request<Page<TaskExecutionDto>>(
        'GET',
        `/api/task_executions?task_id=${task.id}&count=true`,
        { as: asService },
      );
      expect(list.status).toBe(200);
      expect(list.body.items.map((e) => e.id)).toEqual([id]);
      expect(list.body.total).toBe(1);

      const one = await api.request<TaskExecutionDto>('GET', `/api/task_executions/${id}`, { as: asMember });
      expect(one.status).toBe(200);
      expect(one.body.status).toBe('success');
      expect(one.body.version).toBe(3);
    });

    it('filters by task_id and by status', async () => {
      for (const [id, status] of [
        ['exec-f1', 'success'],
        ['exec-f2', 'failure'],
        ['exec-f3', 'error'],
      ] as const) {
        const reply = await api.request('PUT', `/api/task_executions/${id}`, {
          as: asService,
          body: report(otherTask.id, status, status === 'success' ? 0 : 1),
        });
        expect(reply.status).toBe(201);
      }
      const byTask = await api.request<Page<TaskExecutionDto>>(
        'GET',
        `/api/task_executions?task_id=${otherTask.id}&limit=100`,
        { as: asService },
      );
      expect(byTask.body.items.map((e) => e.id).sort()).toEqual(['exec-f1', 'exec-f2', 'exec-f3']);

      const failed = await api.request<Page<TaskExecutionDto>>(
        'GET',
        `/api/task_executions?task_id=${otherTask.id}&status=failure`,
        { as: asService },
      );
      expect(failed.status).toBe(200);
      expect(failed.body.items.map((e) => e.id)).toEqual(['exec-f2']);

      const notOk = await api.request<Page<TaskExecutionDto>>(
        'GET',
        `/api/task_executions?task_id=${otherTask.id}&status=failure,error`,
        { as: asService },
      );
      expect(notOk.body.items.map((e) => e.id).sort()).toEqual(['exec-f2', 'exec-f3']);

      const success = await api.request<Page<TaskExecutionDto>>(
        'GET',
        '/api/task_executions?status=success&limit=100',
        { as: asService },
      );
      expect(success.body.items.every((e) => e.status === 'success')).toBe(true);
      expect(success.body.items.map((e) => e.id)).toEqual(
        expect.arrayContaining(['exec-f1', 'req-abc:123.1']),
      );

      expectProblem(
        await api.request('GET', '/api/task_executions?status=bogus', { as: asService }),
        422,
        'validation_failed',
        'status',
      );
    });

    it('answers 409 to POST with an id that already exists, leaving the row as it was', async () => {
      const id = 'exec-dup';
      const created = await api.request<TaskExecutionDto>('POST', '/api/task_executions', {
        as: asService,
        body: { id, ...report(task.id, 'success') },
      });
      expect(created.status).toBe(201);
      const dup = await api.request('POST', '/api/task_executions', {
        as: asService,
        body: { id, ...report(task.id, 'failure', 2) },
      });
      expectProblem(dup, 409, 'conflict', 'id');
      const after = await api.request<TaskExecutionDto>('GET', `/api/task_executions/${id}`, {
        as: asService,
      });
      expect(after.body).toMatchObject({ status: 'success', exit_code: 0, version: 1 });
    });

    it('answers 422 naming task_id when the task does not exist', async () => {
      expectProblem(
        await api.request('PUT', '/api/task_executions/exec-orphan', {
          as: asService,
          body: report(MISSING_UUID, 'success'),
        }),
        422,
        'validation_failed',
        'task_id',
      );
      expectProblem(
        await api.request('GET', '/api/task_executions/exec-orphan', { as: asService }),
        404,
        'not_found',
      );
    });

    it('answers 422 to a malformed execution id or body', async () => {
      expectProblem(
        await api.request('PUT', `/api/task_executions/${encodeURIComponent('bad id!')}`, {
          as: asService,
          body: report(task.id, 'success'),
        }),
        422,
        'validation_failed',
        'id',
      );
      expectProblem(
        await api.request('PUT', '/api/task_executions/exec-bad', {
          as: asService,
          body: { ...report(task.id, 'success'), duration_ms: -1 },
        }),
        422,
        'validation_failed',
        'duration_ms',
      );
      expectProblem(
        await api.request('PUT', '/api/task_executions/exec-bad', {
          as: asService,
          body: { ...report(task.id, 'success'), status: 'great' },
        }),
        422,
        'validation_failed',
        'status',
      );
    });
  });

  describe('allocations', () => {
    let server: ServerDto;

    beforeAll(async () => {
      server = await createServer('alloc-srv');
    });

    it('answers 409 naming server_id, port and protocol for a taken port, and keeps one row', async () => {
      const first = await api.request<AllocationDto>('POST', '/api/allocations', {
        as: asAdmin,
        body: { server_id: server.id, port: 8080, service_name: 'web', project_id: project.id },
      });
      expect(first.status).toBe(201);
      expect(first.body.protocol).toBe('tcp');

      const dup = await api.request('POST', '/api/allocations', {
        as: asAdmin,
        body: { server_id: server.id, port: 8080, protocol: 'tcp', service_name: 'web-2' },
      });
      const problem = expectProblem(dup, 409, 'conflict');
      expect((problem.errors ?? []).map((e) => e.field).sort()).toEqual(['port', 'protocol', 'server_id']);

      const udp = await api.request<AllocationDto>('POST', '/api/allocations', {
        as: asAdmin,
        body: { server_id: server.id, port: 8080, protocol: 'udp', service_name: 'dns' },
      });
      expect(udp.status).toBe(201);

      const list = await api.request<Page<AllocationDto>>(
        'GET',
        `/api/allocations?server_id=${server.id}&port=8080`,
        { as: asMember },
      );
      expect(list.body.items.map((a) => a.service_name).sort()).toEqual(['dns', 'web']);
    });

    it('answers 409 when a PATCH moves an allocation onto a taken port', async () => {
      const other = await api.request<AllocationDto>('POST', '/api/allocations', {
        as: asAdmin,
        body: { server_id: server.id, port: 9090, service_name: 'api' },
      });
      expect(other.status).toBe(201);
      const moved = await api.request('PATCH', `/api/allocations/${other.body.id}`, {
        as: asAdmin,
        body: { port: 8080 },
      });
      const problem = expectProblem(moved, 409, 'conflict', 'port');
      expect((problem.errors ?? []).map((e) => e.field)).toEqual(
        expect.arrayContaining(['server_id', 'protocol']),
      );
    });

    it.each([0, 65536, -1, 80.5])('answers 422 naming port for port %p', async (port) => {
      expectProblem(
        await api.request('POST', '/api/allocations', {
          as: asAdmin,
          body: { server_id: server.id, port, service_name: 'bad' },
        }),
        422,
        'validation_failed',
        'port',
      );
    });

    it('accepts the edge ports 1 and 65535', async () => {
      for (const port of [1, 65535]) {
        const reply = await api.request<AllocationDto>('POST', '/api/allocations', {
          as: asAdmin,
          body: { server_id: server.id, port, service_name: `edge-${port}` },
        });
        expect(reply.status).toBe(201);
        expect(reply.body.port).toBe(port);
      }
    });

    it('answers 422 naming server_id (or project_id) when the referenced row does not exist', async () => {
      expectProblem(
        await api.request('POST', '/api/allocations', {
          as: asAdmin,
          body: { server_id: MISSING_UUID, port: 7000, service_name: 'ghost' },
        }),
        422,
        'validation_failed',
        'server_id',
      );
      expectProblem(
        await api.request('POST', '/api/allocations', {
          as: asAdmin,
          body: { server_id: server.id, port: 7001, service_name: 'ghost', project_id: MISSING_UUID },
        }),
        422,
        'validation_failed',
        'project_id',
      );
      expectProblem(
        await api.request('PATCH', `/api/allocations/${MISSING_UUID}`, { as: asAdmin, body: { port: 7002 } }),
        404,
        'not_found',
      );
    });

    it('answers 409 to deleting a server an allocation still references, and deletes it once free', async () => {
      const busy = await createServer('busy-srv');
      const alloc = await api.request<AllocationDto>('POST', '/api/allocations', {
        as: asAdmin,
        body: { server_id: busy.id, port: 5432, service_name: 'pg' },
      });
      expect(alloc.status).toBe(201);

      expectProblem(await api.request('DELETE', `/api/servers/${busy.id}`, { as: asAdmin }), 409, 'conflict');
      expect((await api.request('GET', `/api/servers/${busy.id}`, { as: asAdmin })).status).toBe(200);

      expect((await api.request('DELETE', `/api/allocations/${alloc.body.id}`, { as: asAdmin })).status).toBe(
        204,
      );
      expect((await api.request('DELETE', `/api/servers/${busy.id}`, { as: asAdmin })).status).toBe(204);
      expectProblem(await api.request('GET', `/api/servers/${busy.id}`, { as: asAdmin }), 404, 'not_found');
    });
  });

  describe('available_models', () => {
    const model = (modelName: string, prices: Record<string, unknown>) => ({
      provider: 'openai',
      model_name: modelName,
      input_price_per_1k: '0.001',
      output_price_per_1k: '0.002',
      ...prices,
    });

    it('keeps decimal strings exact, with no float drift', async () => {
      const reply = await api.request<AvailableModelDto>('POST', '/api/available_models', {
        as: asAdmin,
        body: model('exact-strings', {
          input_price_per_1k: '0.1',
          output_price_per_1k: '0.0000001',
          cached_input_price_per_1k: '1234567890.0123456789',
        }),
      });
      expect(reply.status).toBe(201);
      expect(reply.body.input_price_per_1k).toBe('0.1');
      expect(reply.body.output_price_per_1k).toBe('0.0000001');
      expect(reply.body.cached_input_price_per_1k).toBe('1234567890.0123456789');

      const again = await api.request<AvailableModelDto>('GET', `/api/available_models/${reply.body.id}`, {
        as: asMember,
      });
      expect(again.body).toMatchObject({
        input_price_per_1k: '0.1',
        output_price_per_1k: '0.0000001',
        cached_input_price_per_1k: '1234567890.0123456789',
      });
    });

    it('accepts JSON numbers and answers them as the same decimal strings', async () => {
      const reply = await api.request<AvailableModelDto>('POST', '/api/available_models', {
        as: asAdmin,
        body: model('numbers', {
          input_price_per_1k: 0.0025,
          output_price_per_1k: 0.01,
          cached_input_price_per_1k: 0.1,
        }),
      });
      expect(reply.status).toBe(201);
      expect(reply.body.input_price_per_1k).toBe('0.0025');
      expect(reply.body.output_price_per_1k).toBe('0.01');
      expect(reply.body.cached_input_price_per_1k).toBe('0.1');
    });

    it('accepts a tiny JSON number (0.0000001) and answers "0.0000001"', async () => {
      const reply = await api.request<AvailableModelDto>('POST', '/api/available_models', {
        as: asAdmin,
        body: '{"provider":"openai","model_name":"tiny-number","input_price_per_1k":0.0000001,"output_price_per_1k":"1"}',
      });
      expect(reply.status).toBe(201);
      expect(reply.body.input_price_per_1k).toBe('0.0000001');
    });

    it('answers whole numbers and zero without a trailing point or zeros, and null when absent', async () => {
      const reply = await api.request<AvailableModelDto>('POST', '/api/available_models', {
        as: asAdmin,
        body: model('whole', { input_price_per_1k: '10', output_price_per_1k: 0 }),
      });
      expect(reply.status).toBe(201);
      expect(reply.body.input_price_per_1k).toBe('10');
      expect(reply.body.output_price_per_1k).toBe('0');
      expect(reply.body.cached_input_price_per_1k).toBeNull();
    });

    it('keeps a PATCHed price exact', async () => {
      const created = await api.request<AvailableModelDto>('POST', '/api/available_models', {
        as: asAdmin,
        body: model('patched', {}),
      });
      expect(created.status).toBe(201);
      const patched = await api.request<AvailableModelDto>(
        'PATCH',
        `/api/available_models/${created.body.id}`,
        {
          as: asAdmin,
          body: { input_price_per_1k: '0.3', output_price_per_1k: 0.0003 },
        },
      );
      expect(patched.status).toBe(200);
      expect(patched.body.input_price_per_1k).toBe('0.3');
      expect(patched.body.output_price_per_1k).toBe('0.0003');
    });

    it.each([['-1'], ['abc'], ['1.12345678901'], ['12345678901'], ['1e-3'], ['0,5'], [-0.5], [true]])(
      'answers 422 naming the field for the bad decimal %p',
      async (price) => {
        expectProblem(
          await api.request('POST', '/api/available_models', {
            as: asAdmin,
            body: model(`bad-${String(price)}`, { input_price_per_1k: price }),
          }),
          422,
          'validation_failed',
          'input_price_per_1k',
        );
      },
    );

    it('answers 409 naming provider and model_name for a duplicate pair, but allows the name under another provider', async () => {
      const first = await api.request('POST', '/api/available_models', {
        as: asAdmin,
        body: model('gpt-dup', {}),
      });
      expect(first.status).toBe(201);
      const dup = await api.request('POST', '/api/available_models', {
        as: asAdmin,
        body: model('gpt-dup', { input_price_per_1k: '9' }),
      });
      const problem = expectProblem(dup, 409, 'conflict', 'provider');
      expect((problem.errors ?? []).map((e) => e.field)).toContain('model_name');
      const elsewhere = await api.request('POST', '/api/available_models', {
        as: asAdmin,
        body: { ...model('gpt-dup', {}), provider: 'azure' },
      });
      expect(elsewhere.status).toBe(201);
      const list = await api.request<Page<AvailableModelDto>>(
        'GET',
        '/api/available_models?model_name=gpt-dup',
        { as: asMember },
      );
      expect(list.body.items.map((m) => m.provider).sort()).toEqual(['azure', 'openai']);
    });
  });

  describe('bulk create is all or nothing', () => {
    it('creates every item of a valid bulk', async () => {
      const before = await count('/api/servers');
      const reply = await api.request<ServerDto[]>('POST', '/api/servers/bulk', {
        as: asAdmin,
        body: [
          { name: 'bulk-ok-1', host: 'h1' },
          { name: 'bulk-ok-2', host: 'h2' },
        ],
      });
      expect(reply.status).toBe(201);
      expect(reply.body.map((s) => s.name)).toEqual(['bulk-ok-1', 'bulk-ok-2']);
      expect(await count('/api/servers')).toBe(before + 2);
    });

    it('answers 422 naming [1].<field> when item 2 is invalid, and creates nothing', async () => {
      const before = await count('/api/servers');
      const reply = await api.request('POST', '/api/servers/bulk', {
        as: asAdmin,
        body: [
          { name: 'bulk-v-1', host: 'h1' },
          { name: 'bulk-v-2', host: 'h2', cpu_cores: -4 },
          { name: 'bulk-v-3', host: 'h3' },
        ],
      });
      expectProblem(reply, 422, 'validation_failed', '[1].cpu_cores');
      expect(await count('/api/servers')).toBe(before);
    });

    it('answers 422 naming [1].<field> when item 2 lacks a required field, and creates nothing', async () => {
      const before = await count('/api/servers');
      const reply = await api.request('POST', '/api/servers/bulk', {
        as: asAdmin,
        body: [{ name: 'bulk-m-1', host: 'h1' }, { name: 'bulk-m-2' }, { name: 'bulk-m-3', host: 'h3' }],
      });
      expectProblem(reply, 422, 'validation_failed', '[1].host');
      expect(await count('/api/servers')).toBe(before);
    });

    it('answers 409 naming [2].name when item 3 repeats item 1’s name, and creates nothing', async () => {
      const before = await count('/api/servers');
      const reply = await api.request('POST', '/api/servers/bulk', {
        as: asAdmin,
        body: [
          { name: 'bulk-d-1', host: 'h1' },
          { name: 'bulk-d-2', host: 'h2' },
          { name: 'bulk-d-1', host: 'h3' },
        ],
      });
      expectProblem(reply, 409, 'conflict', '[2].name');
      expect(await count('/api/servers')).toBe(before);
      const names = await api.request<Page<ServerDto>>('GET', '/api/servers?name=bulk-d-2', { as: asAdmin });
      expect(names.body.items).toHaveLength(0);
    });

    it('answers 409 when item 3 takes the name of an existing server, and creates nothing', async () => {
      await createServer('bulk-existing');
      const before = await count('/api/servers');
      const reply = await api.request('POST', '/api/servers/bulk', {
        as: asAdmin,
        body: [
          { name: 'bulk-e-1', host: 'h1' },
          { name: 'bulk-e-2', host: 'h2' },
          { name: 'bulk-existing', host: 'h3' },
        ],
      });
      expectProblem(reply, 409, 'conflict', '[2].name');
      expect(await count('/api/servers')).toBe(before);
    });

    it('rolls back a bulk whose item 3 refers to a missing row (422 [2].server_id)', async () => {
      const server = await createServer('bulk-fk-srv');
      const before = await count('/api/allocations');
      const reply = await api.request('POST', '/api/allocations/bulk', {
        as: asAdmin,
        body: [
          { server_id: server.id, port: 3001, service_name: 'a' },
          { server_id: server.id, port: 3002, service_name: 'b' },
          { server_id: MISSING_UUID, port: 3003, service_name: 'c' },
        ],
      });
      expectProblem(reply, 422, 'validation_failed', '[2].server_id');
      expect(await count('/api/allocations')).toBe(before);
    });

    it('answers 422 to a bulk body that is not an array', async () => {
      const before = await count('/api/servers');
      expectProblem(
        await api.request('POST', '/api/servers/bulk', {
          as: asAdmin,
          body: { name: 'not-array', host: 'h' },
        }),
        422,
        'validation_failed',
      );
      expect(await count('/api/servers')).toBe(before);
    });
  });
});
