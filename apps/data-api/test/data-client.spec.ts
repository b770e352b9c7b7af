// data-api's typed client (libs/data-client), driven against the real data-api on a real port.
import { randomUUID } from 'node:crypto';
import {
  DataApiClient,
  DataApiNotFoundError,
  DataApiPreconditionFailedError,
  DataApiValidationError,
  type Schemas,
} from '@slipway/data-client';
import { withRequestId } from '@slipway/platform';
import { rejection } from '@slipway/testing';
import { DataApiHarness, SERVICE_TOKEN } from './support/harness';

describe('DataApiClient against the real data-api', () => {
  let harness: DataApiHarness;
  let client: DataApiClient;

  beforeAll(async () => {
    harness = await DataApiHarness.start();
    await harness.app.listen({ port: 0, host: '127.0.0.1' });
    client = new DataApiClient({ baseUrl: await harness.app.getUrl(), serviceToken: SERVICE_TOKEN });
  });

  afterAll(async () => {
    await client.close();
    await harness.close();
  });

  const newProject = (name: string): Schemas['CreateProjectDto'] => ({
    name,
    modules: ['api'],
    owner_id: harness.users.member.id,
  });

  it('creates, reads and lists a record with typed bodies and its ETag', async () => {
    const created = await client.post('/api/projects', { body: newProject('client-crud') });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      name: 'client-crud',
      modules: ['api'],
      status: 'created',
      version: 1,
    });
    expect(created.etag).toBe('"1"');

    const read = await client.get('/api/projects/{id}', { params: { path: { id: created.data.id } } });
    expect(read.data).toEqual(created.data);
    expect(read.etag).toBe(DataApiClient.ifMatch(read.data.version));

    const page = await client.get('/api/projects', {
      params: { query: { name: 'client-crud', count: true } },
    });
    expect(page.data.items.map((p) => p.id)).toEqual([created.data.id]);
    expect(page.data.total).toBe(1);
  });

  it('updates with If-Match and turns a stale If-Match into a typed 412', async () => {
    const { data: project, etag } = await client.post('/api/projects', { body: newProject('client-etag') });
    const updated = await client.patch('/api/projects/{id}', {
      params: { path: { id: project.id }, header: { 'if-match': etag } },
      body: { description: 'second version' },
    });
    expect(updated.data).toMatchObject({ description: 'second version', version: 2 });
    expect(updated.etag).toBe('"2"');

    const stale = await rejection(
      client.patch('/api/projects/{id}', {
        params: { path: { id: project.id }, header: { 'if-match': etag } },
        body: { description: 'lost update' },
      }),
      DataApiPreconditionFailedError,
    );
    expect(stale).toMatchObject({ status: 412, code: 'precondition_failed', kind: 'problem' });
    expect(stale.requestId).toEqual(expect.any(String));
    const current = await client.get('/api/projects/{id}', { params: { path: { id: project.id } } });
    expect(current.data.description).toBe('second version');
  });

  it('turns a missing record into a typed 404', async () => {
    const missing = await rejection(
      client.get('/api/projects/{id}', { params: { path: { id: randomUUID() } } }),
      DataApiNotFoundError,
    );
    expect(missing).toMatchObject({
      status: 404,
      code: 'not_found',
      method: 'GET',
      url: '/api/projects/{id}',
    });
    expect(missing.detail).toEqual(expect.any(String));
  });

  it('turns invalid input into a typed 422 listing the fields', async () => {
    const invalid = await rejection(
      client.post('/api/projects', { body: newProject('x'.repeat(201)) }),
      DataApiValidationError,
    );
    expect(invalid.status).toBe(422);
    expect(invalid.code).toBe('validation_failed');
    expect(invalid.errors.map((e) => e.field)).toContain('name');

    const badQuery = await rejection(
      client.get('/api/projects', { params: { query: { limit: 101 } } }),
      DataApiValidationError,
    );
    expect(badQuery.errors.map((e) => e.field)).toContain('limit');
  });

  it('records a task execution idempotently with PUT', async () => {
    const id = `job-${randomUUID()}`;
    const body: Schemas['PutTaskExecutionDto'] = {
      worker_id: 'ci-runner-1',
      started_at: '2025-01-01T10:00:00.000Z',
      finished_at: '2025-01-01T10:01:00.000Z',
      duration_ms: 60_000,
      exit_code: 0,
      status: 'success',
      result_data: { summary: 'ok' },
    };
    const first = await client.putTaskExecution(id, body);
    const second = await client.putTaskExecution(id, body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.data).toMatchObject({ id, worker_id: 'ci-runner-1', exit_code: 0, status: 'success' });
    expect(second.data.result_data).toEqual({ summary: 'ok' });

    const page = await client.get('/api/task_executions', {
      params: { query: { worker_id: 'ci-runner-1' } },
    });
    expect(page.data.items.filter((e) => e.id === id)).toHaveLength(1);
  });

  it('sends the request id of the surrounding context, or the one given per call', async () => {
    const contextId = `ctx-${randomUUID()}`;
    const fromContext = await withRequestId(contextId, () => client.get('/api/projects'));
    expect(fromContext.requestId).toBe(contextId);

    const perCall = await withRequestId(contextId, () =>
      client.get('/api/projects', { headers: { 'x-request-id': 'per-call-id-1' } }),
    );
    expect(perCall.requestId).toBe('per-call-id-1');

    const failed = await rejection(
      withRequestId(contextId, () =>
        client.get('/api/projects/{id}', { params: { path: { id: randomUUID() } } }),
      ),
      DataApiNotFoundError,
    );
    expect(failed.requestId).toBe(contextId);

    const generated = await client.get('/api/projects');
    expect(generated.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
