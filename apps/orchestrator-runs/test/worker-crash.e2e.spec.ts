import type { ProblemDto } from '@slipway/contracts';
import { freePort, waitFor } from '@slipway/devstack';
import { type ChildProcess, spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { AdvanceRunResponse, RunDetail, RunSummary } from '@slipway/contracts/runs';
import { RunsHarness } from './harness';
import { startOpenAiStandIn, STAND_IN_API_KEY, type OpenAiStandIn } from './support/openai-stand-in';

const WORKER = join(__dirname, '../../../dist/apps/orchestrator-runs/worker.js');

// Two worker processes start and a lease lapses before the phase is taken over: slow on a busy machine.
jest.setTimeout(90_000);

describe('an agent worker killed mid-phase (SIGKILL)', () => {
  let standIn: OpenAiStandIn;
  let h: RunsHarness;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    standIn = await startOpenAiStandIn({ apiKey: STAND_IN_API_KEY });
    h = await RunsHarness.start({
      shared: { LLM_PROVIDER: 'openai', LLM_MODEL: 'gpt-stand-in' },
      api: { NEXT_WAIT_MS: '200' },
      worker: false,
    });
  });
  afterAll(async () => {
    for (const worker of workers)
      if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await h.close();
    await standIn.close();
  });

  async function startWorker(env: Record<string, string> = {}): Promise<ChildProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [WORKER], {
      env: {
        ...process.env,
        ...h.workerEnv(),
        PORT: String(port),
        LOG_LEVEL: 'warn',
        LLM_PROVIDER: 'openai',
        LLM_MODEL: 'gpt-stand-in',
        LLM_BASE_URL: `${standIn.url}/v1`,
        LLM_API_KEY: STAND_IN_API_KEY,
        LEASE_MS: '1500',
        HEARTBEAT_MS: '300',
        REAPER_INTERVAL_MS: '500',
        VISIBILITY_TIMEOUT_MS: '2500',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    workers.push(child);
    await waitFor(
      async () =>
        (await fetch(`http://127.0.0.1:${port}/ready`).then(
          (r) => r.ok,
          () => false,
        )) || undefined,
      'the worker to become ready',
    );
    return child;
  }

  async function stopWorkers(): Promise<void> {
    await Promise.all(
      workers
        .filter((w) => w.exitCode === null && w.signalCode === null)
        .map((w) => new Promise((resolve) => w.once('exit', resolve).kill('SIGTERM'))),
    );
  }

  it('leaves nothing stuck: the phase is taken over and the run advances', async () => {
    const [first, second] = [await startWorker(), await startWorker()];
    const created = await h.request<RunSummary>('POST', '/runs', {
      body: { profile: 'analytics_forecast_app' },
    });
    const id = created.body.run_id;
    standIn.script({ kind: 'slow', delayMs: 60_000 }, 1);
    const next = await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`);
    expect(next.status).toBe(202);

    const owner = await waitFor(async () => {
      const { data } = await h.client.get('/api/run_phases', {
        params: { query: { run_id: id, phase: ['planning'], limit: 1 } },
      });
      return data.items[0]?.lease_owner ?? undefined;
    }, 'a worker to take the phase');
    const victim = [first, second].find((w) => owner.startsWith(`${hostname()}-${w.pid}:`));
    if (!victim) throw new Error(`no spawned worker holds the lease (${owner})`);
    victim.kill('SIGKILL');

    const advanced = await waitFor(async () => {
      const detail = await h.request<RunDetail>('GET', `/runs/${id}`);
      return detail.body.current_phase === 'architecture' ? detail.body : undefined;
    }, 'the phase to be completed by the surviving worker');
    expect(advanced.status).toBe('running');
    expect(advanced.phases[0]).toMatchObject({ phase: 'planning', status: 'completed' });
    expect(advanced.phases[0].attempt).toBeGreaterThanOrEqual(2);
    const { data } = await h.client.get('/api/run_phases', {
      params: { query: { run_id: id, status: ['running'], limit: 10 } },
    });
    expect(data.items).toEqual([]);

    // Every phase request names a request as its correlation, never the run: the first the /next
    // that dispatched it, the reaper's re-dispatch the sweep that found the lease lapsed.
    const requests = (await h.redis.xrange(`${h.prefix}runs.phase-requests`, '-', '+'))
      .map(([, fields]) => JSON.parse(fields[1]) as { correlationId: string; payload: { run_id: string } })
      .filter((envelope) => envelope.payload.run_id === id);
    expect(requests[0].correlationId).toBe(next.headers['x-request-id']);
    expect(requests.map((envelope) => envelope.correlationId)).not.toContain(id);
  });

  it('on start, a worker recovers what a crash left: out of attempts, the phase fails and the run is crashed', async () => {
    await stopWorkers();
    const only = await startWorker({ PHASE_MAX_ATTEMPTS: '1' });
    const created = await h.request<RunSummary>('POST', '/runs', {
      body: { profile: 'analytics_forecast_app' },
    });
    const id = created.body.run_id;
    standIn.script({ kind: 'slow', delayMs: 60_000 }, 1);
    expect((await h.request('POST', `/runs/${id}/next`)).status).toBe(202);
    await waitFor(async () => {
      const { data } = await h.client.get('/api/run_phases', {
        params: { query: { run_id: id, phase: ['planning'], limit: 1 } },
      });
      return data.items[0]?.lease_owner ?? undefined;
    }, 'the worker to take the phase');
    only.kill('SIGKILL');
    // Nothing runs while no worker lives; the next one to start sweeps lapsed leases first.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    await startWorker({ PHASE_MAX_ATTEMPTS: '1' });
    const crashed = await waitFor(async () => {
      const detail = await h.request<RunDetail>('GET', `/runs/${id}`);
      return detail.body.status === 'crashed' ? detail.body : undefined;
    }, 'the run to be reported crashed');
    expect(crashed.error).toMatch(/^planning: lost/);
    expect(crashed.phases[0]).toMatchObject({ status: 'failed', attempt: 1 });
    const ended = await h.request<ProblemDto>('POST', `/runs/${id}/next`);
    expect([ended.status, ended.body.code]).toEqual([409, 'run_ended']);
  });
});
