import type {
  ChatMessageRecordDto,
  ChatSessionRecordDto,
  LlmUsageDto,
  Page,
  PatchSetApplicationDto,
  PatchSetRecordDto,
  ProjectDto,
  TaskDependencyDto,
  TaskDto,
} from '@slipway/contracts';
import { SERVICE_ONLY_EXTENSION } from '@slipway/platform';
import { randomUUID } from 'node:crypto';
import { asAdmin, asMember, asOther, asService, type Caller, DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';

describe('the planner’s records', () => {
  let api: DataApiHarness;

  beforeAll(async () => {
    api = await DataApiHarness.start();
  });
  afterAll(async () => {
    await api.close();
  });

  const post = <T>(path: string, body: object, as: Caller = asService) =>
    api.request<T>('POST', `/api/${path}`, { as, body });
  const newProject = async (name: string, as: Caller = asMember): Promise<ProjectDto> =>
    (await post<ProjectDto>('projects', { name, modules: [] }, as)).body;
  const newTask = async (projectId: string, title: string, as: Caller = asMember): Promise<TaskDto> =>
    (await post<TaskDto>('tasks', { project_id: projectId, type: 'engineering', title }, as)).body;

  describe('task_dependencies', () => {
    it('links two live tasks of one project, once, and never a task to itself', async () => {
      const home = await newProject('deps');
      const [a, b, c] = [
        await newTask(home.id, 'a'),
        await newTask(home.id, 'b'),
        await newTask(home.id, 'c'),
      ];
      const link = (task: string, dependsOn: string, projectId = home.id, as: Caller = asMember) =>
        post<TaskDependencyDto>(
          'task_dependencies',
          { project_id: projectId, task_id: task, depends_on_id: dependsOn },
          as,
        );
      const created = await link(a.id, b.id);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        project_id: home.id,
        task_id: a.id,
        depends_on_id: b.id,
        version: 1,
      });
      expect((await link(c.id, b.id)).status).toBe(201);
      expectProblem(await link(a.id, b.id), 409, 'conflict', 'depends_on_id');
      expectProblem(await link(a.id, a.id), 422, 'validation_failed', 'depends_on_id');

      const elsewhere = await newProject('other deps');
      const stranger = await newTask(elsewhere.id, 'stranger');
      expectProblem(await link(a.id, stranger.id), 422, 'validation_failed', 'depends_on_id');
      expectProblem(await link(a.id, b.id, elsewhere.id), 422, 'validation_failed', 'task_id');
      await api.request('DELETE', `/api/tasks/${c.id}`, { as: asMember });
      expectProblem(await link(c.id, a.id), 422, 'validation_failed', 'task_id');
      expectProblem(await link(randomUUID(), a.id), 422, 'validation_failed', 'task_id');

      // Another member neither links tasks of this project nor sees its dependencies.
      expectProblem(await link(b.id, a.id, home.id, asOther), 403, 'forbidden');
      const theirs = await api.request<Page<TaskDependencyDto>>('GET', '/api/task_dependencies', {
        as: asOther,
      });
      expect(theirs.body.items).toEqual([]);

      const waitingOnB = await api.request<Page<TaskDependencyDto>>(
        'GET',
        `/api/task_dependencies?depends_on_id=${b.id}&sort=created_at`,
        { as: asMember },
      );
      expect(waitingOnB.body.items.map((d) => d.task_id)).toEqual([a.id, c.id]);
      const ofA = await api.request<Page<TaskDependencyDto>>(
        'GET',
        `/api/task_dependencies?task_id=${a.id}`,
        {
          as: asMember,
        },
      );
      expect(ofA.body.items.map((d) => d.id)).toEqual([created.body.id]);

      // Nothing to change: PATCH takes an empty object, nothing else.
      const touched = await api.request<TaskDependencyDto>(
        'PATCH',
        `/api/task_dependencies/${created.body.id}`,
        {
          as: asMember,
          body: {},
          headers: { 'if-match': '"1"' },
        },
      );
      expect(touched.body.version).toBe(2);
      for (const body of ['"text"', '42', '[]'])
        expectProblem(
          await api.request('PATCH', `/api/task_dependencies/${created.body.id}`, { as: asMember, body }),
          422,
          'validation_failed',
          'body',
        );

      // Removed outright: the same link may be made again.
      const removed = await api.request('DELETE', `/api/task_dependencies/${created.body.id}`, {
        as: asMember,
      });
      expect(removed.status).toBe(204);
      expectProblem(
        await api.request('GET', `/api/task_dependencies/${created.body.id}`, { as: asMember }),
        404,
        'not_found',
      );
      expect((await link(a.id, b.id)).status).toBe(201);
    });
  });

  describe('patch_sets and their applications', () => {
    const patchSet = (owner: string, extra: Record<string, unknown> = {}) => ({
      owner_id: owner,
      endpoint: 'generate',
      source: { endpoint: 'generate', provider: 'offline' },
      ops: [{ op: 'create_project', ref: '$p', name: 'planned' }],
      ...extra,
    });

    it('are written by services only; each owner reads their own, another member none', async () => {
      const { member, other } = api.users;
      expectProblem(await post('patch_sets', patchSet(member.id), asMember), 403, 'forbidden');
      expectProblem(await post('patch_sets', patchSet(member.id), asAdmin), 403, 'forbidden');
      const id = randomUUID();
      const created = await post<PatchSetRecordDto>(
        'patch_sets',
        patchSet(member.id, { id, rationale: 'why' }),
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        id,
        owner_id: member.id,
        status: 'proposed',
        format_version: 1,
        base: null,
        warnings: [],
        validation: null,
        result: null,
        applied_at: null,
        rationale: 'why',
      });

      const mine = await api.request<Page<PatchSetRecordDto>>('GET', '/api/patch_sets', { as: asMember });
      expect(mine.body.items.map((p) => p.id)).toEqual([id]);
      const seen = await api.request<PatchSetRecordDto>('GET', `/api/patch_sets/${id}`, { as: asMember });
      expect(seen.body.ops).toEqual([{ op: 'create_project', ref: '$p', name: 'planned' }]);
      const theirs = await api.request<Page<PatchSetRecordDto>>('GET', '/api/patch_sets', { as: asOther });
      expect(theirs.body.items).toEqual([]);
      expectProblem(await api.request('GET', `/api/patch_sets/${id}`, { as: asOther }), 404, 'not_found');
      expectProblem(
        await api.request('PATCH', `/api/patch_sets/${id}`, { as: asMember, body: { status: 'applied' } }),
        403,
        'forbidden',
      );

      const applied = await api.request<PatchSetRecordDto>('PATCH', `/api/patch_sets/${id}`, {
        body: { status: 'applied', applied_at: '2026-12-01T10:00:00.000Z', result: { refs: {} } },
        headers: { 'if-match': '"1"' },
      });
      expect(applied.body).toMatchObject({
        status: 'applied',
        version: 2,
        applied_at: '2026-12-01T10:00:00.000Z',
      });
      expectProblem(
        await api.request('PATCH', `/api/patch_sets/${id}`, { body: { ops: [] } }),
        422,
        'validation_failed',
        'ops',
      );
      const byStatus = await api.request<Page<PatchSetRecordDto>>(
        'GET',
        `/api/patch_sets?status=applied,undone&owner_id=${member.id}`,
      );
      expect(byStatus.body.items.map((p) => p.id)).toEqual([id]);
      expect(other.id).not.toBe(member.id);
    });

    it('take any JSON objects as ops, up to 500, and check what they refer to', async () => {
      const { member } = api.users;
      const refused = async (body: object, field: string) =>
        expectProblem(await post('patch_sets', body), 422, 'validation_failed', field);
      await refused(patchSet(member.id, { ops: [1, 'two'] }), 'ops');
      await refused(patchSet(member.id, { ops: { op: 'create_project' } }), 'ops');
      await refused(patchSet(member.id, { ops: Array.from({ length: 501 }, () => ({})) }), 'ops');
      await refused(patchSet(member.id, { warnings: ['loose'] }), 'warnings');
      await refused(patchSet(member.id, { status: 'finished' }), 'status');
      await refused(patchSet(member.id, { endpoint: 'oracle' }), 'endpoint');
      await refused({ ...patchSet(member.id), owner_id: undefined }, 'owner_id');
      expect(
        (await post('patch_sets', patchSet(member.id, { ops: Array.from({ length: 500 }, () => ({})) })))
          .status,
      ).toBe(201);

      const gone = await newProject('gone');
      await api.request('DELETE', `/api/projects/${gone.id}`, { as: asMember });
      await refused(patchSet(member.id, { project_id: gone.id }), 'project_id');
      const othersChat = await post<ChatSessionRecordDto>('chat_sessions', {
        owner_id: api.users.other.id,
        title: 'theirs',
      });
      await refused(patchSet(member.id, { chat_session_id: othersChat.body.id }), 'chat_session_id');

      const set = await post<PatchSetRecordDto>('patch_sets', patchSet(member.id));
      const application = {
        patch_set_id: set.body.id,
        owner_id: member.id,
        kind: 'apply',
        operations: [
          { method: 'create', resource: 'projects', ref: 'p', body: { name: 'planned', modules: [] } },
        ],
        inverse_ops: [{ method: 'delete', resource: 'projects', id: randomUUID() }],
        refs: { p: randomUUID() },
        request_id: 'req-1',
      };
      expectProblem(await post('patch_set_applications', application, asMember), 403, 'forbidden');
      expectProblem(
        await post('patch_set_applications', { ...application, owner_id: api.users.other.id }),
        422,
        'validation_failed',
        'patch_set_id',
      );
      const audit = await post<PatchSetApplicationDto>('patch_set_applications', application);
      expect(audit.status).toBe(201);
      expect(audit.body).toMatchObject({ kind: 'apply', request_id: 'req-1', refs: application.refs });
      const listed = await api.request<Page<PatchSetApplicationDto>>(
        'GET',
        `/api/patch_set_applications?patch_set_id=${set.body.id}&kind=apply`,
        { as: asMember },
      );
      expect(listed.body.items.map((a) => a.id)).toEqual([audit.body.id]);
      expectProblem(
        await api.request('PATCH', `/api/patch_set_applications/${audit.body.id}`, { body: {} }),
        405,
        'method_not_allowed',
      );
      expectProblem(
        await api.request('DELETE', `/api/patch_set_applications/${audit.body.id}`),
        405,
        'method_not_allowed',
      );
    });
  });

  describe('chat sessions and messages', () => {
    it('keep a session’s turns append-only, each message of a live session of its owner', async () => {
      const { member, other } = api.users;
      const project = await newProject('chatty');
      expectProblem(
        await post('chat_sessions', { owner_id: member.id, title: 't' }, asMember),
        403,
        'forbidden',
      );
      const session = await post<ChatSessionRecordDto>('chat_sessions', {
        owner_id: member.id,
        project_id: project.id,
        title: 'Plan the launch',
      });
      expect(session.body).toMatchObject({ summary: '', summary_turn: 0, turn_count: 0, deleted_at: null });
      const say = (turn: number, role: string, extra: Record<string, unknown> = {}) =>
        post<ChatMessageRecordDto>('chat_messages', {
          session_id: session.body.id,
          owner_id: member.id,
          turn,
          role,
          content: `${role} ${turn}`,
          ...extra,
        });
      const first = await say(1, 'user');
      expect(first.body).toMatchObject({ tool_calls: [], patch_set_ids: [], usage: null });
      const patchSetId = randomUUID();
      await say(1, 'assistant', {
        content: '',
        tool_calls: [{ name: 'propose_patch', arguments: {} }],
        patch_set_ids: [patchSetId],
        usage: { input_tokens: 10 },
      });
      await say(2, 'user');
      expectProblem(await say(3, 'system'), 422, 'validation_failed', 'role');
      expectProblem(
        await say(3, 'user', { content: 'x'.repeat(100_001) }),
        422,
        'validation_failed',
        'content',
      );
      expectProblem(
        await say(3, 'user', { patch_set_ids: ['nope'] }),
        422,
        'validation_failed',
        'patch_set_ids',
      );
      expectProblem(await say(3, 'user', { owner_id: other.id }), 422, 'validation_failed', 'session_id');
      expectProblem(
        await post(
          'chat_messages',
          { session_id: session.body.id, owner_id: member.id, turn: 3, role: 'user', content: 'hi' },
          asMember,
        ),
        403,
        'forbidden',
      );

      const turns = await api.request<Page<ChatMessageRecordDto>>(
        'GET',
        `/api/chat_messages?session_id=${session.body.id}&sort=-turn,created_at&limit=2`,
        { as: asMember },
      );
      expect(turns.body.items.map((m) => [m.turn, m.role])).toEqual([
        [2, 'user'],
        [1, 'user'],
      ]);
      const rest = await api.request<Page<ChatMessageRecordDto>>(
        'GET',
        `/api/chat_messages?session_id=${session.body.id}&sort=-turn,created_at&limit=2&cursor=${turns.body.next_cursor}`,
        { as: asMember },
      );
      expect(rest.body.items.map((m) => [m.turn, m.role])).toEqual([[1, 'assistant']]);
      expect(rest.body.items[0].patch_set_ids).toEqual([patchSetId]);
      const none = await api.request<Page<ChatMessageRecordDto>>('GET', '/api/chat_messages', {
        as: asOther,
      });
      expect(none.body.items).toEqual([]);
      expectProblem(
        await api.request('PATCH', `/api/chat_messages/${first.body.id}`, { body: {} }),
        405,
        'method_not_allowed',
      );
      expectProblem(
        await api.request('DELETE', `/api/chat_messages/${first.body.id}`),
        405,
        'method_not_allowed',
      );

      // A session is soft-deleted and brought back; a deleted one takes no message.
      const folded = await api.request<ChatSessionRecordDto>(
        'PATCH',
        `/api/chat_sessions/${session.body.id}`,
        {
          body: { summary: 'the launch plan', summary_turn: 1, turn_count: 2 },
        },
      );
      expect(folded.body).toMatchObject({ summary_turn: 1, turn_count: 2, version: 2 });
      expect((await api.request('DELETE', `/api/chat_sessions/${session.body.id}`)).status).toBe(204);
      expectProblem(await say(3, 'user'), 422, 'validation_failed', 'session_id');
      expectProblem(
        await api.request('POST', `/api/chat_sessions/${session.body.id}/restore`, { as: asMember }),
        403,
        'forbidden',
      );
      const back = await api.request<ChatSessionRecordDto>(
        'POST',
        `/api/chat_sessions/${session.body.id}/restore`,
      );
      expect(back.body).toMatchObject({ deleted_at: null, version: 4 });
      expect((await say(3, 'user')).status).toBe(201);
      const sessions = await api.request<Page<ChatSessionRecordDto>>(
        'GET',
        `/api/chat_sessions?project_id=${project.id}`,
        { as: asMember },
      );
      expect(sessions.body.items.map((s) => s.id)).toEqual([session.body.id]);
    });
  });

  describe('llm_usage', () => {
    const call = (extra: Record<string, unknown>) => ({
      agent_id: 'planner',
      provider: 'openai',
      model: 'gpt-4.1',
      provider_response_id: randomUUID(),
      input_tokens: 100,
      output_tokens: 20,
      cost_usd: '0.0004',
      price_snapshot: {},
      ...extra,
    });

    it('takes the planner’s calls without a run; a run’s call names its run, phase and the run’s owner', async () => {
      const { member } = api.users;
      const patchSetId = randomUUID();
      const planner = await post<LlmUsageDto>(
        'llm_usage',
        call({ source: 'planner', owner_id: member.id, endpoint: 'generate', patch_set_id: patchSetId }),
      );
      expect(planner.status).toBe(201);
      expect(planner.body).toMatchObject({
        source: 'planner',
        run_id: null,
        phase: null,
        owner_id: member.id,
        endpoint: 'generate',
        patch_set_id: patchSetId,
        chat_session_id: null,
      });
      expectProblem(
        await post('llm_usage', call({ owner_id: member.id })),
        422,
        'validation_failed',
        'run_id',
      );
      expectProblem(
        await post('llm_usage', call({ source: 'run', owner_id: member.id, run_id: randomUUID() })),
        422,
        'validation_failed',
        'phase',
      );
      const run = await post<{ id: string }>('runs', { profile: 'p', owner_id: member.id });
      expectProblem(
        await post(
          'llm_usage',
          call({ owner_id: api.users.other.id, run_id: run.body.id, phase: 'planning' }),
        ),
        422,
        'validation_failed',
        'run_id',
      );
      const ofRun = await post<LlmUsageDto>(
        'llm_usage',
        call({ owner_id: member.id, run_id: run.body.id, phase: 'planning' }),
      );
      expect(ofRun.body).toMatchObject({ source: 'run', run_id: run.body.id, phase: 'planning' });
      expectProblem(
        await post('llm_usage', call({ source: 'planner', owner_id: member.id }), asMember),
        403,
        'forbidden',
      );

      const mine = await api.request<Page<LlmUsageDto>>('GET', '/api/llm_usage?sort=created_at', {
        as: asMember,
      });
      expect(mine.body.items.map((u) => u.id)).toEqual([planner.body.id, ofRun.body.id]);
      const byPatchSet = await api.request<Page<LlmUsageDto>>(
        'GET',
        `/api/llm_usage?source=planner&patch_set_id=${patchSetId}&endpoint=generate`,
        { as: asMember },
      );
      expect(byPatchSet.body.items.map((u) => u.id)).toEqual([planner.body.id]);
      const theirs = await api.request<Page<LlmUsageDto>>('GET', '/api/llm_usage', { as: asOther });
      expect(theirs.body.items).toEqual([]);
    });
  });

  it('keeps writes of these records out of what users are offered, and the batch in', async () => {
    type Operation = Record<string, unknown>;
    const doc = await api.request<{ paths: Record<string, Record<string, Operation>> }>(
      'GET',
      '/openapi.json',
    );
    for (const path of [
      'patch_sets',
      'patch_set_applications',
      'chat_sessions',
      'chat_messages',
      'llm_usage',
    ])
      expect(doc.body.paths[`/api/${path}`].post[SERVICE_ONLY_EXTENSION]).toBe(true);
    expect(doc.body.paths['/api/chat_sessions/{id}'].patch[SERVICE_ONLY_EXTENSION]).toBe(true);
    expect(doc.body.paths['/api/chat_sessions/{id}/restore'].post[SERVICE_ONLY_EXTENSION]).toBe(true);
    expect(Object.keys(doc.body.paths['/api/chat_messages/{id}'])).toEqual(['get']);
    expect(doc.body.paths['/api/task_dependencies'].post[SERVICE_ONLY_EXTENSION]).toBeUndefined();
    expect(doc.body.paths['/api/batch'].post[SERVICE_ONLY_EXTENSION]).toBeUndefined();
  });
});
