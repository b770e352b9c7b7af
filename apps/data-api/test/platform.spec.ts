import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemDto } from '@slipway/contracts';
import { Client } from 'pg';
import { asAdmin, asMember, DataApiHarness, type Reply } from './support/harness';
import { expectProblem } from './support/problem';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
}

interface ProjectBody {
  id: string;
}

describe('data-api platform behaviour', () => {
  let api: DataApiHarness;

  beforeAll(async () => {
    api = await DataApiHarness.start();
  });

  afterAll(async () => {
    await api.close();
  });

  /** A raw request with full control over headers and payload. */
  async function raw(
    method: 'GET' | 'POST',
    url: string,
    headers: Record<string, string>,
    payload?: string | Buffer,
  ): Promise<Reply> {
    const response = await api.app.inject({ method, url, headers, payload });
    const text = response.body;
    const body: unknown = /json/.test(String(response.headers['content-type'])) ? JSON.parse(text) : text;
    return { status: response.statusCode, headers: response.headers, body, text };
  }

  describe('X-Request-Id', () => {
    it('echoes a well-formed X-Request-Id that the caller sent', async () => {
      const reply = await api.request('GET', '/api/projects', {
        as: asMember,
        headers: { 'x-request-id': 'client-req.42:abc_DEF' },
      });
      expect(reply.status).toBe(200);
      expect(reply.headers['x-request-id']).toBe('client-req.42:abc_DEF');
    });

    it('generates a UUID when none is sent', async () => {
      const first = await api.request('GET', '/health', { as: 'anonymous' });
      const second = await api.request('GET', '/health', { as: 'anonymous' });
      expect(String(first.headers['x-request-id'])).toMatch(UUID);
      expect(String(second.headers['x-request-id'])).toMatch(UUID);
      expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
    });

    it.each([
      ['with spaces', 'not a valid id'],
      ['too long', 'a'.repeat(129)],
      ['with a newline-like injection', 'abc\\r\\nx-evil: 1'],
      ['with angle brackets', '<script>'],
    ])('replaces a malformed X-Request-Id (%s) with a generated UUID', async (_case, sent) => {
      const reply = await api.request('GET', '/api/projects', {
        as: asMember,
        headers: { 'x-request-id': sent },
      });
      expect(reply.status).toBe(200);
      expect(String(reply.headers['x-request-id'])).toMatch(UUID);
    });

    it('is the request_id of a problem body, when sent', async () => {
      const reply = await api.request('GET', '/api/projects/00000000-0000-4000-8000-000000000000', {
        as: asMember,
        headers: { 'x-request-id': 'trace-404-check' },
      });
      const problem = expectProblem(reply, 404, 'not_found');
      expect(reply.headers['x-request-id']).toBe('trace-404-check');
      expect(problem.request_id).toBe('trace-404-check');
    });

    it('is the request_id of a problem body, when generated', async () => {
      const reply = await api.request('GET', '/api/projects', { as: 'anonymous' });
      const problem = expectProblem(reply, 401, 'unauthorized');
      expect(String(reply.headers['x-request-id'])).toMatch(UUID);
      expect(problem.request_id).toBe(reply.headers['x-request-id']);
    });
  });

  describe('problem+json for requests the router or parser rejects', () => {
    it('answers malformed JSON with a 400 problem', async () => {
      const reply = await raw(
        'POST',
        '/api/projects',
        {
          'x-telegram-id': String(asMemberId()),
          'content-type': 'application/json',
          'x-request-id': 'bad-json-1',
        },
        '{"name": "x",',
      );
      const problem = expectProblem(reply, 400, 'bad_request');
      expect(problem.request_id).toBe('bad-json-1');
      expect(problem.instance).toBe('/api/projects');
      expect(problem.type).toMatch(/bad_request$/);
    });

    it('answers a body over 1 MiB with a 413 problem', async () => {
      const big = JSON.stringify({ name: 'big', modules: [], description: 'x'.repeat(1024 * 1024 + 10) });
      const reply = await raw(
        'POST',
        '/api/projects',
        { 'x-telegram-id': String(asMemberId()), 'content-type': 'application/json' },
        big,
      );
      expectProblem(reply, 413, 'payload_too_large');
    });

    it('answers a text/plain body with a 415 problem', async () => {
      const reply = await raw(
        'POST',
        '/api/projects',
        { 'x-telegram-id': String(asMemberId()), 'content-type': 'text/plain' },
        '{"name":"x","modules":[]}',
      );
      expectProblem(reply, 415, 'unsupported_media_type');
    });

    it('answers an unknown route with a 404 problem', async () => {
      const reply = await api.request<ProblemDto>('GET', '/api/no_such_thing', { as: asMember });
      expect(reply.status).toBe(404);
      expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(['not_found', 'route_not_found']).toContain(reply.body.code);
      expect(reply.body).toMatchObject({
        status: 404,
        instance: '/api/no_such_thing',
        request_id: reply.headers['x-request-id'],
      });
    });

    it('answers an unknown route with the catalogue code route_not_found, not the resource code not_found', async () => {
      const reply = await api.request('GET', '/api/no_such_thing', { as: asMember });
      expectProblem(reply, 404, 'route_not_found');
    });

    it('puts the path without the query string in instance', async () => {
      const reply = await api.request('GET', '/api/projects?limit=1000', { as: asMember });
      const problem = expectProblem(reply, 422, 'validation_failed', 'limit');
      expect(problem.instance).toBe('/api/projects');
    });
  });

  describe('problem responses leak nothing internal', () => {
    it('answers a database failure with a 500 problem without SQL, driver messages or a stack', async () => {
      const client = new Client({ connectionString: api.database.url });
      await client.connect();
      try {
        await client.query('ALTER TABLE projects RENAME TO projects_hidden_for_test');
        const reply = await api.request('GET', '/api/projects', {
          as: asAdmin,
          headers: { 'x-request-id': 'db-broken-1' },
        });
        const problem = expectProblem(reply, 500, 'internal');
        expect(problem.request_id).toBe('db-broken-1');
        expect(reply.text).not.toMatch(
          /projects_hidden|relation|does not exist|"projects"|FROM|WHERE|QueryFailedError|stack|node_modules|\/src\//i,
        );
      } finally {
        await client.query('ALTER TABLE projects_hidden_for_test RENAME TO projects');
        await client.end();
      }
      expect((await api.request('GET', '/api/projects', { as: asAdmin })).status).toBe(200);
    });

    it('answers bad input without echoing SQL or a stack', async () => {
      const replies = [
        await api.request('GET', '/api/projects/not-a-uuid', { as: asMember }),
        await api.request('GET', '/api/projects?sort=name;DROP TABLE projects', { as: asMember }),
        await api.request('GET', '/api/projects?created_after=2024-13-45', { as: asMember }),
        await raw(
          'POST',
          '/api/projects',
          { 'x-telegram-id': String(asMemberId()), 'content-type': 'application/json' },
          '{"name": ',
        ),
      ];
      for (const reply of replies) {
        expect(reply.status).toBeGreaterThanOrEqual(400);
        expect(reply.status).toBeLessThan(500);
        expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(reply.text).not.toMatch(/SELECT|INSERT|UPDATE |QueryFailedError|\n\s+at |\.(js|ts):\d+/);
      }
    });
  });

  describe('/metrics', () => {
    it('is Prometheus text with route templates, never raw URLs, and process metrics', async () => {
      const created = await api.request<ProjectBody>('POST', '/api/projects', {
        as: asMember,
        body: { name: 'metrics-probe', modules: [] },
      });
      expect(created.status).toBe(201);
      const fetched = await api.request('GET', `/api/projects/${created.body.id}`, { as: asMember });
      expect(fetched.status).toBe(200);

      const reply = await api.request('GET', '/metrics', { as: 'anonymous' });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toMatch(/^text\/plain/);
      const text = reply.text;
      expect(text).toContain('# TYPE http_request_duration_seconds histogram');
      const buckets = text
        .split('\n')
        .filter((line) => line.startsWith('http_request_duration_seconds_bucket{'));
      expect(
        buckets.some(
          (line) =>
            line.includes('route="/api/projects/:id"') &&
            line.includes('method="GET"') &&
            line.includes('status_code="200"'),
        ),
      ).toBe(true);
      expect(text).not.toContain(created.body.id);
      expect(text).toMatch(/^process_cpu_user_seconds_total{service="data-api"} \d/m);
      expect(text).toMatch(/^process_resident_memory_bytes{service="data-api"} \d/m);
      expect(text).toMatch(/^nodejs_heap_size_used_bytes{service="data-api"} \d/m);
    });
  });

  describe('/openapi.json and /docs', () => {
    let document: OpenApiDocument;

    beforeAll(async () => {
      const reply = await api.request<OpenApiDocument>('GET', '/openapi.json', { as: 'anonymous' });
      expect(reply.status).toBe(200);
      document = reply.body;
    });

    it('is an OpenAPI 3 document', () => {
      expect(document.openapi).toMatch(/^3\./);
    });

    it('documents the resource paths', () => {
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/projects',
          '/api/projects/{id}',
          '/api/projects/bulk',
          '/api/task_executions/{id}',
          '/api/api_keys/verify',
        ]),
      );
      expect(document.paths['/api/projects']).toHaveProperty('get');
      expect(document.paths['/api/projects']).toHaveProperty('post');
      expect(document.paths['/api/projects/bulk']).toHaveProperty('post');
      expect(document.paths['/api/task_executions/{id}']).toHaveProperty('put');
      expect(document.paths['/api/api_keys/verify']).toHaveProperty('post');
    });

    it('has the ProblemDto schema', () => {
      expect(document.components?.schemas).toHaveProperty('ProblemDto');
    });

    it('leaves health and metrics out of the API description', () => {
      expect(Object.keys(document.paths)).not.toEqual(expect.arrayContaining(['/metrics']));
    });

    it('serves Swagger UI as HTML at /docs', async () => {
      let response = await api.app.inject({ method: 'GET', url: '/docs' });
      if (
        response.statusCode >= 300 &&
        response.statusCode < 400 &&
        typeof response.headers.location === 'string'
      ) {
        response = await api.app.inject({
          method: 'GET',
          url: new URL(response.headers.location, 'http://localhost/docs').pathname,
        });
      }
      expect(response.statusCode).toBe(200);
      expect(String(response.headers['content-type'])).toMatch(/^text\/html/);
      expect(response.body).toMatch(/<html/i);
      expect(response.body).toMatch(/swagger/i);
    });
  });

  describe('health and identity', () => {
    it('answers /health 200 without identity', async () => {
      const reply = await api.request('GET', '/health', { as: 'anonymous' });
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ status: 'ok' });
    });

    it('answers /ready 200 {status: ok} without identity', async () => {
      const reply = await api.request('GET', '/ready', { as: 'anonymous' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ status: 'ok' });
    });

    it('serves /metrics without identity', async () => {
      expect((await api.request('GET', '/metrics', { as: 'anonymous' })).status).toBe(200);
    });

    it('answers /api/projects without identity with 401', async () => {
      const reply = await api.request('GET', '/api/projects', { as: 'anonymous' });
      expectProblem(reply, 401, 'unauthorized');
    });

    it('answers /api/projects with an unknown telegram id or a wrong service token with 401', async () => {
      expectProblem(
        await api.request('GET', '/api/projects', { as: { telegramId: 987654321 } }),
        401,
        'unauthorized',
      );
      expectProblem(
        await api.request('GET', '/api/projects', { as: { token: 'wrong-token-wrong-token' } }),
        401,
        'unauthorized',
      );
    });
  });

  function asMemberId(): number {
    return api.users.member.telegram_id;
  }
});

describe('the committed OpenAPI document', () => {
  let api: DataApiHarness;
  beforeAll(async () => {
    api = await DataApiHarness.start();
  });
  afterAll(async () => {
    await api.close();
  });

  it('is the document the code serves (regenerate: node dist/apps/data-api/main.js openapi > apps/data-api/openapi.json)', async () => {
    const served = await api.request<object>('GET', '/openapi.json');
    const committed: unknown = JSON.parse(readFileSync(join(__dirname, '../openapi.json'), 'utf8'));
    expect(served.body).toEqual(committed);
  });
});
