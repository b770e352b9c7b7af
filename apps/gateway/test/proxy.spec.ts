import { createHash } from 'node:crypto';
import { type ClientRequest, get, request } from 'node:http';
import { waitFor } from '@slipway/devstack';
import { TEST_SERVICE_TOKEN } from '@slipway/testing';
import {
  apiKeyOf,
  bearer,
  type DataApiFixture,
  type GatewayFixture,
  startDataApi,
  startGateway,
} from './harness';
import { type Echo, UpstreamStandIn } from './upstream-stand-in';

jest.setTimeout(90_000);

describe('gateway routing, forwarding and upstream failures', () => {
  let dataApi: DataApiFixture;
  let gateway: GatewayFixture;
  const orchestrator = new UpstreamStandIn('orchestrator-runs');
  const ciJobs = new UpstreamStandIn('ci-jobs');
  let memberKey: string;

  beforeAll(async () => {
    dataApi = await startDataApi();
    gateway = await startGateway({
      DATA_API_URL: dataApi.url,
      ORCHESTRATOR_URL: await orchestrator.start(),
      CI_JOBS_URL: await ciJobs.start(),
      COST_API_URL: 'http://127.0.0.1:1',
      UPSTREAM_TIMEOUT_MS: '500',
    });
    memberKey = (await apiKeyOf(dataApi, dataApi.users.member.id)).key;
  });
  afterAll(async () => {
    await gateway?.close();
    await orchestrator.stop();
    await ciJobs.stop();
    await dataApi?.close();
  });

  const echoOf = async (path: string, init: RequestInit = {}): Promise<Echo> => {
    const answer = await fetch(`${gateway.url}${path}`, {
      ...init,
      headers: { ...bearer(memberKey), ...(init.headers as Record<string, string> | undefined) },
    });
    expect(answer.status).toBe(200);
    return (await answer.json()) as Echo;
  };

  it('routes each path to its service, the more specific route winning, path and query unchanged', async () => {
    const cases: [string, string, string][] = [
      ['GET', '/runs?limit=5', 'orchestrator-runs'],
      ['GET', '/runs/abc/artifacts?page=2', 'orchestrator-runs'],
      ['POST', '/api/planner/generate', 'orchestrator-runs'],
      ['POST', '/api/agent/chat', 'orchestrator-runs'],
      ['POST', '/api/tasks/7d6f/decompose', 'orchestrator-runs'],
      ['GET', '/api/tasks/7d6f/runs', 'orchestrator-runs'],
      ['GET', '/jobs', 'ci-jobs'],
      ['DELETE', '/jobs/j1', 'ci-jobs'],
    ];
    for (const [method, path, upstream] of cases) {
      const echo = await echoOf(path, { method });
      expect({ upstream: echo.upstream, method: echo.method, url: echo.url }).toEqual({
        upstream,
        method,
        url: path,
      });
    }
    // /api/tasks itself (and the rest of /api) stays with data-api.
    const tasks = await fetch(`${gateway.url}/api/tasks?limit=1`, { headers: bearer(memberKey) });
    expect(tasks.status).toBe(200);
    expect(((await tasks.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('forwards the verified user with the service token and drops every identity header the client sent', async () => {
    const echo = await echoOf('/runs', {
      headers: {
        'x-user-id': dataApi.users.admin.id,
        'x-user-role': 'admin',
        'x-user-email': 'mallory@example.com',
        'x-telegram-id': '1001',
        'x-service-token': 'guessed-token-0123456789',
        'x-request-id': 'trace-me-1',
        'x-api-key': 'org-key-for-cost-api',
        cookie: 'other=1',
        'x-forwarded-for': '6.6.6.6',
        forwarded: 'for=6.6.6.6',
      },
    });
    expect(echo.headers['x-user-id']).toBe(dataApi.users.member.id);
    expect(echo.headers['x-user-role']).toBe('member');
    expect(echo.headers['x-user-email']).toBeUndefined();
    expect(echo.headers['x-telegram-id']).toBeUndefined();
    expect(echo.headers['x-service-token']).toBe(TEST_SERVICE_TOKEN);
    expect(echo.headers.authorization).toBeUndefined();
    expect(echo.headers.cookie).toBeUndefined();
    expect(echo.headers['x-request-id']).toBe('trace-me-1');
    // An organization's key is cost-api's alone: no other service is sent it.
    expect(echo.headers['x-api-key']).toBeUndefined();
    // No proxy in front is trusted here: the client's own chain is replaced by its address.
    expect(echo.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(echo.headers.forwarded).toBeUndefined();
  });

  it('behind a trusted proxy, passes on the chain it vouches for, and the client address is its', async () => {
    const behind = await startGateway({
      DATA_API_URL: dataApi.url,
      ORCHESTRATOR_URL: gateway.config.ORCHESTRATOR_URL,
      CI_JOBS_URL: gateway.config.CI_JOBS_URL,
      TRUST_PROXY_HOPS: '1',
    });
    try {
      const answer = await fetch(`${behind.url}/runs`, {
        headers: { ...bearer(memberKey), 'x-forwarded-for': '198.51.100.7, 203.0.113.9' },
      });
      const echo = (await answer.json()) as Echo;
      // One hop trusted (the ingress at 127.0.0.1): the address it names is the client's; the
      // one before it, written by the client, is not passed on.
      expect(echo.headers['x-forwarded-for']).toBe('203.0.113.9, 127.0.0.1');
    } finally {
      await behind.close();
    }
  });

  it('streams a request body through byte for byte', async () => {
    const body = Buffer.from(`{"name":"ünïcode",  "spacing" :  [1, 2,3]}\n`, 'utf8');
    const echo = await echoOf('/jobs', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(echo.body_sha256).toBe(createHash('sha256').update(body).digest('hex'));
    const large = Buffer.alloc(3 * 1024 * 1024, 'x');
    const big = await echoOf('/jobs', {
      method: 'PUT',
      body: large,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(big.body_bytes).toBe(large.length);
  });

  it('answers 504 upstream_timeout when a service is too slow, 503 when it is down or not configured', async () => {
    const slow = await fetch(`${gateway.url}/runs/x/slow`, { headers: bearer(memberKey) });
    expect(slow.status).toBe(504);
    expect(((await slow.json()) as { code: string }).code).toBe('upstream_timeout');
    const down = await fetch(`${gateway.url}/api/v1/organizations`, { headers: bearer(memberKey) });
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await down.json()) as { code: string; detail: string };
    expect(problem.code).toBe('upstream_unavailable');
    expect(problem.detail).not.toMatch(/127\.0\.0\.1|ECONN/);
  });

  /** A request sent exactly as written (fetch would resolve `\\` and dot segments itself). */
  const raw = (method: string, path: string, headers: Record<string, string> = {}, body?: Buffer) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const sent = request(
        {
          host: '127.0.0.1',
          port: new URL(gateway.url).port,
          path,
          method,
          headers: { ...bearer(memberKey), ...headers },
        },
        (answer) => {
          let text = '';
          answer.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
          answer.on('end', () => resolve({ status: answer.statusCode ?? 0, text }));
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });

  it('refuses a path a service would read as another one than the gateway routed and scoped', async () => {
    const before = orchestrator.received.length + ciJobs.received.length;
    for (const [method, path] of [
      ['POST', '/api/%75sers'],
      ['POST', '/api/x\\..\\users'],
      ['POST', '/api/x%5C..%5Cusers'],
      ['GET', '/jobs/j1/%6cogs'],
      ['GET', '/jobs/j1/logs/'],
      ['GET', '/runs//x'],
      ['POST', '/webhook/x/../../jobs'],
    ]) {
      const answer = await raw(method, path);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.text).toContain('canonical form');
    }
    expect(orchestrator.received.length + ciJobs.received.length).toBe(before);
  });

  it('drops hop-by-hop headers of the client’s connection instead of failing the request', async () => {
    const body = Buffer.alloc(64 * 1024, 'y');
    const answer = await raw(
      'POST',
      '/jobs',
      { 'keep-alive': 'timeout=5', te: 'trailers', 'content-type': 'application/octet-stream' },
      body,
    );
    expect(answer.status).toBe(200);
    const echo = JSON.parse(answer.text) as Echo;
    expect(echo.body_bytes).toBe(body.length);
    expect(echo.headers['keep-alive']).toBeUndefined();
    expect(echo.headers.te).toBeUndefined();
  });

  it('bounds the wait for a stream’s headers like any request (504), though never its body', async () => {
    const started = Date.now();
    const answer = await fetch(`${gateway.url}/runs/hang/events`, { headers: bearer(memberKey) });
    expect(answer.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('passes event streams unbuffered, uncompressed, with Last-Event-ID, and closes the upstream when the client leaves', async () => {
    const controller = new AbortController();
    const answer = await fetch(`${gateway.url}/runs/r1/events`, {
      headers: { ...bearer(memberKey), 'last-event-id': '41', 'accept-encoding': 'gzip' },
      signal: controller.signal,
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/event-stream');
    expect(answer.headers.get('x-accel-buffering')).toBe('no');
    expect(answer.headers.get('content-encoding')).toBeNull();
    const reader = answer.body?.getReader();
    if (!reader) throw new Error('the stream has no body');
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain('"last_event_id":"41"');
    controller.abort();
    await waitFor(
      async () => (orchestrator.openStreams.size === 0 ? true : undefined),
      'the upstream stream to close',
      5_000,
    );
  });

  it('leaks no upstream stream when 200 clients open and drop event streams', async () => {
    const before = orchestrator.streamsOpened;
    // Clients that leave as browsers do: the connection closes.
    const clients = await Promise.all(
      Array.from(
        { length: 200 },
        (_, i) =>
          new Promise<{ status: number; request: ClientRequest }>((resolve, reject) => {
            const request = get(
              `${gateway.url}/jobs/j${i}/logs`,
              { headers: bearer(memberKey), agent: false },
              (answer) => answer.once('data', () => resolve({ status: answer.statusCode ?? 0, request })),
            );
            request.once('error', reject);
          }),
      ),
    );
    expect(clients.every((client) => client.status === 200)).toBe(true);
    expect(ciJobs.openStreams.size).toBe(200);
    for (const client of clients) client.request.destroy();
    await waitFor(
      async () => (ciJobs.openStreams.size === 0 ? true : undefined),
      'every upstream stream to close',
      10_000,
    );
    expect(orchestrator.streamsOpened).toBe(before);
  });
});

describe('gateway and cost-api’s organization keys', () => {
  let dataApi: DataApiFixture;
  let gateway: GatewayFixture;
  const cost = new UpstreamStandIn('cost-api');

  beforeAll(async () => {
    dataApi = await startDataApi();
    gateway = await startGateway({ DATA_API_URL: dataApi.url, COST_API_URL: await cost.start() });
  });
  afterAll(async () => {
    await gateway?.close();
    await cost.stop();
    await dataApi?.close();
  });

  it('passes a request carrying only X-API-Key to cost-api as nobody, for cost-api to verify the key', async () => {
    const answer = await fetch(`${gateway.url}/api/v1/organizations/acme`, {
      headers: {
        'x-api-key': 'slwo_key-cost-api-verifies',
        'x-service-token': 'forged',
        'x-user-id': 'mallory',
      },
    });
    expect(answer.status).toBe(200);
    const echo = (await answer.json()) as Echo;
    expect(echo.upstream).toBe('cost-api');
    expect(echo.headers['x-api-key']).toBe('slwo_key-cost-api-verifies');
    expect(echo.headers['x-service-token']).toBeUndefined();
    expect(echo.headers['x-user-id']).toBeUndefined();
  });

  it('still asks for a gateway credential elsewhere, and forwards the user when one is given', async () => {
    const elsewhere = await fetch(`${gateway.url}/api/projects`, {
      headers: { 'x-api-key': 'slwo_anything' },
    });
    expect(elsewhere.status).toBe(401);
    const key = (await apiKeyOf(dataApi, dataApi.users.member.id)).key;
    const answer = await fetch(`${gateway.url}/api/v1/organizations/acme`, {
      headers: { ...bearer(key), 'x-api-key': 'slwo_also-sent' },
    });
    const echo = (await answer.json()) as Echo;
    expect(echo.headers['x-user-id']).toBe(dataApi.users.member.id);
    expect(echo.headers['x-service-token']).toBe(TEST_SERVICE_TOKEN);
    expect(echo.headers['x-api-key']).toBe('slwo_also-sent');
  });
});
