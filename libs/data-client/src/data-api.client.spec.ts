import { NestFactory } from '@nestjs/core';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataApiClient, type DataApiClientOptions } from './data-api.client';
import { DataClientModule } from './data-client.module';
import { DataApiError, DataApiNetworkError, DataApiNotFoundError, DataApiUnaddressableError } from './errors';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Answer = { status: number; body?: unknown; contentType?: string; delayMs?: number };

/** A local stand-in for data-api answering from a script, one entry per request, and recording what it got. */
class StandIn {
  readonly seen: Seen[] = [];
  private server!: Server;

  constructor(private readonly script: (attempt: number) => Answer) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        });
        const answer = this.script(this.seen.length);
        const send = (): void => {
          res.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json' });
          res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
        };
        if (answer.delayMs === undefined) send();
        else setTimeout(send, answer.delayMs).unref();
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}

const PROJECT = {
  id: '7d1f9a52-3c0e-4c1a-9a8e-0b3f3f1c2d4e',
  created_at: '2025-01-01T00:00:00.000Z',
  updated_at: '2025-01-01T00:00:00.000Z',
  version: 1,
  name: 'p',
  description: null,
  status: 'created',
  owner_id: '0f9f1c2d-1111-4c1a-9a8e-0b3f3f1c2d4e',
  modules: [],
  repo_url: null,
  config: {},
  deleted_at: null,
};

const UNAVAILABLE = {
  status: 503,
  contentType: 'application/problem+json',
  body: {
    type: 'https://slipway.dev/problems/unavailable',
    title: 'Service unavailable',
    status: 503,
    detail: 'database unreachable',
    instance: '/api/projects',
    code: 'unavailable',
    request_id: 'r1',
  },
};

const fast: Partial<DataApiClientOptions> = { retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 } };

describe('DataApiClient transport', () => {
  const clients: DataApiClient[] = [];
  const standIns: StandIn[] = [];

  async function setUp(
    script: (attempt: number) => Answer,
    options: Partial<DataApiClientOptions> = fast,
  ): Promise<{ client: DataApiClient; standIn: StandIn }> {
    const standIn = new StandIn(script);
    standIns.push(standIn);
    const client = new DataApiClient({ baseUrl: await standIn.start(), serviceToken: 'token-1', ...options });
    clients.push(client);
    return { client, standIn };
  }

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(standIns.splice(0).map((s) => s.stop()));
  });

  it('retries a GET answered 503 twice and succeeds on the third attempt', async () => {
    const { client, standIn } = await setUp((n) => (n <= 2 ? UNAVAILABLE : { status: 200, body: PROJECT }));
    const result = await client.get('/api/projects/{id}', { params: { path: { id: PROJECT.id } } });
    expect(result.data).toEqual(PROJECT);
    expect(standIn.seen).toHaveLength(3);
    expect(new Set(standIn.seen.map((s) => s.headers['x-request-id'])).size).toBe(1);
  });

  it('gives up after the configured attempts and throws the last problem', async () => {
    const { client, standIn } = await setUp(() => UNAVAILABLE);
    const error = await client.get('/api/projects').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataApiError);
    expect(error).toMatchObject({ status: 503, code: 'unavailable', detail: 'database unreachable' });
    expect(standIn.seen).toHaveLength(3);
  });

  it('never retries a POST answered 503', async () => {
    const { client, standIn } = await setUp(() => UNAVAILABLE);
    const error = await client
      .post('/api/projects', { body: { name: 'p', modules: [] } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, code: 'unavailable' });
    expect(standIn.seen).toHaveLength(1);
    expect(JSON.parse(standIn.seen[0].body)).toEqual({ name: 'p', modules: [] });
  });

  it('retries a PATCH guarded by If-Match, resending the same body', async () => {
    const { client, standIn } = await setUp((n) => (n === 1 ? UNAVAILABLE : { status: 200, body: PROJECT }));
    const result = await client.patch('/api/projects/{id}', {
      params: { path: { id: PROJECT.id }, header: { 'if-match': '"1"' } },
      body: { name: 'renamed' },
    });
    expect(result.status).toBe(200);
    expect(standIn.seen.map((s) => [s.method, s.headers['if-match'], s.body])).toEqual([
      ['PATCH', '"1"', '{"name":"renamed"}'],
      ['PATCH', '"1"', '{"name":"renamed"}'],
    ]);
  });

  it('does not retry a PATCH without If-Match', async () => {
    const { client, standIn } = await setUp(() => UNAVAILABLE);
    await expect(
      client.patch('/api/projects/{id}', { params: { path: { id: PROJECT.id } }, body: { name: 'x' } }),
    ).rejects.toMatchObject({ status: 503 });
    expect(standIn.seen).toHaveLength(1);
  });

  it.each([
    ['a slash', '../users', '/api/projects/..%2Fusers'],
    ['a query', 'x?limit=1', '/api/projects/x%3Flimit%3D1'],
    ['a fragment', 'x#y', '/api/projects/x%23y'],
    ['a percent sign', '%2e%2e', '/api/projects/%252e%252e'],
    ['dots within the value', 'a..b', '/api/projects/a..b'],
  ])('keeps a path parameter with %s inside its own segment', async (_case, id, url) => {
    const { client, standIn } = await setUp(() => ({ status: 200, body: PROJECT }));
    await client.get('/api/projects/{id}', { params: { path: { id } } });
    expect(standIn.seen.map((s) => s.url)).toEqual([url]);
  });

  it.each([
    ['..', '..'],
    ['.', '.'],
    ['empty', ''],
  ])(
    'sends no request for a path parameter %s (a URL resolves it away) and fails as not found',
    async (_case, id) => {
      const { client, standIn } = await setUp(() => ({ status: 200, body: [] }));
      const error = await client
        .get('/api/artifacts/{id}', { params: { path: { id } } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataApiUnaddressableError);
      expect(error).toBeInstanceOf(DataApiNotFoundError);
      expect(error).toMatchObject({
        status: 404,
        code: 'not_found',
        method: 'GET',
        url: '/api/artifacts/{id}',
      });
      expect(standIn.seen).toEqual([]);
    },
  );

  it('sends the service token and a JSON body', async () => {
    const { client, standIn } = await setUp(() => ({ status: 201, body: PROJECT }));
    await client.post('/api/projects', { body: { name: 'p', modules: ['a'] } });
    expect(standIn.seen[0]).toMatchObject({
      method: 'POST',
      url: '/api/projects',
      headers: { 'x-service-token': 'token-1', 'content-type': 'application/json' },
    });
  });

  it('retries a refused GET connection, then throws a typed network error', async () => {
    const { client, standIn } = await setUp(() => ({ status: 200, body: PROJECT }));
    await standIn.stop();
    standIns.splice(0);
    const error = await client.get('/api/projects').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataApiNetworkError);
    expect(error).toMatchObject({
      kind: 'network',
      attempts: 3,
      timedOut: false,
      method: 'GET',
      message: expect.stringMatching(/ECONNREFUSED/),
    });
  });

  it('times out each attempt; a timed-out POST is attempted once', async () => {
    const { client, standIn } = await setUp(() => ({ status: 200, body: PROJECT, delayMs: 5_000 }), {
      ...fast,
      timeoutMs: 150,
    });
    const started = Date.now();
    const get = await client.get('/api/projects').catch((e: unknown) => e);
    expect(get).toMatchObject({ kind: 'network', attempts: 3, timedOut: true });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(standIn.seen).toHaveLength(3);

    const post = await client
      .post('/api/projects', { body: { name: 'p', modules: [] } })
      .catch((e: unknown) => e);
    expect(post).toMatchObject({ kind: 'network', attempts: 1, timedOut: true });
    expect(standIn.seen).toHaveLength(4);
  });

  it('reports a non-problem error answer as unexpected_response', async () => {
    const { client } = await setUp(() => ({
      status: 400,
      body: 'bad gateway page',
      contentType: 'text/html',
    }));
    const error = await client.get('/api/projects').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataApiError);
    expect(error).toMatchObject({ status: 400, code: 'unexpected_response', errors: [] });
  });

  it('is provided by DataClientModule.forRoot and closed with the app', async () => {
    const standIn = new StandIn(() => ({ status: 200, body: { items: [], next_cursor: null } }));
    standIns.push(standIn);
    const baseUrl = await standIn.start();
    const app = await NestFactory.createApplicationContext(
      DataClientModule.forRoot({ baseUrl, serviceToken: 'token-2', ...fast }),
      { logger: false },
    );
    const client = app.get(DataApiClient);
    const page = await client.get('/api/projects');
    expect(page.data).toEqual({ items: [], next_cursor: null });
    expect(standIn.seen[0].headers['x-service-token']).toBe('token-2');

    await app.close();
    await expect(client.get('/api/projects')).rejects.toBeInstanceOf(DataApiNetworkError);
    expect(standIn.seen).toHaveLength(1);
  });
});
