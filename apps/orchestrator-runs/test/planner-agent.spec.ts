import type {
  ApplyResultDto,
  CapabilitiesResponse,
  ChatResponse,
  ChatSessionDetailDto,
  CreateTaskOp,
  PlannerResponse,
  ProblemDto,
  RunListResponse,
  StoredPatchSetDto,
  TaskRunRequestedDto,
} from '@slipway/contracts';
import { waitFor } from '@slipway/devstack';
import { RunsHarness, type User } from './harness';

let h: RunsHarness;
let alice: User;

beforeAll(async () => {
  h = await RunsHarness.start({ worker: false });
  alice = { id: h.dataApi.users.member.id, email: 'alice@example.com' };
});

afterAll(async () => {
  await h.close();
});

const body = ({ id, format_version, base, source, ops, rationale }: StoredPatchSetDto) => ({
  id,
  format_version,
  base,
  source,
  ops,
  rationale,
});

async function chat(message: string, sessionId?: string): Promise<ChatResponse> {
  const reply = await h.request<ChatResponse>('POST', '/api/agent/chat', {
    as: alice,
    body: { message, ...(sessionId ? { session_id: sessionId } : {}) },
  });
  expect(reply.status).toBe(200);
  return reply.body;
}

describe('agent chat, offline', () => {
  it('plans, applies, refines and remembers what was applied across turns', async () => {
    const first = await chat(
      'Build a newsletter service with sign up, email notifications and an admin dashboard',
    );
    expect(first.turn).toBe(1);
    expect(first.patch_sets).toHaveLength(1);
    expect(first.tool_calls[0]).toMatchObject({ name: 'propose_patch' });
    const plan = first.patch_sets[0];
    expect(plan).toMatchObject({
      status: 'validated',
      chat_session_id: first.session_id,
      source: { endpoint: 'chat' },
    });
    const applied = await h.request<ApplyResultDto>('POST', '/api/planner/apply', {
      as: alice,
      body: body(plan),
    });
    expect(applied.status).toBe(200);

    // The next turn talks about the project the applied plan created, from a fresh snapshot.
    const status = await chat('status', first.session_id);
    expect(status.turn).toBe(2);
    expect(status.patch_sets).toEqual([]);
    expect(status.reply).toMatch(/todo/i);

    const change = await chat('add Search', first.session_id);
    expect(change.patch_sets).toHaveLength(1);
    expect(change.patch_sets[0].base?.project_id).toBe(applied.body.project_id);
    const history = await chat('what changed', first.session_id);
    expect(history.reply).toContain('Applied in this conversation (1)');

    // A newer proposal supersedes the session's pending one.
    const newer = await chat('add Payments', first.session_id);
    const older = await h.request<StoredPatchSetDto>(
      'GET',
      `/api/planner/patchsets/${change.patch_sets[0].id}`,
      {
        as: alice,
      },
    );
    expect(older.body.status).toBe('superseded');
    const stale = await h.request<ProblemDto>('POST', '/api/planner/apply', {
      as: alice,
      body: body(change.patch_sets[0]),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('patch_set_closed');

    const session = await h.request<ChatSessionDetailDto>('GET', `/api/agent/sessions/${first.session_id}`, {
      as: alice,
    });
    expect(session.body.turn_count).toBe(5);
    expect(session.body.project_id).toBe(applied.body.project_id);
    expect(session.body.messages.map((m) => `${m.turn}:${m.role}`)).toEqual([
      '1:user',
      '1:assistant',
      '2:user',
      '2:assistant',
      '3:user',
      '3:assistant',
      '4:user',
      '4:assistant',
      '5:user',
      '5:assistant',
    ]);
    expect(session.body.messages[9].patch_set_ids).toEqual([newer.patch_sets[0].id]);
    expect(session.body.patch_sets.map((p) => p.status).sort()).toEqual([
      'applied',
      'superseded',
      'validated',
    ]);
    const other = await h.request<ProblemDto>('GET', `/api/agent/sessions/${first.session_id}`, {
      as: { id: h.dataApi.users.other.id, email: 'bob@example.com' },
    });
    expect(other.status).toBe(404);
  });

  it('rejects a proposal; a rejected PatchSet is never applied', async () => {
    const proposed = await chat('Build a kanban board with login');
    const plan = proposed.patch_sets[0];
    const rejected = await h.request<StoredPatchSetDto>('POST', `/api/planner/patchsets/${plan.id}/reject`, {
      as: alice,
      body: { reason: 'too big' },
    });
    expect(rejected.body.status).toBe('rejected');
    const refused = await h.request<ProblemDto>('POST', '/api/planner/apply', {
      as: alice,
      body: body(plan),
    });
    expect(refused.status).toBe(409);
  });

  it('lists every action with its JSON Schema and whether it changes data', async () => {
    const reply = await h.request<CapabilitiesResponse>('GET', '/api/agent/capabilities', { as: alice });
    expect(reply.status).toBe(200);
    const apply = reply.body.actions.find((a) => a.name === 'apply_patch_set');
    expect(apply).toMatchObject({ method: 'POST', path: '/api/planner/apply', mutates: true });
    expect(reply.body.actions.find((a) => a.name === 'generate_plan')?.input_schema).toMatchObject({
      type: 'object',
      required: ['idea'],
    });
    expect(reply.body.patch_ops.map((op) => op.op)).toEqual([
      'create_project',
      'update_project',
      'create_task',
      'update_task',
      'move_task',
      'delete_task',
      'add_dependency',
      'remove_dependency',
    ]);
    expect(reply.body).toMatchObject({ patch_set_format_version: 1, provider: 'offline' });
  });
});

describe('engineering tasks start runs', () => {
  it('announces an applied engineering task on engineering:queue; the run names the task in its typed field', async () => {
    const { body: plan } = await h.request<PlannerResponse>('POST', '/api/planner/generate', {
      as: alice,
      body: { idea: 'An API for invoices.' },
    });
    const applied = await h.request<ApplyResultDto>('POST', '/api/planner/apply', {
      as: alice,
      body: body(plan.patch_set),
    });
    const engineering = plan.patch_set.ops.find(
      (op): op is CreateTaskOp => op.op === 'create_task' && (op.type ?? 'engineering') === 'engineering',
    );
    if (!engineering) throw new Error('the plan has no engineering task');
    const taskId = applied.body.refs[engineering.ref];
    const started = await h.request<TaskRunRequestedDto>('POST', `/api/tasks/${taskId}/runs`, {
      as: alice,
      body: {},
    });
    expect(started.status).toBe(202);
    expect(started.body).toEqual({ task_id: taskId, queued: true, run_id: null });
    const runs = await waitFor(async () => {
      const { body: list } = await h.request<RunListResponse>('GET', '/runs', { as: alice });
      return list.items.length > 0 ? list : undefined;
    }, 'the task’s run');
    const { data: run } = await h.client.get('/api/runs/{id}', {
      params: { path: { id: runs.items[0].run_id } },
    });
    expect(run.task_id).toBe(taskId);
    const again = await h.request<TaskRunRequestedDto>('POST', `/api/tasks/${taskId}/runs`, {
      as: alice,
      body: {},
    });
    expect(again.body).toEqual({ task_id: taskId, queued: false, run_id: run.id });

    const { data: docs } = await h.client.post('/api/tasks', {
      body: {
        project_id: applied.body.project_id as string,
        type: 'documentation',
        title: 'Write the guide',
      },
    });
    const refused = await h.request<ProblemDto>('POST', `/api/tasks/${docs.id}/runs`, {
      as: alice,
      body: {},
    });
    expect(refused.status).toBe(422);
    const stranger = await h.request<ProblemDto>('POST', `/api/tasks/${taskId}/runs`, {
      as: { id: h.dataApi.users.other.id, email: 'bob@example.com' },
      body: {},
    });
    expect(stranger.status).toBe(404);
  });

  it('starts the run an applied PatchSet asks for (start_run), once', async () => {
    const { data: project } = await h.client.post('/api/projects', {
      body: { name: 'Billing', modules: [], owner_id: alice.id },
    });
    const { data: task } = await h.client.post('/api/tasks', {
      body: { project_id: project.id, type: 'engineering', title: 'Invoice PDF export' },
    });
    const patch = {
      id: '5b0b1e0e-6b39-4c5e-8f1e-0000000000aa',
      format_version: 1,
      base: { project_id: project.id, project_version: project.version },
      source: { endpoint: 'manual' },
      ops: [
        {
          op: 'update_task',
          task: task.id,
          base_version: task.version,
          set: { priority: 'high' },
          start_run: true,
        },
      ],
    };
    const applied = await h.request<ApplyResultDto>('POST', '/api/planner/apply', { as: alice, body: patch });
    expect(applied.status).toBe(200);
    expect(applied.body.runs_requested).toEqual([task.id]);
    const run = await waitFor(async () => {
      const { data } = await h.client.get('/api/runs', {
        params: { query: { task_id: task.id, limit: 10 } },
      });
      return data.items.length > 0 ? data.items : undefined;
    }, 'the run the PatchSet asked for');
    expect(run).toHaveLength(1);
    expect(run[0].owner_id).toBe(alice.id);
  });
});
