import type {
  ApplyResultDto,
  CreateTaskOp,
  PatchValidationDto,
  PlannerResponse,
  ProblemDto,
  ProjectHierarchyDto,
  StoredPatchSetDto,
  UndoResultDto,
} from '@slipway/contracts';
import { allPages, DataApiClient } from '@slipway/data-client';
import { Money } from '@slipway/pricing';
import { RunsHarness, type User } from './harness';

const IDEA = [
  'Build a bookshop web app.',
  'Users must sign up and log in with email and password.',
  'Customers should search the catalogue and pay by card with Stripe.',
  'We could send email notifications when an order ships.',
].join(' ');

const OFFLINE_PRICE = { input: '0.0004', output: '0.0016' };

let h: RunsHarness;
let alice: User;
let bob: User;

beforeAll(async () => {
  h = await RunsHarness.start({ worker: false });
  alice = { id: h.dataApi.users.member.id, email: 'alice@example.com' };
  bob = { id: h.dataApi.users.other.id, email: 'bob@example.com' };
  await h.client.post('/api/available_models', {
    body: {
      provider: 'offline',
      model_name: 'slipway-planner-1',
      input_price_per_1k: OFFLINE_PRICE.input,
      output_price_per_1k: OFFLINE_PRICE.output,
    },
  });
});

afterAll(async () => {
  await h.close();
});

async function generate(as: User, idea = IDEA): Promise<PlannerResponse> {
  const reply = await h.request<PlannerResponse>('POST', '/api/planner/generate', { as, body: { idea } });
  expect(reply.status).toBe(200);
  return reply.body;
}

async function apply<T = ApplyResultDto>(as: User, patch: StoredPatchSetDto) {
  const { id, format_version, base, source, ops, rationale } = patch;
  return h.request<T>('POST', '/api/planner/apply', {
    as,
    body: { id, format_version, base, source, ops, rationale },
  });
}

const tasksOf = (projectId: string) =>
  allPages((cursor) =>
    h.client.get('/api/tasks', {
      params: { query: { project_id: projectId, limit: 100, ...(cursor ? { cursor } : {}) } },
    }),
  );
const edgesOf = (projectId: string) =>
  allPages((cursor) =>
    h.client.get('/api/task_dependencies', {
      params: { query: { project_id: projectId, limit: 100, ...(cursor ? { cursor } : {}) } },
    }),
  );

describe('planner, offline: idea → PatchSet → apply → refine → undo', () => {
  it('turns an idea into a validated PatchSet and applies it as one project with its task tree', async () => {
    const { patch_set: patch, validation, usage } = await generate(alice);
    expect(patch).toMatchObject({
      status: 'validated',
      base: null,
      source: { endpoint: 'generate', provider: 'offline' },
    });
    expect(validation.valid).toBe(true);
    expect(usage.calls).toBe(1);
    const creates = patch.ops.filter((op): op is CreateTaskOp => op.op === 'create_task');
    expect(creates.length).toBeGreaterThan(8);
    expect(creates.map((op) => op.title).join(' ')).toMatch(/auth|sign|log/i);

    const applied = await apply(alice, patch);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ patch_set_id: patch.id, status: 'applied' });
    const projectId = applied.body.project_id as string;
    const { data: project } = await h.client.get('/api/projects/{id}', {
      params: { path: { id: projectId } },
    });
    expect(project.owner_id).toBe(alice.id);
    const tasks = await tasksOf(projectId);
    expect(tasks).toHaveLength(creates.length);
    // Every task is where its op put it: the same title under the same parent.
    const byId = new Map(tasks.map((t) => [t.id, t]));
    for (const op of creates) {
      const task = byId.get(applied.body.refs[op.ref]);
      expect(task?.title).toBe(op.title);
      expect(task?.parent_id ?? null).toBe(op.parent ? applied.body.refs[op.parent] : null);
    }
    const edges = await edgesOf(projectId);
    expect(edges).toHaveLength(patch.ops.filter((op) => op.op === 'add_dependency').length);
    // The seed's project hierarchy: the same tasks as a tree, each with what it waits for.
    const tree = await h.request<ProjectHierarchyDto>('GET', `/api/planner/projects/${projectId}`, {
      as: alice,
    });
    expect(tree.body.task_count).toBe(creates.length);
    expect(tree.body.tasks.map((t) => t.title)).toEqual(
      creates.filter((op) => !op.parent).map((op) => op.title),
    );
    const count = (nodes: ProjectHierarchyDto['tasks']): number =>
      nodes.reduce((sum, node) => sum + 1 + count(node.subtasks), 0);
    expect(count(tree.body.tasks)).toBe(creates.length);

    // Applying it again answers the first result and writes nothing more.
    const again = await apply(alice, patch);
    expect(again.body).toEqual(applied.body);
    expect(await tasksOf(projectId)).toHaveLength(creates.length);
    const stored = await h.request<StoredPatchSetDto>('GET', `/api/planner/patchsets/${patch.id}`, {
      as: alice,
    });
    expect(stored.body).toMatchObject({ status: 'applied', project_id: projectId });
  });

  it('records every model call in llm_usage, exactly, and says what the request cost', async () => {
    const { patch_set: patch, usage } = await generate(
      alice,
      'A todo list app with login and an admin dashboard.',
    );
    const { data } = await h.client.get('/api/llm_usage', {
      params: { query: { patch_set_id: patch.id, limit: 10 } },
    });
    expect(data.items).toHaveLength(1);
    const [row] = data.items;
    expect(row).toMatchObject({
      source: 'planner',
      endpoint: 'generate',
      owner_id: alice.id,
      provider: 'offline',
    });
    expect(row.input_tokens).toBe(usage.input_tokens);
    expect(row.output_tokens).toBe(usage.output_tokens);
    const expected = new Money(row.input_tokens)
      .times(OFFLINE_PRICE.input)
      .plus(new Money(row.output_tokens).times(OFFLINE_PRICE.output))
      .div(1000);
    expect(new Money(row.cost_usd).equals(expected)).toBe(true);
    expect(usage.cost_usd).toBe(row.cost_usd);
  });

  it('refines a project, applies the change, and undoes it; a second undo is refused', async () => {
    const { patch_set: plan } = await generate(alice, 'A recipe site with search and user accounts.');
    const applied = await apply(alice, plan);
    const projectId = applied.body.project_id as string;
    const before = await tasksOf(projectId);
    const target = before.find((t) => t.parent_id === null) ?? before[0];

    const refined = await h.request<PlannerResponse>('POST', '/api/planner/refine', {
      as: alice,
      body: { project_id: projectId, feedback: `add Payments; make ${target.title} high priority` },
    });
    expect(refined.status).toBe(200);
    expect(refined.body.patch_set.base).toMatchObject({ project_id: projectId });
    expect(refined.body.validation.valid).toBe(true);
    const change = await apply(alice, refined.body.patch_set);
    expect(change.status).toBe(200);
    const after = await tasksOf(projectId);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.find((t) => t.id === target.id)?.priority).toBe('high');

    const undone = await h.request<UndoResultDto>(
      'POST',
      `/api/planner/patchsets/${refined.body.patch_set.id}/undo`,
      {
        as: alice,
      },
    );
    expect(undone.status).toBe(200);
    expect(undone.body.status).toBe('undone');
    const restored = await tasksOf(projectId);
    expect(restored.map((t) => t.id).sort()).toEqual(before.map((t) => t.id).sort());
    expect(restored.find((t) => t.id === target.id)?.priority).toBe(target.priority);
    const twice = await h.request<ProblemDto>(
      'POST',
      `/api/planner/patchsets/${refined.body.patch_set.id}/undo`,
      {
        as: alice,
      },
    );
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('patch_set_closed');
  });

  it('answers 409 listing the operations when a person edited a task between propose and apply, and writes nothing', async () => {
    const { patch_set: plan } = await generate(alice, 'An issue tracker with notifications.');
    const projectId = (await apply(alice, plan)).body.project_id as string;
    const [task] = await tasksOf(projectId);
    const refined = await h.request<PlannerResponse>('POST', '/api/planner/refine', {
      as: alice,
      body: { project_id: projectId, feedback: `rename ${task.title} to Renamed by the planner; add Search` },
    });
    expect(refined.status).toBe(200);
    // Someone renames the task meanwhile.
    await h.client.patch('/api/tasks/{id}', {
      params: { path: { id: task.id } },
      headers: { 'if-match': DataApiClient.ifMatch(task.version) },
      body: { title: 'Renamed by a person' },
    });
    const count = (await tasksOf(projectId)).length;
    const refused = await apply<ProblemDto>(alice, refined.body.patch_set);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('patch_conflict');
    expect(refused.body.errors?.some((e) => /^ops\[\d+\]/.test(e.field))).toBe(true);
    const now = await tasksOf(projectId);
    expect(now).toHaveLength(count);
    expect(now.find((t) => t.id === task.id)?.title).toBe('Renamed by a person');
    const stored = await h.request<StoredPatchSetDto>(
      'GET',
      `/api/planner/patchsets/${refined.body.patch_set.id}`,
      {
        as: alice,
      },
    );
    expect(stored.body.status).toBe('conflicted');
  });

  it('validates any PatchSet without writing, naming each failing operation', async () => {
    const { patch_set: plan } = await generate(alice, 'A blog with comments.');
    const projectId = (await apply(alice, plan)).body.project_id as string;
    const { data: project } = await h.client.get('/api/projects/{id}', {
      params: { path: { id: projectId } },
    });
    const [task] = await tasksOf(projectId);
    const reply = await h.request<PatchValidationDto>('POST', '/api/agent/validate', {
      as: alice,
      body: {
        id: '7d0a4c55-3f4f-4b5e-9a43-8a3c8c0e0001',
        format_version: 1,
        base: { project_id: projectId, project_version: project.version },
        source: { endpoint: 'manual' },
        ops: [
          { op: 'add_dependency', task: task.id, depends_on: task.id },
          { op: 'update_task', task: '7d0a4c55-3f4f-4b5e-9a43-8a3c8c0e0099', set: { title: 'x' } },
          { op: 'create_task', ref: '$t1', project: projectId, parent: '$missing', title: 'Orphan' },
        ],
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.valid).toBe(false);
    expect(reply.body.results.map((r) => `${r.index}:${r.code}`)).toEqual([
      '0:self_dependency',
      '1:unknown_id',
      '2:unknown_ref',
    ]);
    const malformed = await h.request<ProblemDto>('POST', '/api/agent/validate', {
      as: alice,
      body: {
        id: 'x',
        format_version: 2,
        base: null,
        source: { endpoint: 'manual' },
        ops: [{ op: 'explode' }],
      },
    });
    expect(malformed.status).toBe(422);
  });

  it('keeps each person to their own projects and PatchSets', async () => {
    const { patch_set: plan } = await generate(alice, 'A wiki with search.');
    const projectId = (await apply(alice, plan)).body.project_id as string;
    const peek = await h.request<ProblemDto>('GET', `/api/planner/patchsets/${plan.id}`, { as: bob });
    expect(peek.status).toBe(404);
    const refine = await h.request<ProblemDto>('POST', '/api/planner/refine', {
      as: bob,
      body: { project_id: projectId, feedback: 'add Payments' },
    });
    expect(refine.status).toBe(404);
    const reuse = await apply<ProblemDto>(bob, plan);
    expect(reuse.status).toBe(409);
    const list = await h.request<{ items: StoredPatchSetDto[] }>('GET', '/api/planner/patchsets', {
      as: bob,
    });
    expect(list.body.items).toEqual([]);
  });

  it('decomposes a task into subtasks under it', async () => {
    const { patch_set: plan } = await generate(alice, 'A chat app with realtime messages.');
    const projectId = (await apply(alice, plan)).body.project_id as string;
    const leaf = (await tasksOf(projectId)).find((t) => t.parent_id !== null);
    if (!leaf) throw new Error('the plan has no subtask');
    const reply = await h.request<PlannerResponse>('POST', `/api/tasks/${leaf.id}/decompose`, {
      as: alice,
      body: { count: 3 },
    });
    expect(reply.status).toBe(200);
    const creates = reply.body.patch_set.ops.filter((op): op is CreateTaskOp => op.op === 'create_task');
    expect(creates).toHaveLength(3);
    expect(creates.every((op) => op.parent === leaf.id)).toBe(true);
    expect(reply.body.validation.valid).toBe(true);
  });
});

describe('planner, limits', () => {
  it('refuses the 11th plan of a minute with 429 and Retry-After', async () => {
    const carol = { id: h.dataApi.users.admin.id, email: 'carol@example.com', role: 'admin' };
    const statuses: number[] = [];
    for (let n = 0; n < 11; n += 1) {
      const reply = await h.request('POST', '/api/planner/generate', {
        as: carol,
        body: { idea: `Plan number ${n} with login.` },
      });
      statuses.push(reply.status);
      if (n === 10) expect(reply.headers['retry-after']).toBeDefined();
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
