import { type Page } from '@slipway/contracts';
import { asMember, DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';

interface Task {
  id: string;
  parent_id: string | null;
  title: string;
  deleted_at: string | null;
  subtasks?: Task[];
}
interface Project {
  id: string;
  status: string;
  owner_id: string;
  modules: string[];
  deleted_at: string | null;
  tasks?: Task[];
}

describe('projects and their tasks', () => {
  let api: DataApiHarness;

  beforeAll(async () => {
    api = await DataApiHarness.start();
  });
  afterAll(async () => {
    await api.close();
  });

  const newProject = async (name: string) =>
    (
      await api.request<Project>('POST', '/api/projects', {
        as: asMember,
        body: { name, modules: ['api', 'worker'] },
      })
    ).body;
  const newTask = async (projectId: string, title: string, parentId?: string) => {
    const reply = await api.request<Task>('POST', '/api/tasks', {
      as: asMember,
      body: {
        project_id: projectId,
        type: 'engineering',
        title,
        ...(parentId ? { parent_id: parentId } : {}),
      },
    });
    expect(reply.status).toBe(201);
    return reply.body;
  };

  it('creates projects in status created, owned by the caller, with their modules', async () => {
    const project = await newProject('alpha');
    expect(project).toMatchObject({
      status: 'created',
      owner_id: api.users.member.id,
      modules: ['api', 'worker'],
    });
    expectProblem(
      await api.request('POST', '/api/projects', {
        as: asMember,
        body: { name: 'x', modules: [], status: 'active' },
      }),
      422,
      'validation_failed',
      'status',
    );
  });

  it('embeds tasks with include_tasks=true', async () => {
    const project = await newProject('beta');
    const a = await newTask(project.id, 'a');
    const b = await newTask(project.id, 'b');
    const plain = await api.request<Project>('GET', `/api/projects/${project.id}`, { as: asMember });
    expect(plain.body.tasks).toBeUndefined();
    const detailed = await api.request<Project>('GET', `/api/projects/${project.id}?include_tasks=true`, {
      as: asMember,
    });
    expect(detailed.body.tasks?.map((t) => t.id)).toEqual([a.id, b.id]);
  });

  it('returns a task with its subtasks as a tree', async () => {
    const project = await newProject('gamma');
    const root = await newTask(project.id, 'root');
    const child = await newTask(project.id, 'child', root.id);
    const grandchild = await newTask(project.id, 'grandchild', child.id);
    const sibling = await newTask(project.id, 'sibling', root.id);
    const tree = await api.request<Task>('GET', `/api/tasks/${root.id}?include_subtasks=true`, {
      as: asMember,
    });
    expect(tree.status).toBe(200);
    expect(tree.body.subtasks?.map((t) => t.id)).toEqual([child.id, sibling.id]);
    expect(tree.body.subtasks?.[0].subtasks?.map((t) => t.id)).toEqual([grandchild.id]);
    expect(tree.body.subtasks?.[1].subtasks).toEqual([]);

    const roots = await api.request<Page<Task>>('GET', `/api/tasks?project_id=${project.id}&root=true`, {
      as: asMember,
    });
    expect(roots.body.items.map((t) => t.id)).toEqual([root.id]);
    const children = await api.request<Page<Task>>('GET', `/api/tasks?parent_id=${root.id}&sort=created_at`, {
      as: asMember,
    });
    expect(children.body.items.map((t) => t.id)).toEqual([child.id, sibling.id]);
  });

  it('refuses parents from another project and cycles', async () => {
    const one = await newProject('delta');
    const two = await newProject('epsilon');
    const parent = await newTask(one.id, 'parent');
    const elsewhere = await api.request('POST', '/api/tasks', {
      as: asMember,
      body: { project_id: two.id, type: 'engineering', title: 'x', parent_id: parent.id },
    });
    expectProblem(elsewhere, 422, 'validation_failed', 'parent_id');
    const child = await newTask(one.id, 'child', parent.id);
    expectProblem(
      await api.request('PATCH', `/api/tasks/${parent.id}`, { as: asMember, body: { parent_id: child.id } }),
      422,
      'validation_failed',
      'parent_id',
    );
    expectProblem(
      await api.request('PATCH', `/api/tasks/${parent.id}`, { as: asMember, body: { parent_id: parent.id } }),
      422,
      'validation_failed',
      'parent_id',
    );
  });

  it('DELETE ?cascade=true soft-deletes the project and its tasks; without it the tasks stay', async () => {
    const kept = await newProject('zeta');
    const keptTask = await newTask(kept.id, 'stays');
    expect((await api.request('DELETE', `/api/projects/${kept.id}`, { as: asMember })).status).toBe(204);
    expect((await api.request<Task>('GET', `/api/tasks/${keptTask.id}`)).body.deleted_at).toBeNull();

    const gone = await newProject('eta');
    const t1 = await newTask(gone.id, 't1');
    const t2 = await newTask(gone.id, 't2', t1.id);
    expect(
      (await api.request('DELETE', `/api/projects/${gone.id}?cascade=true`, { as: asMember })).status,
    ).toBe(204);
    for (const id of [t1.id, t2.id]) {
      expectProblem(await api.request('GET', `/api/tasks/${id}`), 404, 'not_found');
      const tombstone = await api.request<Task>('GET', `/api/tasks/${id}?include_deleted=true`);
      expect(tombstone.body.deleted_at).toEqual(expect.any(String));
    }
    const project = await api.request<Project>('GET', `/api/projects/${gone.id}?include_deleted=true`);
    expect(project.body.deleted_at).toEqual(expect.any(String));
    expectProblem(
      await api.request('DELETE', `/api/projects/${gone.id}?cascade=yes`),
      422,
      'validation_failed',
      'cascade',
    );
  });

  it('does not create tasks in a deleted project', async () => {
    const project = await newProject('theta');
    await api.request('DELETE', `/api/projects/${project.id}`, { as: asMember });
    const reply = await api.request('POST', '/api/tasks', {
      as: asMember,
      body: { project_id: project.id, type: 'ops', title: 'late' },
    });
    expectProblem(reply, 422, 'validation_failed', 'project_id');
  });
});
