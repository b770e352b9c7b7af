import type {
  ApplyResultDto,
  PatchOp,
  PatchValidationDto,
  PlannerResponse,
  ProblemDto,
  StoredPatchSetDto,
  UndoResultDto,
} from '@slipway/contracts';
import { allPages, DataApiClient } from '@slipway/data-client';
import { randomUUID } from 'node:crypto';
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

/** A project of alice's with tasks A, B and C. */
async function project() {
  const { data: p } = await h.client.post('/api/projects', {
    body: { name: `P ${randomUUID().slice(0, 8)}`, modules: [], owner_id: alice.id },
  });
  const task = async (title: string) =>
    (await h.client.post('/api/tasks', { body: { project_id: p.id, type: 'engineering', title } })).data;
  return { project: p, a: await task('A'), b: await task('B'), c: await task('C') };
}

const manual = (projectId: string, projectVersion: number, ops: unknown[]) => ({
  id: randomUUID(),
  format_version: 1,
  base: { project_id: projectId, project_version: projectVersion },
  source: { endpoint: 'manual' },
  ops,
});
const apply = <T = ApplyResultDto>(body: unknown) =>
  h.request<T>('POST', '/api/planner/apply', { as: alice, body });
const undo = <T = UndoResultDto>(id: string) =>
  h.request<T>('POST', `/api/planner/patchsets/${id}/undo`, { as: alice });
const task = async (id: string) =>
  (await h.client.get('/api/tasks/{id}', { params: { path: { id }, query: { include_deleted: true } } }))
    .data;
const liveTasks = (projectId: string) =>
  allPages((cursor) =>
    h.client.get('/api/tasks', {
      params: { query: { project_id: projectId, limit: 100, ...(cursor ? { cursor } : {}) } },
    }),
  );

describe('undo', () => {
  it('takes back two changes of one task in one PatchSet', async () => {
    const { project: p, a } = await project();
    const patch = manual(p.id, p.version, [
      { op: 'update_task', task: a.id, base_version: a.version, set: { title: 'A renamed' } },
      { op: 'update_task', task: a.id, set: { priority: 'high' } },
      { op: 'move_task', task: a.id, parent: null },
    ]);
    expect((await apply(patch)).status).toBe(200);
    const undone = await undo(patch.id);
    expect(undone.status).toBe(200);
    expect(await task(a.id)).toMatchObject({ title: 'A', priority: 'medium', parent_id: null });
  });

  it('is a conflict, not an overwrite, once someone edited a record since', async () => {
    const { project: p, a } = await project();
    const patch = manual(p.id, p.version, [
      { op: 'update_task', task: a.id, base_version: a.version, set: { title: 'By the plan' } },
    ]);
    await apply(patch);
    const now = await task(a.id);
    await h.client.patch('/api/tasks/{id}', {
      params: { path: { id: a.id } },
      headers: { 'if-match': DataApiClient.ifMatch(now.version) },
      body: { title: 'By a person' },
    });
    const refused = await undo<ProblemDto>(patch.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('patch_conflict');
    expect((await task(a.id)).title).toBe('By a person');
  });

  it('is a conflict while someone built on a task the PatchSet created (a subtask, a dependency)', async () => {
    const { project: p, b } = await project();
    const patch = manual(p.id, p.version, [{ op: 'create_task', ref: '$n', project: p.id, title: 'New' }]);
    const applied = await apply(patch);
    const created = applied.body.refs.$n;
    const { data: child } = await h.client.post('/api/tasks', {
      body: { project_id: p.id, parent_id: created, type: 'engineering', title: 'A person’s subtask' },
    });
    const underIt = await undo<ProblemDto>(patch.id);
    expect(underIt.status).toBe(409);
    expect(underIt.body.errors?.[0].field).toBe(`tasks.${child.id}`);
    await h.client.delete('/api/tasks/{id}', { params: { path: { id: child.id } } });
    const { data: edge } = await h.client.post('/api/task_dependencies', {
      body: { project_id: p.id, task_id: b.id, depends_on_id: created },
    });
    const waitingOnIt = await undo<ProblemDto>(patch.id);
    expect(waitingOnIt.status).toBe(409);
    expect(waitingOnIt.body.errors?.[0].field).toBe(`task_dependencies.${edge.id}`);
    await h.client.delete('/api/task_dependencies/{id}', { params: { path: { id: edge.id } } });
    expect((await undo(patch.id)).status).toBe(200);
    expect((await task(created)).deleted_at).not.toBeNull();
  });

  it('takes back a dependency created and then removed with its task in the same PatchSet', async () => {
    const { project: p, a, b } = await project();
    const patch = manual(p.id, p.version, [
      { op: 'add_dependency', task: a.id, depends_on: b.id },
      { op: 'delete_task', task: a.id, base_version: a.version },
    ]);
    expect((await apply(patch)).status).toBe(200);
    expect((await undo(patch.id)).status).toBe(200);
    expect((await task(a.id)).deleted_at).toBeNull();
  });

  it('takes back a generated project with its tasks', async () => {
    const { body: plan } = await h.request<PlannerResponse>('POST', '/api/planner/generate', {
      as: alice,
      body: { idea: 'A small notes app with login.' },
    });
    const { id, format_version, base, source, ops, rationale } = plan.patch_set;
    const applied = await apply({ id, format_version, base, source, ops, rationale });
    const projectId = applied.body.project_id as string;
    expect((await undo(id)).status).toBe(200);
    expect(await liveTasks(projectId)).toEqual([]);
    const gone = await h.client.get('/api/projects/{id}', {
      params: { path: { id: projectId }, query: { include_deleted: true } },
    });
    expect(gone.data.deleted_at).not.toBeNull();
  });
});

describe('apply, once and whole', () => {
  it('applies a PatchSet sent twice at once exactly once', async () => {
    const { project: p } = await project();
    const patch = manual(p.id, p.version, [{ op: 'create_task', ref: '$x', project: p.id, title: 'Once' }]);
    const [first, second] = await Promise.all([apply(patch), apply(patch)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toEqual(first.body);
    expect((await liveTasks(p.id)).filter((t) => t.title === 'Once')).toHaveLength(1);
  });

  it('finishes an apply cut short after its batch ran, writing nothing twice', async () => {
    const { body: plan } = await h.request<PlannerResponse>('POST', '/api/planner/generate', {
      as: alice,
      body: { idea: 'A wiki with search and login.' },
    });
    const { id, format_version, base, source, ops, rationale } = plan.patch_set;
    const first = await apply({ id, format_version, base, source, ops, rationale });
    const projectId = first.body.project_id as string;
    const count = (await liveTasks(projectId)).length;
    // The state a crash right after the batch leaves: status applying, the writes recorded as pending.
    const { data: application } = await h.client.get('/api/patch_set_applications', {
      params: { query: { patch_set_id: id, limit: 1 } },
    });
    const { data: stored } = await h.client.get('/api/patch_sets/{id}', { params: { path: { id } } });
    await h.client.patch('/api/patch_sets/{id}', {
      params: { path: { id } },
      headers: { 'if-match': DataApiClient.ifMatch(stored.version) },
      body: {
        status: 'applying',
        result: {
          pending: {
            operations: application.items[0].operations,
            inverse_ops: application.items[0].inverse_ops,
            result: { ...first.body, applied_at: '' },
          },
        },
      },
    });
    const resumed = await apply({ id, format_version, base, source, ops, rationale });
    expect(resumed.status).toBe(200);
    expect(resumed.body.refs).toEqual(first.body.refs);
    expect(await liveTasks(projectId)).toHaveLength(count);
    const after = await h.request<StoredPatchSetDto>('GET', `/api/planner/patchsets/${id}`, { as: alice });
    expect(after.body.status).toBe('applied');
  });

  it('never leaves a PatchSet rejected with its changes written, when reject races apply', async () => {
    const { body: plan } = await h.request<PlannerResponse>('POST', '/api/planner/generate', {
      as: alice,
      body: { idea: 'A todo app with reminders.' },
    });
    const { id, format_version, base, source, ops, rationale } = plan.patch_set;
    const [applied, rejected] = await Promise.all([
      apply<ApplyResultDto & { code?: string }>({ id, format_version, base, source, ops, rationale }),
      h.request<StoredPatchSetDto>('POST', `/api/planner/patchsets/${id}/reject`, { as: alice, body: {} }),
    ]);
    const stored = await h.request<StoredPatchSetDto>('GET', `/api/planner/patchsets/${id}`, { as: alice });
    if (applied.status === 200) {
      expect(rejected.status).toBe(409);
      expect(stored.body.status).toBe('applied');
    } else {
      expect(rejected.status).toBe(200);
      expect(stored.body.status).toBe('rejected');
      expect(stored.body.project_id).toBeNull();
    }
  });
});

describe('malformed PatchSets', () => {
  it.each<[string, Record<string, unknown>]>([
    ['an operation that is null', { ops: [null] }],
    ['no source', { source: undefined }],
    ['an update without set', { ops: [{ op: 'update_task', task: randomUUID() }] }],
    ['an unknown operation', { ops: [{ op: 'explode' }] }],
    ['an upper-case id', { id: randomUUID().toUpperCase() }],
  ])('refuses %s with 422 on validate and apply', async (_, change) => {
    const { project: p, a } = await project();
    const body = {
      ...manual(p.id, p.version, [{ op: 'update_task', task: a.id, set: { title: 'x' } } satisfies PatchOp]),
      ...change,
    };
    const validated = await h.request<ProblemDto>('POST', '/api/agent/validate', { as: alice, body });
    expect(validated.status).toBe(422);
    expect((await apply<ProblemDto>(body)).status).toBe(422);
  });

  it('refuses a cascade that would take more writes than one apply makes', async () => {
    const { project: p, a } = await project();
    for (let batch = 0; batch < 2; batch += 1)
      await h.client.post('/api/tasks/bulk', {
        body: Array.from({ length: 260 }, (_, n) => ({
          project_id: p.id,
          parent_id: a.id,
          type: 'engineering' as const,
          title: `Child ${batch}-${n}`,
        })),
      });
    const body = manual(p.id, p.version, [
      { op: 'delete_task', task: a.id, base_version: a.version, on_dependents: 'cascade' },
    ]);
    const validated = await h.request<PatchValidationDto>('POST', '/api/agent/validate', { as: alice, body });
    expect(validated.body.valid).toBe(false);
    expect(validated.body.results[0]).toMatchObject({ index: -1, code: 'too_large' });
    const refused = await apply<ProblemDto>(body);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('patch_invalid');
  });
});
