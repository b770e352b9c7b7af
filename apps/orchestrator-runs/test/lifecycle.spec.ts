import { RUNS_STREAMS } from '@slipway/contracts';
import { waitFor } from '@slipway/devstack';
import type { ProblemDto } from '@slipway/contracts';
import { StreamProducer } from '@slipway/streams';
import type {
  AdvanceRunResponse,
  ArtifactsResponse,
  RunDetail,
  RunListResponse,
  RunSummary,
} from '@slipway/contracts/runs';
import { ADMIN, BOB, RunsHarness, SERVICE_TOKEN, type User } from './harness';

interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

/** Reads an SSE response until `stopAfter` events arrived or the stream ended. */
async function readEvents(
  url: string,
  user: User,
  options: { lastEventId?: string; stopAfter?: number } = {},
): Promise<{ events: SseEvent[]; ended: boolean }> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: {
      'x-service-token': SERVICE_TOKEN,
      'x-user-id': user.id,
      'x-user-email': user.email,
      ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}),
    },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  expect(response.headers.get('x-accel-buffering')).toBe('no');
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  if (!response.body) throw new Error('the event stream has no body');
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { events, ended: true };
      buffer += decoder.decode(value, { stream: true });
      let boundary = buffer.indexOf('\n\n');
      while (boundary >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        boundary = buffer.indexOf('\n\n');
        const fields = Object.fromEntries(
          block
            .split('\n')
            .filter((line) => line && !line.startsWith(':'))
            .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
        ) as Record<string, string>;
        if (!fields.data) continue;
        events.push({ id: fields.id, event: fields.event ?? 'message', data: fields.data });
        if (options.stopAfter !== undefined && events.length >= options.stopAfter) {
          abort.abort();
          return { events, ended: false };
        }
      }
    }
  } catch (error) {
    if (abort.signal.aborted) return { events, ended: false };
    throw error;
  }
}

describe('run lifecycle: clone, idempotency, events, budget, engineering tasks, access', () => {
  let h: RunsHarness;

  beforeAll(async () => {
    h = await RunsHarness.start({ api: { RATE_LIMIT_CREATE_PER_MINUTE: '12' } });
  });
  afterAll(async () => {
    await h.close();
  });

  async function create(body: Record<string, unknown> = {}, as?: User): Promise<string> {
    const reply = await h.request<RunSummary>('POST', '/runs', {
      as,
      body: { profile: 'analytics_forecast_app', intake: 'Forecast bakery demand', ...body },
    });
    expect(reply.status).toBe(201);
    return reply.body.run_id;
  }

  async function advance(id: string, times: number): Promise<void> {
    for (let i = 0; i < times; i++) {
      const reply = await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`);
      expect(reply.status).toBe(200);
    }
  }

  it('replays the first answer for a repeated Idempotency-Key and refuses the key with another body', async () => {
    const body = { profile: 'analytics_forecast_app', intake: 'same request' };
    const headers = { 'idempotency-key': 'create-1' };
    const first = await h.request<RunSummary>('POST', '/runs', { body, headers });
    const second = await h.request<RunSummary>('POST', '/runs', { body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.run_id).toBe(first.body.run_id);
    expect(second.headers['idempotent-replayed']).toBe('true');
    const other = await h.request<ProblemDto>('POST', '/runs', { body: { ...body, intake: 'x' }, headers });
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('idempotency_conflict');
    const bobs = await h.request<RunSummary>('POST', '/runs', { as: BOB, body, headers });
    expect(bobs.body.run_id).not.toBe(first.body.run_id);
  });

  it('streams events with ids, resumes exactly after Last-Event-ID, and ends for a finished run', async () => {
    const id = await create();
    await advance(id, 6);
    const url = `${h.apiUrl}/runs/${id}/events`;
    const first = await readEvents(url, { id: 'alice', email: 'alice@example.com' }, { stopAfter: 5 });
    expect(first.events.map((e) => Number(e.id))).toEqual([1, 2, 3, 4, 5]);
    expect(first.events[0].event).toBe('run.created');
    const rest = await readEvents(url, { id: 'alice', email: 'alice@example.com' }, { lastEventId: '5' });
    expect(rest.ended).toBe(true);
    const end = rest.events[rest.events.length - 1];
    expect(end).toMatchObject({ event: 'end' });
    expect(JSON.parse(end.data)).toEqual({ status: 'completed' });
    const ids = rest.events.filter((e) => e.id).map((e) => Number(e.id));
    const detail = await h.request<RunDetail>('GET', `/runs/${id}`);
    expect(ids).toEqual(Array.from({ length: detail.body.last_event_id - 5 }, (_, i) => i + 6));
    const types = rest.events.map((e) => e.event);
    expect(types).toEqual(
      expect.arrayContaining(['phase.started', 'artifact.created', 'usage.recorded', 'run.completed']),
    );
  });

  it('clones from a phase: lineage recorded, earlier phases reused with their files, the rest executed', async () => {
    const source = await create();
    await advance(source, 2);
    const tooFar = await h.request<ProblemDto>('POST', `/runs/${source}/clone?from_phase=development`);
    expect(tooFar.status).toBe(422);
    const clone = await h.request<RunSummary>('POST', `/runs/${source}/clone?from_phase=data`);
    expect(clone.status).toBe(201);
    expect(clone.body).toMatchObject({ parent_run_id: source, current_phase: 'data' });
    const detail = await h.request<RunDetail>('GET', `/runs/${clone.body.run_id}`);
    expect(detail.body.root_run_id).toBe(source);
    expect(detail.body.phases.slice(0, 3).map((p) => p.status)).toEqual(['skipped', 'skipped', 'pending']);
    const artifacts = await h.request<ArtifactsResponse>('GET', `/runs/${clone.body.run_id}/artifacts`);
    const prd = artifacts.body.artifacts_by_phase.planning.find((a) => a.name === 'PRD.md');
    if (!prd) throw new Error('the clone has no PRD.md');
    const download = await h.request('GET', prd.download_url);
    expect(download.status).toBe(200);
    const next = await h.request<AdvanceRunResponse>('POST', `/runs/${clone.body.run_id}/next`);
    expect(next.body).toMatchObject({ previous_phase: 'data', current_phase: 'development' });
  });

  it('pauses a run whose next phase is projected past its budget, and proceeds once approved', async () => {
    const id = await create({ budget_usd: '0.000001' });
    const held = await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`);
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: 'awaiting_approval', current_phase: 'planning' });
    expect(held.body.message).toMatch(/exceeds the budget/);
    const approved = await h.request<AdvanceRunResponse>('POST', `/runs/${id}/next`);
    expect(approved.body).toMatchObject({ previous_phase: 'planning', current_phase: 'architecture' });
  });

  it('hides other users’ runs (404) but shows admins everything; refuses a second /next and ended runs', async () => {
    const id = await create();
    expect((await h.request('GET', `/runs/${id}`, { as: BOB })).status).toBe(404);
    expect((await h.request('POST', `/runs/${id}/next`, { as: BOB })).status).toBe(404);
    expect((await h.request('GET', `/runs/${id}/artifacts`, { as: BOB })).status).toBe(404);
    expect((await h.request('GET', `/runs/${id}/metrics`, { as: null })).status).toBe(401);
    // Identity headers without the service token are anyone's to send: they count for nothing.
    const forged = { 'x-user-id': ADMIN.id, 'x-user-email': ADMIN.email, 'x-user-role': 'admin' };
    expect((await h.request('GET', `/runs/${id}`, { as: null, headers: forged })).status).toBe(401);
    expect((await h.request('GET', '/runs', { as: null, headers: forged })).status).toBe(401);
    expect((await h.request('GET', `/runs/${id}`, { as: ADMIN })).status).toBe(200);
    const mine = await h.request<RunListResponse>('GET', '/runs?limit=100&profile=analytics_forecast_app');
    expect(mine.body.items.every((r) => r.profile === 'analytics_forecast_app')).toBe(true);
    const bobs = await h.request<RunListResponse>('GET', '/runs', { as: BOB });
    expect(bobs.body.items.map((r) => r.run_id)).not.toContain(id);
    const all = await h.request<RunListResponse>('GET', '/runs?limit=100', { as: ADMIN });
    expect(all.body.items.map((r) => r.run_id)).toContain(id);
    expect((await h.request<ProblemDto>('GET', '/runs?colour=red')).status).toBe(422);

    const [a, b] = await Promise.all([
      h.request<ProblemDto>('POST', `/runs/${id}/next`),
      h.request<ProblemDto>('POST', `/runs/${id}/next`),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    // The second finds the phase running, or (when the first was quick) its outcome being applied.
    expect(['phase_running', 'outcome_pending']).toContain((a.status === 409 ? a : b).body.code);
    const cancelled = await h.request<{ status: string }>('POST', `/runs/${id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    const after = await h.request<ProblemDto>('POST', `/runs/${id}/next`);
    expect([after.status, after.body.code]).toEqual([409, 'run_ended']);
    const again = await h.request<ProblemDto>('POST', `/runs/${id}/cancel`);
    expect([again.status, again.body.code]).toEqual([409, 'run_ended']);
  });

  it('starts an auto run for an engineering task and stops at the profile’s approval gate', async () => {
    const { data: user } = await h.client.post('/api/users', {
      body: { telegram_id: 424242, username: 'eng' },
    });
    const { data: project } = await h.client.post('/api/projects', {
      body: { name: 'Billing API', modules: ['api'], owner_id: user.id },
    });
    const { data: task } = await h.client.post('/api/tasks', {
      body: {
        project_id: project.id,
        type: 'engineering',
        title: 'Build the invoices endpoint',
        description: 'CRUD',
      },
    });
    const producer = new StreamProducer({
      url: h.redisUrl,
      prefix: h.prefix,
      producer: 'cli',
      contracts: RUNS_STREAMS,
    });
    await producer.emit('engineering:queue', { task_id: task.id, project_id: project.id });
    await producer.emit('engineering:queue', { task_id: task.id, project_id: project.id });
    await producer.close();
    const owner: User = { id: user.id, email: 'eng@example.com' };
    const runs = await waitFor(async () => {
      const { body } = await h.request<RunListResponse>('GET', '/runs', { as: owner });
      return body.items.some((r) => r.status === 'awaiting_approval') ? body : undefined;
    }, 'the engineering run to reach its approval gate');
    expect(runs.items).toHaveLength(1);
    expect(runs.items[0]).toMatchObject({
      profile: 'web_service',
      mode: 'auto',
      status: 'awaiting_approval',
      current_phase: 'data',
    });
    const { data: updated } = await h.client.get('/api/tasks/{id}', { params: { path: { id: task.id } } });
    expect(updated).toMatchObject({ status: 'in_progress', result: { run_id: runs.items[0].run_id } });
  });

  it('refuses internal state in a client’s metadata: a forged task_id touches no task, a forged approval passes no gate', async () => {
    const { data: project } = await h.client.post('/api/projects', {
      body: { name: 'Payroll', modules: ['api'], owner_id: h.dataApi.users.member.id },
    });
    const { data: task } = await h.client.post('/api/tasks', {
      body: { project_id: project.id, type: 'engineering', title: 'Someone else’s task' },
    });
    const mallory: User = { id: 'mallory', email: 'mallory@example.com' };
    const forgedTask = await h.request<ProblemDto>('POST', '/runs', {
      as: mallory,
      body: {
        profile: 'analytics_forecast_app',
        metadata: { task_id: task.id, source: 'engineering:queue' },
      },
    });
    expect(forgedTask.status).toBe(422);
    expect(forgedTask.body.errors?.map((e) => e.field)).toEqual(['metadata']);
    const forgedHold = await h.request<ProblemDto>('POST', '/runs', {
      as: mallory,
      body: {
        profile: 'analytics_forecast_app',
        budget_usd: '0.000001',
        metadata: {
          approval: { reason: 'budget', phase: 'planning', detail: 'ok' },
          skip_validation: 'planning',
        },
      },
    });
    expect(forgedHold.status).toBe(422);

    // Metadata of her own goes through, is echoed as sent, and decides nothing.
    const run = await h.request<RunSummary>('POST', '/runs', {
      as: mallory,
      body: { profile: 'analytics_forecast_app', budget_usd: '0.000001', metadata: { ticket: task.id } },
    });
    expect(run.status).toBe(201);
    const held = await h.request<AdvanceRunResponse>('POST', `/runs/${run.body.run_id}/next`, {
      as: mallory,
    });
    expect(held.body.status).toBe('awaiting_approval');
    const cancelled = await h.request<{ status: string }>('POST', `/runs/${run.body.run_id}/cancel`, {
      as: mallory,
    });
    expect(cancelled.body.status).toBe('cancelled');
    const detail = await h.request<RunDetail>('GET', `/runs/${run.body.run_id}`, { as: mallory });
    expect(detail.body.metadata).toEqual({ ticket: task.id });
    const { data: untouched } = await h.client.get('/api/tasks/{id}', { params: { path: { id: task.id } } });
    expect(untouched).toMatchObject({ status: task.status, result: task.result, version: task.version });
  });

  it('limits how many runs one user creates per minute (429 with Retry-After)', async () => {
    const carol: User = { id: 'carol', email: 'carol@example.com' };
    const replies = [];
    for (let i = 0; i < 13; i++) {
      replies.push(
        await h.request('POST', '/runs', { as: carol, body: { profile: 'analytics_forecast_app' } }),
      );
    }
    expect(replies.slice(0, 12).every((r) => r.status === 201)).toBe(true);
    expect(replies[0].headers).toMatchObject({ 'ratelimit-limit': '12', 'ratelimit-remaining': '11' });
    expect(replies[11].headers).toMatchObject({ 'ratelimit-remaining': '0' });
    expect(replies[12].status).toBe(429);
    expect(replies[12].headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(replies[12].headers['retry-after'])).toBeGreaterThan(0);
    expect(replies[12].headers['ratelimit-reset']).toBe(replies[12].headers['retry-after']);
  });
});
