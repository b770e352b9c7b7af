import type {
  AdmissionDto,
  Page,
  PipelineRunDto,
  PipelineStepLogDto,
  PipelineTransitionDto,
  ProblemDto,
  QuotaDto,
  QuotaRepairDto,
} from '@slipway/contracts';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CostHarness, type TestOrg } from './harness';

const LEASE_MS = 1500;

describe('pipeline validator', () => {
  let cost: CostHarness;

  beforeAll(async () => {
    cost = await CostHarness.start({ ADMISSION_LEASE_MS: String(LEASE_MS) });
  });
  afterAll(async () => {
    await cost.close();
  });

  const validate = (org: TestOrg, body: Record<string, unknown>) =>
    cost.request<AdmissionDto & ProblemDto>(
      'POST',
      `/api/v1/validator/validate/${org.slug}`,
      { service: true },
      { body },
    );
  const complete = (org: TestOrg, body: Record<string, unknown>) =>
    cost.request<PipelineRunDto>(
      'POST',
      `/api/v1/validator/complete/${org.slug}`,
      { service: true },
      { body },
    );
  const quota = async (org: TestOrg) =>
    (await cost.request<QuotaDto>('GET', `/api/v1/organizations/${org.slug}/quota`, { key: org.key })).body;
  const run = () => ({ kind: 'run', pipeline_id: randomUUID() });

  it('admits, counts once however often validated, and gives the slot back on complete', async () => {
    const org = await cost.createOrg();
    const pipeline = run();
    const first = await validate(org, { ...pipeline, profile: 'default', requested_by: 'alice' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      admitted: true,
      counted: true,
      credential: 'suite',
      usage: { daily: 1, concurrent: 1 },
    });
    const again = await validate(org, pipeline);
    expect(again.body).toMatchObject({ counted: false, pipeline_run_id: first.body.pipeline_run_id });
    expect(await quota(org)).toMatchObject({ pipelines_run_today: 1, concurrent_pipelines_running: 1 });

    const done = await complete(org, {
      ...pipeline,
      outcome: 'succeeded',
      steps: [{ name: 'build', status: 'succeeded' }],
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('succeeded');
    expect(await quota(org)).toMatchObject({ pipelines_run_today: 1, concurrent_pipelines_running: 0 });
    const transitions = await cost.request<PipelineTransitionDto[]>(
      'GET',
      `/api/v1/pipelines/${org.slug}/runs/${first.body.pipeline_run_id}/transitions`,
      { key: org.key },
    );
    expect(transitions.body.map((t) => [t.from_status, t.to_status])).toEqual([
      [null, 'admitted'],
      ['admitted', 'succeeded'],
    ]);
    const ended = await validate(org, pipeline);
    expect(ended.status).toBe(409);
  });

  it('refuses past the concurrency limit with the quota, its figures and Retry-After', async () => {
    const org = await cost.createOrg();
    for (let i = 0; i < 3; i += 1) expect((await validate(org, run())).status).toBe(200);
    const refused = await validate(org, run());
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.code).toBe('quota_exceeded');
    expect(refused.body.errors?.[0]).toMatchObject({ field: 'concurrent_pipelines' });
    expect(refused.body.errors?.[0].message).toMatch(/^used 3, limit 3, resets_at /);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const { data } = await cost.client.get('/api/pipeline_runs', {
      params: { query: { org_id: org.id, count: true } },
    });
    expect(data.total).toBe(3);
  });

  it('admits exactly the daily limit of 500 concurrent requests', async () => {
    // The leases here outlast nothing (1.5 s), so the daily count is the limit the burst meets.
    const org = await cost.createOrg({
      limit_overrides: { concurrent_pipelines: 1_000, daily_pipelines: 50, monthly_pipelines: 10_000 },
    });
    const answers = await Promise.all(Array.from({ length: 500 }, () => validate(org, run())));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(50);
    expect(statuses.filter((s) => s === 429)).toHaveLength(450);
    const { data } = await cost.client.get('/api/pipeline_runs', {
      params: { query: { org_id: org.id, count: true } },
    });
    expect(data.total).toBe(50);
    expect(await quota(org)).toMatchObject({ pipelines_run_today: 50 });
    expect(answers.find((a) => a.status === 429)?.body.errors?.[0].field).toBe('daily_pipelines');
  });

  it('gives a killed caller’s slots back after the lease, with no sweeper', async () => {
    const org = await cost.createOrg();
    const script = `
      const url = process.argv[1], token = process.argv[2];
      (async () => {
        for (let i = 0; i < 3; i++) {
          const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-service-token': token },
            body: JSON.stringify({ kind: 'ci_job', pipeline_id: 'job-' + i + '-' + process.pid }) });
          if (r.status !== 200) { console.log('refused ' + r.status); process.exit(1); }
        }
        console.log('held');
        setInterval(() => {}, 1000);
      })();`;
    const child = spawn(
      process.execPath,
      ['-e', script, `${cost.url}/api/v1/validator/validate/${org.slug}`, cost.config.SERVICE_TOKEN],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const said = await new Promise<string>((resolve) =>
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())),
    );
    expect(said.trim()).toBe('held');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect((await validate(org, run())).status).toBe(429);
    await sleep(LEASE_MS + 200);
    expect((await validate(org, run())).status).toBe(200);
  });

  it('keeps a slot alive by heartbeat, and refuses a heartbeat once the lease lapsed', async () => {
    const org = await cost.createOrg();
    const pipeline = run();
    let leaseEnd = (await validate(org, pipeline)).body.lease_expires_at;
    for (let i = 0; i < 3; i += 1) {
      await sleep(LEASE_MS / 2);
      const beat = await cost.request<PipelineRunDto>(
        'POST',
        `/api/v1/validator/heartbeat/${org.slug}`,
        { service: true },
        { body: pipeline },
      );
      expect(beat.status).toBe(200);
      // The record as the heartbeat left it: its lease moved on, as data-api now holds it.
      expect(Date.parse(beat.body.lease_expires_at)).toBeGreaterThan(Date.parse(leaseEnd));
      const { data: stored } = await cost.client.get('/api/pipeline_runs/{id}', {
        params: { path: { id: beat.body.id } },
      });
      expect(beat.body.lease_expires_at).toBe(stored.lease_expires_at);
      leaseEnd = beat.body.lease_expires_at;
    }
    expect(await quota(org)).toMatchObject({ concurrent_pipelines_running: 1 });
    await sleep(LEASE_MS + 200);
    const late = await cost.request<ProblemDto>(
      'POST',
      `/api/v1/validator/heartbeat/${org.slug}`,
      { service: true },
      { body: pipeline },
    );
    expect(late.status).toBe(409);
  });

  it('rebuilds the counters from the records after Redis lost them, never admitting over the limit', async () => {
    const org = await cost.createOrg();
    const held = [run(), run()];
    for (const pipeline of held) expect((await validate(org, pipeline)).status).toBe(200);
    const keys = await cost.redis.keys(`${cost.prefix}quota:{org:${org.id}}*`);
    expect(keys.length).toBeGreaterThan(0);
    await cost.redis.del(...keys);
    expect((await validate(org, run())).status).toBe(200);
    expect((await validate(org, run())).status).toBe(429);
    expect(await quota(org)).toMatchObject({ concurrent_pipelines_running: 3, pipelines_run_today: 3 });
  });

  it('repairs drifted counters from the records and reports what moved', async () => {
    const org = await cost.createOrg();
    await validate(org, run());
    const [daily] = await cost.redis.keys(`${cost.prefix}quota:{org:${org.id}}:daily:*`);
    await cost.redis.set(daily, '17');
    const repaired = await cost.request<QuotaRepairDto>('POST', `/api/v1/organizations/${org.slug}/sync`, {
      key: org.key,
    });
    expect(repaired.status).toBe(200);
    expect(repaired.body.changes).toEqual([{ counter: 'daily', before: 17, after: 1 }]);
    expect(await quota(org)).toMatchObject({ pipelines_run_today: 1 });
    const metrics = await cost.request('GET', '/metrics', { anonymous: true });
    expect(metrics.text).toMatch(/cost_quota_drift\{[^}]*quota="daily"[^}]*\} 16/);
    expect(metrics.text).toMatch(/cost_admissions_total\{[^}]*outcome="admitted"/);
  });

  it('checks the configuration first: a provider set up but not valid, a model without a price', async () => {
    const org = await cost.createOrg();
    await cost.client.post('/api/org_integrations', {
      body: {
        org_id: org.id,
        provider: 'anthropic',
        ciphertext: 'v1.k.x.y.z',
        key_id: 'k',
        fingerprint: 'sk-…abcd',
        status: 'invalid',
        status_reason: 'rejected by provider (401)',
      },
    });
    const invalid = await validate(org, { ...run(), provider: 'anthropic' });
    expect([invalid.status, invalid.body.code]).toEqual([422, 'integration_invalid']);
    expect(invalid.body.detail).toContain('rejected by provider (401)');
    const unpriced = await validate(org, { ...run(), provider: 'openai', models: ['gpt-unknown'] });
    expect([unpriced.status, unpriced.body.code]).toEqual([422, 'model_unpriced']);
    await cost.client.post('/api/model_prices', {
      body: {
        provider: 'openai',
        model: 'gpt-priced',
        input_per_1m: '2',
        output_per_1m: '8',
        valid_from: '2025-01-01T00:00:00Z',
        source: 'catalogue',
      },
    });
    expect((await validate(org, { ...run(), provider: 'openai', models: ['gpt-priced'] })).status).toBe(200);
    expect(await quota(org)).toMatchObject({ concurrent_pipelines_running: 1 });
  });

  it('answers a run’s phases as its steps in run order, whatever order they were recorded in', async () => {
    const org = await cost.createOrg();
    const { data: recorded } = await cost.client.post('/api/runs', {
      body: { profile: 'default', owner_id: 'alice' },
    });
    const phases = ['planning', 'architecture', 'data', 'development', 'qa', 'documentation'] as const;
    for (const phase of [...phases].reverse())
      await cost.client.post('/api/run_phases', { body: { run_id: recorded.id, phase } });
    const admitted = await validate(org, { kind: 'run', pipeline_id: recorded.id });
    const steps = await cost.request<PipelineStepLogDto[]>(
      'GET',
      `/api/v1/pipelines/${org.slug}/runs/${admitted.body.pipeline_run_id}/steps`,
      { key: org.key },
    );
    expect(steps.body.map((step) => [step.name, step.status])).toEqual(
      phases.map((phase) => [phase, 'pending']),
    );
  });

  it('lists the org’s pipelines and shows nothing of another org’s', async () => {
    const a = await cost.createOrg();
    const b = await cost.createOrg();
    const admitted = await validate(a, { ...run(), profile: 'default' });
    const list = await cost.request<Page<PipelineRunDto>>(
      'GET',
      `/api/v1/pipelines/${a.slug}/runs?kind=run`,
      { key: a.key },
    );
    expect(list.body.items.map((r) => r.id)).toEqual([admitted.body.pipeline_run_id]);
    const other = await cost.request(
      'GET',
      `/api/v1/pipelines/${b.slug}/runs/${admitted.body.pipeline_run_id}`,
      { key: b.key },
    );
    expect(other.status).toBe(404);
    // Tenants never ask for admission themselves: the suite's services do (and the operator).
    const owner = await cost.createKey(a.id, 'owner');
    for (const body of [run(), { ...run(), outcome: 'succeeded' }])
      for (const route of ['validate', 'heartbeat', 'complete'])
        expect(
          (await cost.request('POST', `/api/v1/validator/${route}/${a.slug}`, { key: owner }, { body }))
            .status,
        ).toBe(403);
    const viewer = await cost.createKey(a.id, 'viewer');
    expect(
      (await cost.request('POST', `/api/v1/validator/validate/${a.slug}`, { key: viewer }, { body: run() }))
        .status,
    ).toBe(403);
    expect(
      (
        await cost.request(
          'POST',
          `/api/v1/validator/validate/${a.slug}`,
          { anonymous: true },
          { body: run() },
        )
      ).status,
    ).toBe(401);
    const bad = await cost.request<ProblemDto>(
      'POST',
      `/api/v1/validator/validate/${a.slug}`,
      { service: true },
      {
        body: { kind: 'batch', pipeline_id: '' },
      },
    );
    expect(bad.status).toBe(422);
  });

  it('keeps counting across a change of timezone: the new day holds what was admitted in it', async () => {
    const org = await cost.createOrg({
      timezone: 'Etc/GMT+12',
      limit_overrides: { daily_pipelines: 3, concurrent_pipelines: 10 },
    });
    for (let i = 0; i < 3; i += 1) expect((await validate(org, run())).status).toBe(200);
    const moved = await cost.request(
      'PUT',
      `/api/v1/organizations/${org.slug}/locale`,
      { key: org.key },
      {
        body: { timezone: 'Pacific/Kiritimati' },
      },
    );
    expect(moved.status).toBe(200);
    const refused = await validate(org, run());
    expect([refused.status, refused.body.errors?.[0].field]).toEqual([429, 'daily_pipelines']);
  });

  it('never loses an admission to a repair running beside it', async () => {
    const org = await cost.createOrg({
      limit_overrides: { daily_pipelines: 20, concurrent_pipelines: 1_000 },
    });
    let repairing = true;
    const repairs = (async () => {
      while (repairing)
        await cost.request('POST', `/api/v1/organizations/${org.slug}/repair`, { key: org.key });
    })();
    const answers = [];
    for (let round = 0; round < 10; round += 1)
      answers.push(...(await Promise.all(Array.from({ length: 8 }, () => validate(org, run())))));
    repairing = false;
    await repairs;
    expect(answers.filter((a) => a.status === 200)).toHaveLength(20);
    const { data } = await cost.client.get('/api/pipeline_runs', {
      params: { query: { org_id: org.id, count: true } },
    });
    expect(data.total).toBe(20);
  });
});
