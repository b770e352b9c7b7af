import { testRedis } from '@slipway/devstack';
import {
  BUILT,
  startDataApiProcess,
  startServiceProcess,
  trustedHeaders,
  type DataApiProcess,
  type ServiceProcess,
} from '@slipway/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { waitFor } from '@slipway/devstack';

jest.setTimeout(90_000);

/**
 * One request followed across the suite's processes: the built data-api, orchestrator-runs and
 * agent-worker, each logging JSON to its own stdout, for a run whose first phase the create starts.
 */
describe('one request id across orchestrator-runs, agent-worker and data-api', () => {
  const serviceToken = `trace-token-${randomBytes(12).toString('hex')}`;
  const llmKey = `sk-trace-${randomBytes(12).toString('hex')}`;
  const redis = testRedis();
  let artifacts: string;
  let dataApi: DataApiProcess;
  let orchestrator: ServiceProcess;
  let worker: ServiceProcess;

  beforeAll(async () => {
    artifacts = await mkdtemp(join(tmpdir(), 'slipway-trace-'));
    dataApi = await startDataApiProcess({ SERVICE_TOKEN: serviceToken, LOG_LEVEL: 'info' });
    const shared = {
      SERVICE_TOKEN: serviceToken,
      DATA_API_URL: dataApi.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      ARTIFACTS_DIR: artifacts,
      PROFILES_DIR: join(__dirname, '../profiles'),
      LLM_API_KEY: llmKey,
      LOG_LEVEL: 'info',
    };
    orchestrator = await startServiceProcess(BUILT.orchestratorRuns, shared);
    // The transport logs each handled message at debug.
    worker = await startServiceProcess(BUILT.agentWorker, { ...shared, LOG_LEVEL: 'debug' });
  });
  afterAll(async () => {
    await worker?.stop();
    await orchestrator?.stop();
    await dataApi?.close();
    const client = new Redis(redis.url);
    const keys = await client.keys(`${redis.prefix}*`);
    if (keys.length) await client.del(...keys);
    await client.quit();
    await rm(artifacts, { recursive: true, force: true });
  });

  it('carries the id of a create over HTTP and the stream to every process, and logs no secret', async () => {
    const requestId = `trace-${randomUUID()}`;
    const user = { id: 'tracer', email: 'tracer@example.com' };
    const created = await fetch(`${orchestrator.url}/runs`, {
      method: 'POST',
      headers: {
        ...trustedHeaders(serviceToken, user),
        'content-type': 'application/json',
        'x-request-id': requestId,
      },
      body: JSON.stringify({ profile: 'analytics_forecast_app', mode: 'auto', intake: 'Trace me' }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe(requestId);
    const { run_id: runId } = (await created.json()) as { run_id: string };

    // The auto run's first phase runs on the worker and ends at the profile's first approval gate.
    await waitFor(async () => {
      const reply = await fetch(`${orchestrator.url}/runs/${runId}`, {
        headers: trustedHeaders(serviceToken, user),
      });
      const run = (await reply.json()) as { phases: { phase: string; status: string }[] };
      return run.phases[0]?.status === 'completed' ? run : undefined;
    }, 'the first phase to complete');

    const carrying = (process: ServiceProcess) =>
      process.logLines().filter((l) => l.request_id === requestId);
    await waitFor(
      async () => (carrying(worker).length > 0 ? true : undefined),
      'the worker to log the phase under the request id',
    );
    expect(carrying(orchestrator).map((l) => l.msg)).toContain('request completed');
    expect(carrying(worker).length).toBeGreaterThan(0);
    // data-api saw the id on the orchestrator's calls and on the worker's (its lease and its artifacts).
    const dataApiRoutes = carrying(dataApi).map((l) => `${String(l.method)} ${String(l.route)}`);
    expect(dataApiRoutes).toEqual(expect.arrayContaining(['POST /api/runs', 'POST /api/artifacts']));
    expect(dataApiRoutes.some((r) => r.startsWith('PATCH /api/run_phases'))).toBe(true);
    // The services' own reads (polling among them) are debug lines, not one line at info each.
    expect(dataApiRoutes.filter((r) => r.startsWith('GET '))).toEqual([]);

    for (const process of [dataApi, orchestrator, worker]) {
      expect(process.output()).not.toContain(serviceToken);
      expect(process.output()).not.toContain(llmKey);
    }
  });
});
