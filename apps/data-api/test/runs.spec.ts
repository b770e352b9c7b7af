import type {
  ArtifactRecordDto,
  LlmUsageDto,
  Page,
  RunEventDto,
  RunPhaseDto,
  RunRecordDto,
} from '@slipway/contracts';
import { asMember, asOther, asService, DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';

const SHA = 'a'.repeat(64);

describe('run records: runs, phases, events, artifacts, usage ledger', () => {
  let api: DataApiHarness;

  beforeAll(async () => {
    api = await DataApiHarness.start();
  });
  afterAll(async () => {
    await api.close();
  });

  async function createRun(owner: string, extra: Record<string, unknown> = {}): Promise<RunRecordDto> {
    const reply = await api.request<RunRecordDto>('POST', '/api/runs', {
      body: { profile: 'analytics_forecast_app', owner_id: owner, intake: 'forecast demand', ...extra },
    });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  it('creates runs with their defaults and exact budgets; services must name the owner', async () => {
    const run = await createRun('user-1', { budget_usd: '12.50', metadata: { client: 'Acme' } });
    expect(run).toMatchObject({
      status: 'created',
      current_phase: 'planning',
      mode: 'manual',
      budget_usd: '12.5',
      owner_id: 'user-1',
      metadata: { client: 'Acme' },
      last_event_seq: 0,
      parent_run_id: null,
    });
    const missingOwner = await api.request('POST', '/api/runs', { body: { profile: 'x' } });
    expectProblem(missingOwner, 422, 'validation_failed', 'owner_id');
    const badProfile = await api.request('POST', '/api/runs', {
      body: { profile: 'Bad Profile!', owner_id: 'u' },
    });
    expectProblem(badProfile, 422, 'validation_failed', 'profile');
    const lineage = await createRun('user-1', { parent_run_id: run.id, root_run_id: run.id });
    const children = await api.request<Page<RunRecordDto>>('GET', `/api/runs?parent_run_id=${run.id}`);
    expect(children.body.items.map((r) => r.id)).toEqual([lineage.id]);
  });

  it('shows members only the runs they own, and the records of those runs', async () => {
    const mine = await createRun(api.users.member.id);
    const theirs = await createRun(api.users.other.id);
    const list = await api.request<Page<RunRecordDto>>('GET', '/api/runs', { as: asMember });
    expect(list.body.items.map((r) => r.id)).toEqual([mine.id]);
    expectProblem(await api.request('GET', `/api/runs/${theirs.id}`, { as: asMember }), 404, 'not_found');

    const phase = await api.request<RunPhaseDto>('POST', '/api/run_phases', {
      body: { run_id: theirs.id, phase: 'planning' },
    });
    expect(phase.status).toBe(201);
    expectProblem(
      await api.request('GET', `/api/run_phases/${phase.body.id}`, { as: asMember }),
      404,
      'not_found',
    );
    const visible = await api.request<RunPhaseDto>('GET', `/api/run_phases/${phase.body.id}`, {
      as: asOther,
    });
    expect(visible.status).toBe(200);
    const forbidden = await api.request('POST', '/api/run_events', {
      as: asMember,
      body: { run_id: theirs.id, type: 'log' },
    });
    expectProblem(forbidden, 403, 'forbidden');
  });

  it('keeps the orchestrator’s state in typed columns that only services write', async () => {
    const run = await createRun(api.users.member.id, { metadata: { ticket: 'T-1' } });
    expect(run).toMatchObject({ task_id: null, approval: null, skip_validation_phase: null });
    const hold = { reason: 'budget', phase: 'planning', detail: 'over budget' };
    const held = await api.request<RunRecordDto>('PATCH', `/api/runs/${run.id}`, {
      body: { status: 'awaiting_approval', approval: hold, skip_validation_phase: 'planning' },
    });
    expect(held.body).toMatchObject({
      approval: hold,
      skip_validation_phase: 'planning',
      metadata: { ticket: 'T-1' },
    });
    // The run's owner, acting through a service, reads it but cannot release its own hold.
    const released = await api.request('PATCH', `/api/runs/${run.id}`, {
      as: asMember,
      body: { status: 'running', approval: null },
    });
    expectProblem(released, 403, 'forbidden');
    expectProblem(
      await api.request('POST', '/api/runs', {
        as: asMember,
        body: { profile: 'analytics_forecast_app', owner_id: api.users.member.id },
      }),
      403,
      'forbidden',
    );
    const read = await api.request<RunRecordDto>('GET', `/api/runs/${run.id}`, { as: asMember });
    expect(read.body).toMatchObject({ status: 'awaiting_approval', approval: hold });
    const cleared = await api.request<RunRecordDto>('PATCH', `/api/runs/${run.id}`, {
      body: { approval: null, skip_validation_phase: null },
    });
    expect(cleared.body).toMatchObject({ approval: null, skip_validation_phase: null });
    expectProblem(
      await api.request('POST', '/api/runs', {
        body: {
          profile: 'analytics_forecast_app',
          owner_id: 'u',
          task_id: '00000000-0000-4000-8000-000000000000',
        },
      }),
      422,
      'validation_failed',
    );
  });

  it('keeps one phase row per run and phase, and hands its lease to exactly one writer', async () => {
    const run = await createRun('lease-owner');
    const created = await api.request<RunPhaseDto>('POST', '/api/run_phases', {
      body: { run_id: run.id, phase: 'architecture' },
    });
    expect(created.body).toMatchObject({ status: 'pending', attempt: 0, lease_owner: null, agent_ids: [] });
    expectProblem(
      await api.request('POST', '/api/run_phases', { body: { run_id: run.id, phase: 'architecture' } }),
      409,
      'conflict',
    );
    const until = new Date(Date.now() + 30_000).toISOString();
    const claims = await Promise.all(
      ['worker-a', 'worker-b', 'worker-c'].map((worker) =>
        api.request<RunPhaseDto>('PATCH', `/api/run_phases/${created.body.id}`, {
          headers: { 'if-match': `"${created.body.version}"` },
          body: { status: 'running', lease_owner: worker, lease_until: until, attempt: 1 },
        }),
      ),
    );
    expect(claims.map((c) => c.status).sort()).toEqual([200, 412, 412]);
    const winner = claims.find((c) => c.status === 200);
    expect(winner?.body.lease_owner).toMatch(/^worker-[abc]$/);

    const expired = await api.request<Page<RunPhaseDto>>(
      'GET',
      `/api/run_phases?status=running&lease_until_before=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
    );
    expect(expired.body.items.map((p) => p.id)).toContain(created.body.id);
    const notYet = await api.request<Page<RunPhaseDto>>(
      'GET',
      `/api/run_phases?status=running&run_id=${run.id}&lease_until_before=${encodeURIComponent(new Date().toISOString())}`,
    );
    expect(notYet.body.items).toEqual([]);
  });

  it('numbers a run’s events 1, 2, 3… without gaps under concurrent appends, and never changes them', async () => {
    const run = await createRun('events-owner');
    const other = await createRun('events-owner');
    const appends = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        api.request<RunEventDto>('POST', '/api/run_events', {
          body: { run_id: i % 4 === 0 ? other.id : run.id, type: 'log.line', payload: { i } },
        }),
      ),
    );
    expect(appends.every((a) => a.status === 201)).toBe(true);
    const seqs = appends.filter((a) => a.body.run_id === run.id).map((a) => a.body.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));

    const after = await api.request<Page<RunEventDto>>(
      'GET',
      `/api/run_events?run_id=${run.id}&seq_after=25&sort=seq`,
    );
    expect(after.body.items.map((e) => e.seq)).toEqual([26, 27, 28, 29, 30]);
    const refreshed = await api.request<RunRecordDto>('GET', `/api/runs/${run.id}`);
    expect(refreshed.body.last_event_seq).toBe(30);
    expect(refreshed.body.version).toBe(run.version);

    const event = appends[1].body;
    expectProblem(
      await api.request('PATCH', `/api/run_events/${event.id}`, { body: {} }),
      405,
      'method_not_allowed',
    );
    expectProblem(await api.request('DELETE', `/api/run_events/${event.id}`), 405, 'method_not_allowed');
    expectProblem(
      await api.request('POST', '/api/run_events', {
        body: { run_id: '00000000-0000-4000-8000-000000000000', type: 'x' },
      }),
      422,
      'validation_failed',
      'run_id',
    );
  });

  it('records artifacts once per run, phase and name', async () => {
    const run = await createRun('artifact-owner');
    const body = {
      run_id: run.id,
      phase: 'planning',
      name: 'PRD.md',
      path: 'artifacts/planning/PRD.md',
      sha256: SHA,
      size_bytes: 1024,
      artifact_type: 'prd',
    };
    const created = await api.request<ArtifactRecordDto>('POST', '/api/artifacts', { body });
    expect(created.status).toBe(201);
    expectProblem(await api.request('POST', '/api/artifacts', { body }), 409, 'conflict');
    const badHash = await api.request('POST', '/api/artifacts', {
      body: { ...body, name: 'x.md', sha256: 'XYZ' },
    });
    expectProblem(badHash, 422, 'validation_failed', 'sha256');
    const updated = await api.request<ArtifactRecordDto>('PATCH', `/api/artifacts/${created.body.id}`, {
      body: { sha256: 'b'.repeat(64), size_bytes: 2048 },
    });
    expect(updated.body).toMatchObject({ size_bytes: 2048, sha256: 'b'.repeat(64), version: 2 });
  });

  it('counts a usage report once, keeps costs exact, and never changes the ledger', async () => {
    const run = await createRun('usage-owner');
    const report = {
      run_id: run.id,
      phase: 'planning',
      owner_id: 'usage-owner',
      agent_id: 'planner',
      provider: 'openai',
      model: 'gpt-4.1',
      provider_response_id: 'chatcmpl-123',
      input_tokens: 1234,
      output_tokens: 567,
      cached_input_tokens: 200,
      reasoning_tokens: 0,
      cost_usd: '0.000123456789012345',
      price_snapshot: { input_price_per_1k: '0.002' },
    };
    const tooFine = await api.request('POST', '/api/llm_usage', { body: report });
    expectProblem(tooFine, 422, 'validation_failed', 'cost_usd');
    const first = await api.request<LlmUsageDto>('POST', '/api/llm_usage', {
      body: { ...report, cost_usd: '0.012345678901234' },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ cost_usd: '0.012345678901234', estimated: false });
    const again = await api.request('POST', '/api/llm_usage', { body: { ...report, cost_usd: '1' } });
    expectProblem(again, 409, 'conflict');
    const ledger = await api.request<Page<LlmUsageDto>>('GET', `/api/llm_usage?run_id=${run.id}&count=true`, {
      as: asService,
    });
    expect(ledger.body.total).toBe(1);
    expect(ledger.body.items[0].cost_usd).toBe('0.012345678901234');
    expectProblem(await api.request('DELETE', `/api/llm_usage/${first.body.id}`), 405, 'method_not_allowed');
  });

  it('does not offer changes to append-only records in the OpenAPI document', async () => {
    const doc = await api.request<{ paths: Record<string, Record<string, unknown>> }>('GET', '/openapi.json');
    expect(Object.keys(doc.body.paths['/api/run_events/{id}'])).toEqual(['get']);
    expect(Object.keys(doc.body.paths['/api/llm_usage/{id}'])).toEqual(['get']);
    expect(Object.keys(doc.body.paths['/api/run_phases/{id}']).sort()).toEqual(['delete', 'get', 'patch']);
  });
});
