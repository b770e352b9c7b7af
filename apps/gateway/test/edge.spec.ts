import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testRedis } from '@slipway/devstack';
import { BUILT, type ServiceProcess, startServiceProcess, TEST_SERVICE_TOKEN } from '@slipway/testing';
import { Redis } from 'ioredis';
import {
  apiKeyOf,
  bearer,
  type DataApiFixture,
  type GatewayFixture,
  startDataApi,
  startGateway,
} from './harness';
import { UpstreamStandIn } from './upstream-stand-in';

jest.setTimeout(90_000);

const GITEA_SECRET = 'edge-gitea-secret-0123456789';
const FIXTURES = join(__dirname, '../../ci-jobs/test/fixtures/webhooks');
const signed = (bytes: Buffer) => createHmac('sha256', GITEA_SECRET).update(bytes).digest('hex');

/** The edges of the front door: webhooks into the real ci-jobs, limits shared by replicas, CORS, readiness, metrics. */
describe('gateway edges', () => {
  const redis = testRedis();
  let dataApi: DataApiFixture;
  let ciJobs: ServiceProcess;
  const orchestrator = new UpstreamStandIn('orchestrator-runs');
  let gateway: GatewayFixture;
  let replica: GatewayFixture;
  let memberKey: string;

  beforeAll(async () => {
    dataApi = await startDataApi();
    ciJobs = await startServiceProcess(BUILT.ciJobs, {
      SERVICE_TOKEN: TEST_SERVICE_TOKEN,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      DATA_API_URL: dataApi.url,
      GITEA_WEBHOOK_SECRET: GITEA_SECRET,
      LOG_LEVEL: 'warn',
    });
    const shared = {
      DATA_API_URL: dataApi.url,
      CI_JOBS_URL: ciJobs.url,
      ORCHESTRATOR_URL: await orchestrator.start(),
      RATE_LIMIT_EXPENSIVE_PER_MIN: '3',
      RATE_LIMIT_WEBHOOK_PER_MIN: '5',
      CORS_ORIGINS: 'http://console.example.com',
    };
    gateway = await startGateway(shared);
    // A second replica on the same Redis prefix: limits are counted once for both.
    replica = await startGateway({ ...shared, REDIS_PREFIX: gateway.config.REDIS_PREFIX });
    memberKey = (await apiKeyOf(dataApi, dataApi.users.member.id)).key;
  });
  afterAll(async () => {
    await replica?.close();
    await gateway?.close();
    await orchestrator.stop();
    await ciJobs?.stop();
    await dataApi?.close();
    const client = new Redis(redis.url);
    const keys = await client.keys(`${redis.prefix}*`);
    if (keys.length) await client.del(...keys);
    await client.quit();
  });

  it('passes a signed Gitea push through untouched, without a user, and ci-jobs accepts its signature', async () => {
    const bytes = readFileSync(join(FIXTURES, 'gitea-HookPush.json'));
    const answer = await fetch(`${gateway.url}/webhook/gitea`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-gitea-event': 'push',
        'x-gitea-delivery': randomUUID(),
        'x-gitea-signature': signed(bytes),
      },
      body: bytes,
    });
    expect(answer.status).toBeLessThan(300);
    const job = (await answer.json()) as { job_id: string };
    expect(job.job_id).toEqual(expect.any(String));
    const read = await fetch(`${gateway.url}/jobs/${job.job_id}`, { headers: bearer(memberKey) });
    expect(read.status).toBe(200);

    const tampered = Buffer.from(bytes.toString('utf8').replace('"ref"', '"ref" '));
    const refused = await fetch(`${gateway.url}/webhook/gitea`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-gitea-event': 'push',
        'x-gitea-signature': signed(bytes),
      },
      body: tampered,
    });
    expect(refused.status).toBe(401);
  });

  it('limits expensive routes per caller across replicas: 429 with Retry-After and RateLimit headers', async () => {
    const key = (await apiKeyOf(dataApi, dataApi.users.other.id)).key;
    const create = (url: string) =>
      fetch(`${url}/runs`, {
        method: 'POST',
        headers: { ...bearer(key), 'content-type': 'application/json' },
        body: '{}',
      });
    const first = await create(gateway.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('3');
    expect(first.headers.get('ratelimit-remaining')).toBe('2');
    expect((await create(replica.url)).status).toBe(200);
    expect((await create(gateway.url)).status).toBe(200);
    const refused = await create(replica.url);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(((await refused.json()) as { code: string }).code).toBe('rate_limited');
    // Reads are a class of their own, and another caller is not held back.
    expect((await fetch(`${gateway.url}/runs`, { headers: bearer(key) })).status).toBe(200);
    expect((await create(gateway.url)).status).toBe(429);
    const member = await fetch(`${gateway.url}/runs`, {
      method: 'POST',
      headers: { ...bearer(memberKey), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(member.status).toBe(200);
  });

  it('limits webhook deliveries per source IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const answer = await fetch(`${replica.url}/webhook/github`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-github-event': 'push' },
        body: '{}',
      });
      statuses.push(answer.status);
    }
    // Five per minute from this address, whichever replica and whichever forge: the first test
    // spent two; the rest reach ci-jobs (which refuses the unsigned bodies) until the limit.
    const passed = statuses.filter((status) => status !== 429);
    expect(passed.length).toBeLessThanOrEqual(5);
    expect(passed.every((status) => status === 401)).toBe(true);
    expect(statuses).toEqual([...passed, ...Array<number>(statuses.length - passed.length).fill(429)]);
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });

  it('answers CORS preflights for its own origin and CORS_ORIGINS only, with credentials', async () => {
    const preflight = (origin: string) =>
      fetch(`${gateway.url}/api/projects`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'x-csrf-token',
        },
      });
    const allowed = await preflight('http://console.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://console.example.com');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-max-age')).toBe('600');
    const refused = await preflight('http://evil.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const own = await preflight(new URL(gateway.config.PUBLIC_URL).origin);
    expect(own.headers.get('access-control-allow-origin')).toBe(new URL(gateway.config.PUBLIC_URL).origin);
  });

  it('names every upstream’s state in /ready, and is not ready only when it cannot authenticate', async () => {
    const ready = await fetch(`${gateway.url}/ready`);
    expect(ready.status).toBe(200);
    const degraded = await startGateway({
      DATA_API_URL: dataApi.url,
      CI_JOBS_URL: 'http://127.0.0.1:1',
      ORCHESTRATOR_URL: ciJobs.url,
    });
    const blind = await startGateway({ DATA_API_URL: 'http://127.0.0.1:1', CI_JOBS_URL: ciJobs.url });
    try {
      // ci-jobs down: still ready (its routes answer 503 themselves), and the answer says so.
      const answer = await fetch(`${degraded.url}/ready`);
      expect(answer.status).toBe(200);
      const text = await answer.text();
      expect(text).toContain('"ci-jobs":"down (unreachable)"');
      expect(text).toContain('"data-api":"up"');
      expect(text).not.toContain('cost-api');
      // data-api down: no key or session can be checked — not ready, naming it.
      const notReady = await fetch(`${blind.url}/ready`);
      expect(notReady.status).toBe(503);
      expect(((await notReady.json()) as { detail: string }).detail).toContain(
        'data-api: down (unreachable)',
      );
    } finally {
      await blind.close();
      await degraded.close();
    }
  });

  it('exposes proxied durations by route class, upstream and status, and upstream errors', async () => {
    await fetch(`${gateway.url}/api/projects`, { headers: bearer(memberKey) });
    const text = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(text).toMatch(
      /gateway_proxied_request_duration_seconds_count\{[^}]*route_class="default"[^}]*upstream="data-api"[^}]*status_code="200"/,
    );
    expect(text).toMatch(/gateway_rate_limited_total\{[^}]*route_class="expensive"/);
    expect(text).toContain('gateway_auth_cache_total');
  });
});
