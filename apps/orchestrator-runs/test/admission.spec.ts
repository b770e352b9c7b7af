import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RUNS_STREAMS, type ProblemDto } from '@slipway/contracts';
import type { RunDetail, RunSummary } from '@slipway/contracts/runs';
import { LeaseKeeper } from '@slipway/cost-client';
import { waitFor } from '@slipway/devstack';
import { createApp, loadConfig } from '@slipway/platform';
import { StreamProducer } from '@slipway/streams';
import {
  attachToOrganization,
  dailyQuotaRefusal,
  startCostValidatorStandIn,
  type CostValidatorStandIn,
} from '@slipway/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppModule, DESCRIPTION } from '../src/app.module';
import { OrchestratorConfig } from '../src/config';
import { RunsHarness, SERVICE_TOKEN, type User } from './harness';

jest.setTimeout(60_000);

const HEARTBEAT_MS = 100;

/** The outside world of this file: cost-api's validator, as a local stand-in; everything else is real. */
describe('admission of runs by cost-api’s validator', () => {
  let standIn: CostValidatorStandIn;
  let h: RunsHarness;
  let owner: User;
  let inOrg: string;
  let outside: string;

  beforeAll(async () => {
    standIn = await startCostValidatorStandIn({
      serviceToken: SERVICE_TOKEN,
      heartbeatIntervalMs: HEARTBEAT_MS,
    });
    h = await RunsHarness.start({ api: { COST_API_URL: standIn.url } });
    owner = { id: h.dataApi.users.member.id, email: 'member@example.com' };
    const project = async (name: string) =>
      (await h.client.post('/api/projects', { body: { name, modules: [], owner_id: owner.id } })).data.id;
    inOrg = await project('Counted');
    outside = await project('Uncounted');
    await attachToOrganization(h.client, inOrg, 'acme-runs');
  });
  afterAll(async () => {
    await h.close();
    await standIn.close();
  });
  afterEach(() => standIn.refuse(null));

  const create = (body: Record<string, unknown>) =>
    h.request<RunSummary>('POST', '/runs', { as: owner, body });
  const runsOf = async (projectId: string) =>
    (await h.client.get('/api/runs', { params: { query: { project_id: projectId } } })).data.items;
  const ended = (id: string) =>
    waitFor(async () => {
      const { body } = await h.request<RunDetail>('GET', `/runs/${id}`, { as: owner });
      return ['completed', 'failed', 'cancelled', 'crashed'].includes(body.status) ? body : undefined;
    }, `run ${id} to end`);
  const completed = (id: string) =>
    waitFor(async () => standIn.callsOf('complete', id)[0], `the completion of run ${id}`);

  it('asks nothing for a run of a project in no organization, nor of no project', async () => {
    const before = standIn.calls.length;
    expect((await create({ profile: 'analytics_forecast_app', project_id: outside })).status).toBe(201);
    expect((await create({ profile: 'analytics_forecast_app' })).status).toBe(201);
    await sleep(HEARTBEAT_MS * 3);
    expect(standIn.calls.slice(before)).toEqual([]);
  });

  it('validates a run of an organization’s project before it starts, renews its slot, completes it succeeded', async () => {
    const created = await create({ profile: 'analytics_forecast_app', project_id: inOrg, mode: 'auto' });
    expect(created.status).toBe(201);
    const id = created.body.run_id;
    const [validate] = standIn.callsOf('validate', id);
    expect(validate).toMatchObject({
      org: 'acme-runs',
      status: 200,
      body: {
        kind: 'run',
        pipeline_id: id,
        project_id: inOrg,
        profile: 'analytics_forecast_app',
        requested_by: owner.id,
      },
    });
    // The template provider calls no one: no provider or models to check.
    expect(validate?.body).not.toHaveProperty('provider');
    expect(validate?.headers['x-service-token']).toBe(SERVICE_TOKEN);

    expect((await ended(id)).status).toBe('completed');
    const complete = await completed(id);
    expect(complete.body).toMatchObject({ kind: 'run', pipeline_id: id, outcome: 'succeeded' });
    const steps = complete.body.steps as { name: string; status: string; started_at?: string }[];
    expect(steps.map((s) => s.name)).toEqual([
      'planning',
      'architecture',
      'data',
      'development',
      'qa',
      'documentation',
    ]);
    expect(steps.every((s) => s.status === 'completed' && typeof s.started_at === 'string')).toBe(true);
    const order = standIn.calls.filter((c) => c.body.pipeline_id === id).map((c) => c.action);
    expect(order[0]).toBe('validate');
    expect(order.at(-1)).toBe('complete');

    // Released: no heartbeat after the completion.
    const beats = standIn.callsOf('heartbeat', id).length;
    await sleep(HEARTBEAT_MS * 4);
    expect(standIn.callsOf('heartbeat', id)).toHaveLength(beats);
  });

  it('renews the slot of an active run at its interval, and completes a cancelled run cancelled', async () => {
    const { body: run } = await create({ profile: 'analytics_forecast_app', project_id: inOrg });
    const beats = await waitFor(async () => {
      const sent = standIn.callsOf('heartbeat', run.run_id);
      return sent.length >= 3 ? sent : undefined;
    }, 'three heartbeats of the active run');
    expect(beats.every((beat) => beat.status === 200 && beat.org === 'acme-runs')).toBe(true);

    expect((await h.request('POST', `/runs/${run.run_id}/cancel`, { as: owner })).status).toBe(200);
    const complete = await completed(run.run_id);
    expect(complete.body).toMatchObject({ outcome: 'cancelled', detail: `cancelled by ${owner.id}` });
    expect(standIn.held()).not.toContain(`run:${run.run_id}`);
  });

  it('answers a refused admission 429 quota_exceeded with cost-api’s figures and Retry-After, and creates nothing', async () => {
    standIn.refuse(dailyQuotaRefusal('acme-runs', 3));
    const before = (await runsOf(inOrg)).length;
    const reply = await h.request<ProblemDto>('POST', '/runs', {
      as: owner,
      body: { profile: 'analytics_forecast_app', project_id: inOrg, mode: 'auto' },
    });
    expect(reply.status).toBe(429);
    expect(String(reply.headers['content-type'])).toMatch(/^application\/problem\+json/);
    expect(reply.headers['retry-after']).toBe('3600');
    expect(reply.body).toMatchObject({
      code: 'quota_exceeded',
      status: 429,
      detail: expect.stringMatching(/used its 3 daily pipelines; resets at 2031-01-02/),
      errors: [{ field: 'daily_pipelines', message: expect.stringMatching(/used 3 of 3/) }],
    });
    expect(await runsOf(inOrg)).toHaveLength(before);

    const clone = await h.request<ProblemDto>('POST', `/runs/${(await runsOf(inOrg))[0]?.id}/clone`, {
      as: owner,
    });
    expect(clone.status).toBe(429);
    expect(await runsOf(inOrg)).toHaveLength(before);
  });

  it('fails closed while cost-api cannot be reached: 503 upstream_unavailable and no run', async () => {
    const port = new URL(standIn.url).port;
    await standIn.close();
    try {
      const before = (await runsOf(inOrg)).length;
      const reply = await h.request<ProblemDto>('POST', '/runs', {
        as: owner,
        body: { profile: 'analytics_forecast_app', project_id: inOrg },
      });
      expect(reply.status).toBe(503);
      expect(reply.body).toMatchObject({
        code: 'upstream_unavailable',
        detail: expect.stringMatching(/cost-api/),
      });
      expect(await runsOf(inOrg)).toHaveLength(before);
      // A run of a project in no organization needs no admission and still starts.
      expect((await create({ profile: 'analytics_forecast_app', project_id: outside })).status).toBe(201);
    } finally {
      standIn = await startCostValidatorStandIn({
        serviceToken: SERVICE_TOKEN,
        heartbeatIntervalMs: HEARTBEAT_MS,
        port: Number(port),
      });
    }
  });

  it('leaves an engineering task blocked with the reason when its run is refused', async () => {
    standIn.refuse(dailyQuotaRefusal('acme-runs'));
    const { data: task } = await h.client.post('/api/tasks', {
      body: { project_id: inOrg, type: 'engineering', title: 'Refused work' },
    });
    const producer = new StreamProducer({
      url: h.redisUrl,
      prefix: h.prefix,
      producer: 'test',
      contracts: RUNS_STREAMS,
    });
    await producer.emit('engineering:queue', { task_id: task.id, project_id: inOrg });
    await producer.close();
    const blocked = await waitFor(async () => {
      const { data } = await h.client.get('/api/tasks/{id}', { params: { path: { id: task.id } } });
      return data.status === 'blocked' ? data : undefined;
    }, 'the task to be blocked');
    expect(blocked.result).toEqual({ error: expect.stringMatching(/^quota exceeded: acme-runs has used/) });
  });

  it('takes the slots of active runs up again after a restart, counting nothing twice', async () => {
    const { body: run } = await create({ profile: 'analytics_forecast_app', project_id: inOrg });
    // The first process stops renewing (as if it died); a new one boots on the same records.
    h.api.get(LeaseKeeper).onApplicationShutdown();
    const restarted = await startApi(h, standIn.url);
    try {
      const again = await waitFor(
        async () => standIn.callsOf('validate', run.run_id)[1],
        'the run to be validated again',
      );
      expect(again.status).toBe(200);
      const validations = standIn.callsOf('validate', run.run_id).length;
      const beats = standIn.callsOf('heartbeat', run.run_id).length;
      await waitFor(
        async () => (standIn.callsOf('heartbeat', run.run_id).length >= beats + 3 ? true : undefined),
        'three heartbeats from the restarted process',
      );
      expect(standIn.callsOf('validate', run.run_id)).toHaveLength(validations);
    } finally {
      await restarted.close();
    }
  });

  it('names the provider and every model the agents will call when they call a real one', async () => {
    const { data: agent } = await h.client.post('/api/agent_configs', {
      body: { name: 'architect', provider: 'openai', model: 'gpt-4.1-mini' },
    });
    const api = await startApi(h, standIn.url, { LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-4.1' });
    try {
      const reply = await api.inject({
        method: 'POST',
        url: '/runs',
        headers: {
          'content-type': 'application/json',
          'x-service-token': SERVICE_TOKEN,
          'x-user-id': owner.id,
        },
        payload: JSON.stringify({ profile: 'analytics_forecast_app', project_id: inOrg }),
      });
      expect(reply.statusCode).toBe(201);
      const id = (JSON.parse(reply.body) as RunSummary).run_id;
      expect(standIn.callsOf('validate', id)[0]?.body).toMatchObject({
        provider: 'openai',
        models: ['gpt-4.1', 'gpt-4.1-mini'],
      });
    } finally {
      await api.close();
      await h.client.delete('/api/agent_configs/{id}', { params: { path: { id: agent.id } } });
    }
  });
});

/** Another orchestrator API on the harness's data-api and Redis, as a restarted process would be. */
async function startApi(
  h: RunsHarness,
  costApiUrl: string,
  env: Record<string, string> = {},
): Promise<NestFastifyApplication> {
  const config = loadConfig(OrchestratorConfig, {
    ...h.workerEnv(),
    COST_API_URL: costApiUrl,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const { app } = await createApp(AppModule.register(config), config, DESCRIPTION);
  await app.init();
  return app;
}
