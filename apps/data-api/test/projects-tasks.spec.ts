import { type Page } from '@slipway/contracts';
import { asMember, asOther, DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';

interface Task {
  id: string;
  version: number;
  project_id: string;
  parent_id: string | null;
  type: string;
  title: string;
  description: string | null;
  status: string;
  priority: string;
  assignee: string | null;
  payload: Record<string, unknown>;
  result: Record<string, unknown> | null;
  deleted_at: string | null;
  subtasks?: Task[];
}
interface Project {
  id: string;
  version: number;
  name: string;
  description: string | null;
  status: string;
  owner_id: string;
  modules: string[];
  repo_url: string | null;
  config: Record<string, unknown>;
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

  describe('PUT replaces the whole record', () => {
    const fullProject = async (): Promise<Project> => {
      const created = await api.request<Project>('POST', '/api/projects', {
        as: asMember,
        body: {
          name: 'full',
          description: 'all fields set',
          modules: ['api'],
          repo_url: 'https://git.example.com/full.git',
          config: { region: 'eu' },
        },
      });
      const active = await api.request<Project>('PATCH', `/api/projects/${created.body.id}`, {
        as: asMember,
        body: { status: 'active' },
      });
      expect(active.body).toMatchObject({ status: 'active', version: 2 });
      return active.body;
    };

    it('sets a project’s fields from the body; those left out return to their defaults, the owner stays', async () => {
      const before = await fullProject();
      const reply = await api.request<Project>('PUT', `/api/projects/${before.id}`, {
        as: asMember,
        body: { name: 'replaced', modules: ['worker'] },
        headers: { 'if-match': `"${before.version}"` },
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        id: before.id,
        name: 'replaced',
        modules: ['worker'],
        description: null,
        repo_url: null,
        config: {},
        status: 'created',
        owner_id: api.users.member.id,
        version: before.version + 1,
      });
      expect(reply.headers.etag).toBe(`"${before.version + 1}"`);
      const after = await api.request<Project>('GET', `/api/projects/${before.id}`, { as: asMember });
      expect(after.body).toEqual(reply.body);
      expect(after.headers.etag).toBe(reply.headers.etag);

      const again = await api.request<Project>('PUT', `/api/projects/${before.id}`, {
        as: asMember,
        body: { name: 'replaced', modules: [], status: 'active', config: { tier: 2 } },
      });
      expect(again.body).toMatchObject({ modules: [], status: 'active', config: { tier: 2 }, version: 4 });
    });

    it('answers 412 to a stale If-Match and changes nothing', async () => {
      const before = await fullProject();
      const stale = await api.request('PUT', `/api/projects/${before.id}`, {
        as: asMember,
        body: { name: 'late', modules: [] },
        headers: { 'if-match': `"${before.version - 1}"` },
      });
      expectProblem(stale, 412, 'precondition_failed');
      const after = await api.request<Project>('GET', `/api/projects/${before.id}`, { as: asMember });
      expect(after.body).toEqual(before);
    });

    it('answers 422 naming a required field left out, and changes nothing', async () => {
      const before = await fullProject();
      expectProblem(
        await api.request('PUT', `/api/projects/${before.id}`, { as: asMember, body: { name: 'x' } }),
        422,
        'validation_failed',
        'modules',
      );
      expectProblem(
        await api.request('PUT', `/api/projects/${before.id}`, { as: asMember, body: { modules: [] } }),
        422,
        'validation_failed',
        'name',
      );
      const after = await api.request<Project>('GET', `/api/projects/${before.id}`, { as: asMember });
      expect(after.body).toEqual(before);
    });

    it('answers 404 to a member replacing another member’s project, 403 to giving one away', async () => {
      const theirs = (
        await api.request<Project>('POST', '/api/projects', {
          as: asOther,
          body: { name: 'theirs', description: 'keep', modules: ['api'] },
        })
      ).body;
      expectProblem(
        await api.request('PUT', `/api/projects/${theirs.id}`, {
          as: asMember,
          body: { name: 'hijacked', modules: [] },
        }),
        404,
        'not_found',
      );
      const after = await api.request<Project>('GET', `/api/projects/${theirs.id}`, { as: asOther });
      expect(after.body).toEqual(theirs);

      const mine = await fullProject();
      expectProblem(
        await api.request('PUT', `/api/projects/${mine.id}`, {
          as: asMember,
          body: { name: 'gift', modules: [], owner_id: api.users.other.id },
        }),
        403,
        'forbidden',
      );
      expect((await api.request<Project>('GET', `/api/projects/${mine.id}`, { as: asMember })).body).toEqual(
        mine,
      );
      const moved = await api.request<Project>('PUT', `/api/projects/${mine.id}`, {
        body: { name: 'moved', modules: [], owner_id: api.users.other.id },
      });
      expect(moved.body.owner_id).toBe(api.users.other.id);
    });

    it('sets a task’s fields from the body; those left out return to their defaults', async () => {
      const project = await newProject('put-tasks');
      const parent = await newTask(project.id, 'parent');
      const created = await api.request<Task>('POST', '/api/tasks', {
        as: asMember,
        body: {
          project_id: project.id,
          parent_id: parent.id,
          type: 'engineering',
          title: 'full',
          description: 'all fields set',
          status: 'in_progress',
          priority: 'critical',
          assignee: 'alice',
          payload: { step: 1 },
          result: { ok: true },
        },
      });
      const task = created.body;
      const reply = await api.request<Task>('PUT', `/api/tasks/${task.id}`, {
        as: asMember,
        body: { type: 'ops', title: 'replaced' },
        headers: { 'if-match': `"${task.version}"` },
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        project_id: project.id,
        parent_id: null,
        type: 'ops',
        title: 'replaced',
        description: null,
        status: 'todo',
        priority: 'medium',
        assignee: null,
        payload: {},
        result: null,
        version: task.version + 1,
      });
      expect(reply.headers.etag).toBe(`"${task.version + 1}"`);

      expectProblem(
        await api.request('PUT', `/api/tasks/${task.id}`, {
          as: asMember,
          body: { type: 'ops', title: 'stale' },
          headers: { 'if-match': `"${task.version}"` },
        }),
        412,
        'precondition_failed',
      );
      expectProblem(
        await api.request('PUT', `/api/tasks/${task.id}`, { as: asMember, body: { type: 'ops' } }),
        422,
        'validation_failed',
        'title',
      );
      expectProblem(
        await api.request('PUT', `/api/tasks/${task.id}`, {
          as: asMember,
          body: { type: 'ops', title: 'moved', project_id: parent.project_id },
        }),
        422,
        'validation_failed',
        'project_id',
      );
      expectProblem(
        await api.request('PUT', `/api/tasks/${task.id}`, {
          as: asMember,
          body: { type: 'ops', title: 'loop', parent_id: task.id },
        }),
        422,
        'validation_failed',
        'parent_id',
      );
      const after = await api.request<Task>('GET', `/api/tasks/${task.id}`, { as: asMember });
      expect(after.body).toEqual(reply.body);
    });

    it('answers 404 to a member replacing a task in another member’s project, and changes nothing', async () => {
      const theirProject = (
        await api.request<Project>('POST', '/api/projects', {
          as: asOther,
          body: { name: 'their-tasks', modules: [] },
        })
      ).body;
      const theirTask = (
        await api.request<Task>('POST', '/api/tasks', {
          as: asOther,
          body: { project_id: theirProject.id, type: 'engineering', title: 'theirs', assignee: 'bob' },
        })
      ).body;
      expectProblem(
        await api.request('PUT', `/api/tasks/${theirTask.id}`, {
          as: asMember,
          body: { type: 'ops', title: 'hijacked' },
        }),
        404,
        'not_found',
      );
      const after = await api.request<Task>('GET', `/api/tasks/${theirTask.id}`, { as: asOther });
      expect(after.body).toEqual(theirTask);
    });

    it('is offered only where the resource declares a replacement', async () => {
      const server = await api.request<{ id: string }>('POST', '/api/servers', {
        body: { name: 'put-less', host: '10.0.0.9' },
      });
      expect(server.status).toBe(201);
      const reply = await api.request('PUT', `/api/servers/${server.body.id}`, {
        body: { name: 'x', host: '10.0.0.9' },
      });
      expect(reply.status).toBe(404);
    });
  });
});
