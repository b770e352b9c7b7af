import type { BatchOperationDto, BatchResponseDto, ProjectDto, TaskDto } from '@slipway/contracts';
import { Client } from 'pg';
import { asAdmin, asMember, asOther, asService, type Caller, DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';

type Operation = Omit<BatchOperationDto, 'method'> & { method: string };

describe('POST /api/batch: writes of several resources in one transaction', () => {
  let api: DataApiHarness;
  let db: Client;

  beforeAll(async () => {
    api = await DataApiHarness.start();
    db = new Client({ connectionString: api.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const batch = (operations: Operation[], as: Caller = asMember) =>
    api.request<BatchResponseDto>('POST', '/api/batch', { as, body: { operations } });
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0].n;
  const projectsNamed = (name: string) => count('projects WHERE name = $1', [name]);
  const newProject = async (name: string, as: Caller = asMember): Promise<ProjectDto> => {
    const reply = await api.request<ProjectDto>('POST', '/api/projects', { as, body: { name, modules: [] } });
    expect(reply.status).toBe(201);
    return reply.body;
  };
  const newTask = async (projectId: string, title: string, parentId?: string): Promise<TaskDto> => {
    const reply = await api.request<TaskDto>('POST', '/api/tasks', {
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
  const project = (ref: string, name: string): Operation => ({
    ref,
    method: 'create',
    resource: 'projects',
    body: { name, modules: ['api'] },
  });
  const task = (ref: string, title: string, refs: Record<string, string>): Operation => ({
    ref,
    method: 'create',
    resource: 'tasks',
    body: { type: 'engineering', title },
    refs,
  });

  it('creates a project, a task, its subtask and a dependency, each naming the earlier ones by ref', async () => {
    const reply = await batch([
      project('p', 'chain'),
      task('t1', 'build', { project_id: 'p' }),
      task('t2', 'build the api', { project_id: 'p', parent_id: 't1' }),
      {
        ref: 'd',
        method: 'create',
        resource: 'task_dependencies',
        refs: { project_id: 'p', task_id: 't2', depends_on_id: 't1' },
      },
    ]);
    expect(reply.status).toBe(200);
    const { refs, results } = reply.body;
    expect(Object.keys(refs)).toEqual(['p', 't1', 't2', 'd']);
    expect(results.map((r) => [r.index, r.ref, r.resource, r.method, r.id, r.version])).toEqual([
      [0, 'p', 'projects', 'create', refs.p, 1],
      [1, 't1', 'tasks', 'create', refs.t1, 1],
      [2, 't2', 'tasks', 'create', refs.t2, 1],
      [3, 'd', 'task_dependencies', 'create', refs.d, 1],
    ]);
    expect(results[0].record).toMatchObject({
      name: 'chain',
      owner_id: api.users.member.id,
      deleted_at: null,
    });
    expect(results[2].record).toMatchObject({
      project_id: refs.p,
      parent_id: refs.t1,
      title: 'build the api',
    });
    expect(results[3].record).toEqual({
      id: refs.d,
      project_id: refs.p,
      task_id: refs.t2,
      depends_on_id: refs.t1,
      version: 1,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const stored = await api.request<TaskDto>('GET', `/api/tasks/${refs.t2}`, { as: asMember });
    expect(stored.body).toEqual(results[2].record);
  });

  it('writes nothing when the last operation fails, and names it', async () => {
    const reply = await batch([
      project('p', 'rolled back'),
      task('t1', 'first', { project_id: 'p' }),
      {
        method: 'create',
        resource: 'tasks',
        body: { type: 'ops', title: 'orphan', parent_id: '5a4c2f7e-0a51-4f6c-9d1e-1d2b3c4d5e6f' },
        refs: { project_id: 'p' },
      },
    ]);
    const problem = expectProblem(reply, 422, 'validation_failed', 'operations[2].body.parent_id');
    expect(problem.detail).toBe('operation 2: parent_id refers to no live task');
    expect(await projectsNamed('rolled back')).toBe(0);
    expect(await count("tasks WHERE title IN ('first', 'orphan')")).toBe(0);
  });

  it('answers a stale if_match with 412 and writes nothing', async () => {
    const target = await newProject('versioned');
    const stale = await batch([
      { method: 'update', resource: 'projects', id: target.id, if_match: 1, body: { description: 'v2' } },
      { method: 'create', resource: 'tasks', body: { project_id: target.id, type: 'qa', title: 'kept?' } },
      { method: 'update', resource: 'projects', id: target.id, if_match: 1, body: { description: 'v3' } },
    ]);
    const problem = expectProblem(stale, 412, 'precondition_failed');
    expect(problem.detail).toMatch(/^operation 2: Project .+ is at version 2; fetch it again$/);
    const now = await api.request<ProjectDto>('GET', `/api/projects/${target.id}`, { as: asMember });
    expect(now.body).toMatchObject({ version: 1, description: null });
    expect(await count('tasks WHERE project_id = $1', [target.id])).toBe(0);
  });

  it('applies each resource’s access rule to the caller: nothing of another user’s, nothing written', async () => {
    const theirs = await newProject('not yours', asOther);
    const intoTheirs = await batch([
      project('p', 'mine first'),
      {
        method: 'create',
        resource: 'tasks',
        body: { project_id: theirs.id, type: 'ops', title: 'intrusion' },
      },
    ]);
    expect(expectProblem(intoTheirs, 403, 'forbidden').detail).toBe(
      'operation 1: The project belongs to another user',
    );
    const changeTheirs = await batch([
      project('p', 'mine first'),
      { method: 'update', resource: 'projects', id: theirs.id, body: { name: 'taken over' } },
    ]);
    expectProblem(changeTheirs, 404, 'not_found');
    expect(await projectsNamed('mine first')).toBe(0);
    expect(await count("tasks WHERE title = 'intrusion'")).toBe(0);
    const untouched = await api.request<ProjectDto>('GET', `/api/projects/${theirs.id}`, { as: asOther });
    expect(untouched.body).toMatchObject({ name: 'not yours', version: 1 });

    // Records only services write, and those only services see, stay theirs.
    expectProblem(
      await batch([
        {
          method: 'create',
          resource: 'patch_sets',
          body: { owner_id: api.users.member.id, endpoint: 'manual', source: {}, ops: [] },
        },
      ]),
      403,
      'forbidden',
    );
    expectProblem(
      await batch([{ method: 'create', resource: 'org_plans', body: {} }], asAdmin),
      403,
      'forbidden',
    );
  });

  it('checks every body against its resource’s contract first, and names every error at once', async () => {
    const reply = await batch([
      project('p', 'validated'),
      { method: 'create', resource: 'projects', body: { name: 'no modules', colour: 'red' } },
      {
        method: 'create',
        resource: 'tasks',
        body: { type: 'engineering', title: '' },
        refs: { project_id: 'p' },
      },
      { method: 'update', resource: 'tasks', id_ref: 'p', body: { priority: 'urgent' } },
      { method: 'delete', resource: 'projects', id_ref: 'p', query: { cascade: 'yes' } },
    ]);
    const problem = expectProblem(reply, 422, 'validation_failed');
    const fields = problem.errors?.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'operations[1].body.modules',
        'operations[1].body.colour',
        'operations[2].body.title',
        'operations[3].body.priority',
        'operations[4].query.cascade',
      ]),
    );
    expect(fields).not.toContain('operations[0].body.name');
    expect(problem.detail).toContain('operation 2: title must be longer than or equal to 1 characters');
    expect(await projectsNamed('validated')).toBe(0);
  });

  it('refuses a ref used before it is defined, one defined twice, and a target named twice or not at all', async () => {
    const target = await newProject('refs');
    const reply = await batch([
      task('t', 'too early', { project_id: 'p' }),
      project('p', 'late'),
      project('p', 'again'),
      { method: 'update', resource: 'projects', id: target.id, id_ref: 'p', body: {} },
      { method: 'delete', resource: 'projects' },
      { method: 'update', resource: 'projects', id_ref: 'nowhere', body: {} },
      {
        method: 'create',
        resource: 'projects',
        id: target.id,
        if_match: 1,
        body: { name: 'x', modules: [] },
      },
      { method: 'restore', resource: 'tasks', id: target.id, body: { title: 'x' } },
      { method: 'create', resource: 'tasks', body: { project_id: target.id }, refs: { project_id: 'p' } },
    ]);
    const problem = expectProblem(reply, 422, 'validation_failed');
    expect(problem.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'operations[0].refs.project_id',
        'operations[2].ref',
        'operations[3].id',
        'operations[4].id',
        'operations[5].id_ref',
        'operations[6].id',
        'operations[6].if_match',
        'operations[7].body',
        'operations[8].refs.project_id',
      ]),
    );
    expect(problem.detail).toContain('operation 2: ref p is already defined by operation 1');
    expect(problem.detail).toContain(
      'operation 0: refs.project_id names ref p, which no earlier operation defines',
    );
    expect(await projectsNamed('late')).toBe(0);
  });

  it('restores a soft-deleted task, honouring if_match; a live one is no deleted task (404)', async () => {
    const home = await newProject('restore');
    const parent = await newTask(home.id, 'parent');
    const child = await newTask(home.id, 'child', parent.id);
    for (const id of [child.id, parent.id])
      expect((await api.request('DELETE', `/api/tasks/${id}`, { as: asMember })).status).toBe(204);

    // The child cannot come back under its deleted parent; the stale version is refused.
    expectProblem(
      await batch([{ method: 'restore', resource: 'tasks', id: child.id }]),
      422,
      'validation_failed',
      'operations[0].parent_id',
    );
    expectProblem(
      await batch([{ method: 'restore', resource: 'tasks', id: parent.id, if_match: 1 }]),
      412,
      'precondition_failed',
    );
    const reply = await batch([
      { ref: 'parent', method: 'restore', resource: 'tasks', id: parent.id, if_match: 2 },
      { method: 'restore', resource: 'tasks', id: child.id },
      { method: 'update', resource: 'tasks', id_ref: 'parent', if_match: 3, body: { status: 'in_progress' } },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body.results.map((r) => [r.method, r.version, r.record?.deleted_at])).toEqual([
      ['restore', 3, null],
      ['restore', 3, null],
      ['update', 4, null],
    ]);
    expect(
      (await api.request<TaskDto>('GET', `/api/tasks/${child.id}`, { as: asMember })).body,
    ).toMatchObject({
      parent_id: parent.id,
      deleted_at: null,
    });
    expectProblem(await batch([{ method: 'restore', resource: 'tasks', id: parent.id }]), 404, 'not_found');
    expectProblem(
      await batch([{ method: 'restore', resource: 'task_dependencies', id: parent.id }]),
      422,
      'validation_failed',
      'operations[0].method',
    );

    // The same as a route of its own.
    await api.request('DELETE', `/api/tasks/${child.id}`, { as: asMember });
    const restored = await api.request<TaskDto>('POST', `/api/tasks/${child.id}/restore`, {
      as: asMember,
      headers: { 'if-match': '"4"' },
    });
    expect(restored.status).toBe(200);
    expect(restored.headers.etag).toBe('"5"');
    expect(restored.body).toMatchObject({ deleted_at: null, version: 5 });
    expectProblem(
      await api.request('POST', `/api/tasks/${child.id}/restore`, { as: asOther }),
      404,
      'not_found',
    );
  });

  it('deletes a project with its tasks through the delete’s query, and answers the tombstone', async () => {
    const gone = await newProject('cascade');
    const first = await newTask(gone.id, 'one');
    const second = await newTask(gone.id, 'two', first.id);
    const reply = await batch([
      { method: 'delete', resource: 'projects', id: gone.id, query: { cascade: true }, if_match: 1 },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body.results[0]).toMatchObject({ method: 'delete', id: gone.id, version: 2 });
    expect(reply.body.results[0].record?.deleted_at).toEqual(expect.any(String));
    expect(await count('tasks WHERE id = ANY($1) AND deleted_at IS NOT NULL', [[first.id, second.id]])).toBe(
      2,
    );
  });

  it('answers a record deleted outright with a null version and record', async () => {
    const home = await newProject('hard delete');
    const a = await newTask(home.id, 'a');
    const b = await newTask(home.id, 'b');
    const reply = await batch([
      {
        ref: 'd',
        method: 'create',
        resource: 'task_dependencies',
        body: { project_id: home.id, task_id: a.id, depends_on_id: b.id },
      },
      { method: 'delete', resource: 'task_dependencies', id_ref: 'd' },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.body.results[1]).toEqual({
      index: 1,
      resource: 'task_dependencies',
      method: 'delete',
      id: reply.body.refs.d,
      version: null,
      record: null,
    });
    expect(await count('task_dependencies WHERE task_id = $1', [a.id])).toBe(0);
  });

  it('takes 1 to 500 operations, of the resources the generic CRUD serves only', async () => {
    const many = Array.from({ length: 501 }, (_, i) => project(`p${i}`, `bulk ${i}`));
    expectProblem(await batch(many), 422, 'validation_failed', 'operations');
    expectProblem(await batch([]), 422, 'validation_failed', 'operations');
    const unknown = await batch(
      [
        { method: 'create', resource: 'widgets', body: {} },
        { method: 'create', resource: 'users', body: { telegram_id: 77, role: 'admin' } },
        { method: 'create', resource: 'api_keys', body: { name: 'k' } },
      ],
      asAdmin,
    );
    const problem = expectProblem(unknown, 422, 'validation_failed');
    expect(problem.errors?.map((e) => e.field)).toEqual([
      'operations[0].resource',
      'operations[1].resource',
      'operations[2].resource',
    ]);
    expectProblem(
      await batch([{ method: 'upsert', resource: 'projects', body: {} }]),
      422,
      'validation_failed',
      'operations[0].method',
    );
    const full = await batch(
      Array.from({ length: 500 }, (_, i) => project(`q${i}`, `full batch`)),
      asService,
    );
    expect(full.status).toBe(422); // a service must name the owner of each project
    expect(full.body).toMatchObject({ detail: expect.stringMatching(/^operation 0: owner_id is required/) });
    const owned = Array.from({ length: 500 }, (_, i) => ({
      ...project(`q${i}`, 'full batch'),
      body: { name: 'full batch', modules: [], owner_id: api.users.member.id },
    }));
    expect((await batch(owned, asService)).status).toBe(200);
    expect(await projectsNamed('full batch')).toBe(500);
  });

  describe('with an Idempotency-Key', () => {
    const keyed = (key: string, operations: Operation[], as: Caller = asMember) =>
      api.request<BatchResponseDto>('POST', '/api/batch', {
        as,
        body: { operations },
        headers: { 'idempotency-key': key },
      });

    it('runs once: a repeat answers the first result, even at the same time', async () => {
      const operations = [project('p', 'keyed once')];
      const [first, second] = await Promise.all([keyed('k-once', operations), keyed('k-once', operations)]);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.body).toEqual(first.body);
      expect([first.headers['idempotent-replayed'], second.headers['idempotent-replayed']]).toContain('true');
      const third = await keyed('k-once', operations);
      expect(third.body).toEqual(first.body);
      expect(await projectsNamed('keyed once')).toBe(1);
    });

    it('refuses the key with other operations, and keeps keys apart per caller', async () => {
      expect((await keyed('k-other', [project('p', 'keyed a')])).status).toBe(200);
      const other = await keyed('k-other', [project('p', 'keyed b')]);
      expectProblem(other, 409, 'idempotency_conflict');
      expect(await projectsNamed('keyed b')).toBe(0);
      expect((await keyed('k-other', [project('p', 'keyed c')], asOther)).status).toBe(200);
    });

    it('frees the key of a batch that failed: nothing was written, so it may run again', async () => {
      const failing = [
        project('p', 'keyed retry'),
        { method: 'update', resource: 'tasks', id: '00000000-0000-4000-8000-000000000000', body: {} },
      ];
      expect((await keyed('k-retry', failing)).status).toBe(404);
      expect((await keyed('k-retry', [project('p', 'keyed retry')])).status).toBe(200);
      expect(await projectsNamed('keyed retry')).toBe(1);
    });

    it('creates records under ids the caller chose', async () => {
      const id = '5f0c3d4e-1b2a-4c3d-8e9f-0a1b2c3d4e5f';
      const reply = await batch([
        { method: 'create', resource: 'projects', body: { id, name: 'chosen id', modules: [] } },
      ]);
      expect(reply.body.results[0].id).toBe(id);
      const again = await batch([
        { method: 'create', resource: 'projects', body: { id, name: 'chosen id 2', modules: [] } },
      ]);
      expect(again.status).toBe(409);
      const rename = await api.request('PATCH', `/api/projects/${id}`, {
        as: asMember,
        body: { id: '5f0c3d4e-1b2a-4c3d-8e9f-0a1b2c3d4e60' },
      });
      expect(rename.status).toBe(422);
    });
  });
});
