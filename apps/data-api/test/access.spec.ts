import type {
  ApiKeyDto,
  Page,
  ProjectDto,
  RagIndexDto,
  ServerDto,
  TaskDto,
  UserDto,
} from '@slipway/contracts';
import {
  ADMIN_TELEGRAM_ID,
  asAdmin,
  asMember,
  asOther,
  asService,
  DataApiHarness,
  type Caller,
} from './support/harness';
import { expectProblem } from './support/problem';

const MISSING_UUID = '00000000-0000-4000-8000-000000000000';

describe('data-api access rules', () => {
  let api: DataApiHarness;

  beforeAll(async () => {
    api = await DataApiHarness.start();
  });
  afterAll(async () => {
    await api.close();
  });

  async function createProject(as: Caller, name: string): Promise<ProjectDto> {
    const reply = await api.request<ProjectDto>('POST', '/api/projects', { as, body: { name, modules: [] } });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  async function createTask(as: Caller, projectId: string, title: string): Promise<TaskDto> {
    const reply = await api.request<TaskDto>('POST', '/api/tasks', {
      as,
      body: { project_id: projectId, type: 'engineering', title },
    });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  async function createRag(as: Caller, projectId: string, name: string): Promise<RagIndexDto> {
    const reply = await api.request<RagIndexDto>('POST', '/api/rag', {
      as,
      body: { name, project_id: projectId, embedding_model: 'text-embedding-3-small', dimension: 1536 },
    });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  describe('identity (401 as problem+json)', () => {
    it('answers 200 to a known member and to the service token (control)', async () => {
      expect((await api.request('GET', '/api/projects', { as: asMember })).status).toBe(200);
      expect((await api.request('GET', '/api/projects', { as: asService })).status).toBe(200);
    });

    it('rejects a request without any identity header', async () => {
      const reply = await api.request('GET', '/api/projects', { as: 'anonymous' });
      expectProblem(reply, 401, 'unauthorized');
      expect(String(reply.headers['www-authenticate'])).toMatch(/X-Service-Token/);
    });

    it('rejects an unknown Telegram id', async () => {
      expectProblem(
        await api.request('GET', '/api/projects', { as: { telegramId: 987654321 } }),
        401,
        'unauthorized',
      );
    });

    it('rejects a non-numeric Telegram id', async () => {
      expectProblem(
        await api.request('GET', '/api/projects', { as: { telegramId: 'abc' } }),
        401,
        'unauthorized',
      );
      expectProblem(
        await api.request('GET', '/api/projects', { as: { telegramId: "2002' OR '1'='1" } }),
        401,
        'unauthorized',
      );
      expectProblem(
        await api.request('GET', '/api/projects', { as: { telegramId: '-2002' } }),
        401,
        'unauthorized',
      );
    });

    it('rejects an inactive user', async () => {
      await api.createUser(4004, 'member', false);
      expectProblem(
        await api.request('GET', '/api/projects', { as: { telegramId: 4004 } }),
        401,
        'unauthorized',
      );
    });

    it('rejects a user at once after an admin deactivates them', async () => {
      const user = await api.createUser(4005, 'member');
      expect((await api.request('GET', '/api/projects', { as: { telegramId: 4005 } })).status).toBe(200);
      const patched = await api.request<UserDto>('PATCH', `/api/users/${user.id}`, {
        as: asAdmin,
        body: { is_active: false },
      });
      expect(patched.status).toBe(200);
      expect(patched.body.is_active).toBe(false);
      expectProblem(
        await api.request('GET', '/api/projects', { as: { telegramId: 4005 } }),
        401,
        'unauthorized',
      );
    });

    it('rejects a wrong service token, even alongside a valid Telegram id', async () => {
      expectProblem(
        await api.request('GET', '/api/projects', { as: { token: 'not-the-token' } }),
        401,
        'unauthorized',
      );
      expectProblem(
        await api.request('GET', '/api/projects', {
          as: { token: 'not-the-token' },
          headers: { 'x-telegram-id': '1001' },
        }),
        401,
        'unauthorized',
      );
      expectProblem(await api.request('GET', '/api/servers', { as: { token: '' } }), 401, 'unauthorized');
    });

    it('ignores identity headers without the service token: a Telegram id alone is anyone’s to send', async () => {
      const forged: Record<string, string>[] = [
        { 'x-telegram-id': String(ADMIN_TELEGRAM_ID) },
        { 'x-user-id': api.users.admin.id },
      ];
      for (const headers of forged) {
        const reply = await api.request('GET', '/api/servers', { as: 'anonymous', headers });
        expectProblem(reply, 401, 'unauthorized');
      }
    });

    it('acts on behalf of the user a service names: their rights, not the service’s', async () => {
      const onBehalf = { headers: { 'x-user-id': api.users.member.id } };
      // The service alone writes the shared registry; the same token naming a member may not.
      expectProblem(
        await api.request('POST', '/api/servers', {
          ...onBehalf,
          body: { name: 'on-behalf', host: '10.0.0.9' },
        }),
        403,
        'forbidden',
      );
      const theirs = await api.request<ProjectDto>('POST', '/api/projects', {
        body: { name: 'not-for-member', modules: [], owner_id: api.users.other.id },
      });
      expectProblem(await api.request('GET', `/api/projects/${theirs.body.id}`, onBehalf), 404, 'not_found');
      const own = await api.request<ProjectDto>('POST', '/api/projects', {
        ...onBehalf,
        body: { name: 'member-on-behalf', modules: [] },
      });
      expect(own.status).toBe(201);
      expect(own.body.owner_id).toBe(api.users.member.id);
      // The registry decides the role: a forwarded role header changes nothing.
      expectProblem(
        await api.request('GET', `/api/projects/${theirs.body.id}`, {
          headers: { 'x-user-id': api.users.member.id, 'x-user-role': 'admin' },
        }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('GET', '/api/servers', {
          headers: { 'x-user-email': 'a@b.c', 'x-user-role': 'admin' },
        }),
        401,
        'unauthorized',
      );
      expectProblem(
        await api.request('GET', '/api/projects', { headers: { 'x-user-id': 'not-a-uuid' } }),
        401,
        'unauthorized',
      );
      expectProblem(
        await api.request('GET', '/api/projects', { headers: { 'x-user-id': MISSING_UUID } }),
        401,
        'unauthorized',
      );
    });

    it('rejects an unauthenticated write and creates nothing', async () => {
      const reply = await api.request('POST', '/api/projects', {
        as: 'anonymous',
        body: { name: 'anon-project', modules: [] },
      });
      expectProblem(reply, 401, 'unauthorized');
      const list = await api.request<Page<ProjectDto>>('GET', '/api/projects?name=anon-project', {
        as: asService,
      });
      expect(list.body.items).toHaveLength(0);
    });
  });

  describe('owner access: projects', () => {
    let mine: ProjectDto;
    let theirs: ProjectDto;

    beforeAll(async () => {
      mine = await createProject(asMember, 'member-project');
      theirs = await createProject(asOther, 'other-project');
    });

    it('defaults owner_id to the calling member', () => {
      expect(mine.owner_id).toBe(api.users.member.id);
      expect(theirs.owner_id).toBe(api.users.other.id);
    });

    it('lists only the member’s own projects', async () => {
      const reply = await api.request<Page<ProjectDto>>('GET', '/api/projects?limit=100', { as: asMember });
      expect(reply.status).toBe(200);
      const ids = reply.body.items.map((p) => p.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(reply.body.items.every((p) => p.owner_id === api.users.member.id)).toBe(true);
    });

    it('hides another member’s project even when filtering by its owner', async () => {
      const reply = await api.request<Page<ProjectDto>>(
        'GET',
        `/api/projects?owner_id=${api.users.other.id}`,
        { as: asMember },
      );
      expect(reply.status).toBe(200);
      expect(reply.body.items).toHaveLength(0);
    });

    it('answers 404 to GET, PATCH and DELETE of another member’s project, and changes nothing', async () => {
      expectProblem(
        await api.request('GET', `/api/projects/${theirs.id}`, { as: asMember }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('PATCH', `/api/projects/${theirs.id}`, {
          as: asMember,
          body: { name: 'hijacked' },
        }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('DELETE', `/api/projects/${theirs.id}`, { as: asMember }),
        404,
        'not_found',
      );
      const after = await api.request<ProjectDto>('GET', `/api/projects/${theirs.id}`, { as: asOther });
      expect(after.status).toBe(200);
      expect(after.body.name).toBe('other-project');
      expect(after.body.deleted_at).toBeNull();
      expect(after.body.version).toBe(theirs.version);
    });

    it('lets a member read and change their own project', async () => {
      expect((await api.request('GET', `/api/projects/${mine.id}`, { as: asMember })).status).toBe(200);
      const patched = await api.request<ProjectDto>('PATCH', `/api/projects/${mine.id}`, {
        as: asMember,
        body: { description: 'mine' },
      });
      expect(patched.status).toBe(200);
      expect(patched.body.description).toBe('mine');
    });

    it('forbids a member to create a project for another user', async () => {
      const reply = await api.request('POST', '/api/projects', {
        as: asMember,
        body: { name: 'gift', modules: [], owner_id: api.users.other.id },
      });
      expectProblem(reply, 403, 'forbidden');
    });

    it('lets a member name themselves as owner explicitly', async () => {
      const reply = await api.request<ProjectDto>('POST', '/api/projects', {
        as: asMember,
        body: { name: 'explicit-owner', modules: [], owner_id: api.users.member.id },
      });
      expect(reply.status).toBe(201);
      expect(reply.body.owner_id).toBe(api.users.member.id);
    });

    it('forbids a member to give their own project to another user', async () => {
      const reply = await api.request('PATCH', `/api/projects/${mine.id}`, {
        as: asMember,
        body: { owner_id: api.users.other.id },
      });
      expectProblem(reply, 403, 'forbidden');
      const after = await api.request<ProjectDto>('GET', `/api/projects/${mine.id}`, { as: asMember });
      expect(after.body.owner_id).toBe(api.users.member.id);
    });

    it('requires owner_id on a service call (422 naming owner_id)', async () => {
      expectProblem(
        await api.request('POST', '/api/projects', { as: asService, body: { name: 'svc', modules: [] } }),
        422,
        'validation_failed',
        'owner_id',
      );
    });

    it('lets a service or an admin create a project for any user', async () => {
      const bySvc = await api.request<ProjectDto>('POST', '/api/projects', {
        as: asService,
        body: { name: 'svc-made', modules: [], owner_id: api.users.other.id },
      });
      expect(bySvc.status).toBe(201);
      expect(bySvc.body.owner_id).toBe(api.users.other.id);
      const byAdmin = await api.request<ProjectDto>('POST', '/api/projects', {
        as: asAdmin,
        body: { name: 'admin-made', modules: [], owner_id: api.users.member.id },
      });
      expect(byAdmin.status).toBe(201);
      expect(byAdmin.body.owner_id).toBe(api.users.member.id);
    });

    it('defaults owner_id to an admin calling with a Telegram id', async () => {
      const reply = await api.request<ProjectDto>('POST', '/api/projects', {
        as: asAdmin,
        body: { name: 'admin-own', modules: [] },
      });
      expect(reply.status).toBe(201);
      expect(reply.body.owner_id).toBe(api.users.admin.id);
    });

    it('shows an admin every member’s projects', async () => {
      const reply = await api.request<Page<ProjectDto>>('GET', '/api/projects?limit=100', { as: asAdmin });
      const ids = reply.body.items.map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([mine.id, theirs.id]));
      expect((await api.request('GET', `/api/projects/${theirs.id}`, { as: asAdmin })).status).toBe(200);
    });
  });

  describe('owner access: api_keys', () => {
    let mine: ApiKeyDto;
    let theirs: ApiKeyDto;

    beforeAll(async () => {
      const a = await api.request<ApiKeyDto>('POST', '/api/api_keys', {
        as: asMember,
        body: { name: 'member-key' },
      });
      const b = await api.request<ApiKeyDto>('POST', '/api/api_keys', {
        as: asOther,
        body: { name: 'other-key' },
      });
      expect(a.status).toBe(201);
      expect(b.status).toBe(201);
      mine = a.body;
      theirs = b.body;
    });

    it('defaults owner_id to the caller', () => {
      expect(mine.owner_id).toBe(api.users.member.id);
      expect(theirs.owner_id).toBe(api.users.other.id);
    });

    it('lists only the member’s own keys', async () => {
      const reply = await api.request<Page<ApiKeyDto>>('GET', '/api/api_keys?limit=100', { as: asMember });
      expect(reply.status).toBe(200);
      const ids = reply.body.items.map((k) => k.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(reply.body.items.every((k) => k.owner_id === api.users.member.id)).toBe(true);
    });

    it('answers 404 to GET, PATCH (revoke) and DELETE of another member’s key, and changes nothing', async () => {
      expectProblem(
        await api.request('GET', `/api/api_keys/${theirs.id}`, { as: asMember }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('PATCH', `/api/api_keys/${theirs.id}`, {
          as: asMember,
          body: { revoked_at: new Date().toISOString() },
        }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('DELETE', `/api/api_keys/${theirs.id}`, { as: asMember }),
        404,
        'not_found',
      );
      const after = await api.request<ApiKeyDto>('GET', `/api/api_keys/${theirs.id}`, { as: asOther });
      expect(after.status).toBe(200);
      expect(after.body.revoked_at).toBeNull();
    });

    it('forbids a member to create a key for another user', async () => {
      const reply = await api.request('POST', '/api/api_keys', {
        as: asMember,
        body: { name: 'for-other', owner_id: api.users.other.id },
      });
      expectProblem(reply, 403, 'forbidden');
      const list = await api.request<Page<ApiKeyDto>>('GET', '/api/api_keys?limit=100', { as: asOther });
      expect(list.body.items.map((k) => k.name)).not.toContain('for-other');
    });

    it('requires owner_id on a service call (422 naming owner_id)', async () => {
      expectProblem(
        await api.request('POST', '/api/api_keys', { as: asService, body: { name: 'svc-key' } }),
        422,
        'validation_failed',
        'owner_id',
      );
    });

    it('lets a service create a key for a named user', async () => {
      const reply = await api.request<ApiKeyDto>('POST', '/api/api_keys', {
        as: asService,
        body: { name: 'svc-key', owner_id: api.users.member.id },
      });
      expect(reply.status).toBe(201);
      expect(reply.body.owner_id).toBe(api.users.member.id);
    });
  });

  describe('project access: tasks', () => {
    let mineProject: ProjectDto;
    let theirProject: ProjectDto;
    let myTask: TaskDto;
    let theirTask: TaskDto;

    beforeAll(async () => {
      mineProject = await createProject(asMember, 'member-tasks');
      theirProject = await createProject(asOther, 'other-tasks');
      myTask = await createTask(asMember, mineProject.id, 'my task');
      theirTask = await createTask(asOther, theirProject.id, 'their task');
    });

    it('lets a member create a task in their own project', () => {
      expect(myTask.project_id).toBe(mineProject.id);
    });

    it('forbids creating a task in another member’s project', async () => {
      const reply = await api.request('POST', '/api/tasks', {
        as: asMember,
        body: { project_id: theirProject.id, type: 'engineering', title: 'intrude' },
      });
      expectProblem(reply, 403, 'forbidden');
      const list = await api.request<Page<TaskDto>>('GET', `/api/tasks?project_id=${theirProject.id}`, {
        as: asOther,
      });
      expect(list.body.items.map((t) => t.title)).not.toContain('intrude');
    });

    it('answers 422 naming project_id for a project that does not exist', async () => {
      const reply = await api.request('POST', '/api/tasks', {
        as: asMember,
        body: { project_id: MISSING_UUID, type: 'engineering', title: 'orphan' },
      });
      expectProblem(reply, 422, 'validation_failed', 'project_id');
    });

    it('answers 422 naming project_id for a nonexistent project even to a service', async () => {
      const reply = await api.request('POST', '/api/tasks', {
        as: asService,
        body: { project_id: MISSING_UUID, type: 'engineering', title: 'orphan' },
      });
      expectProblem(reply, 422, 'validation_failed', 'project_id');
    });

    it('lists only tasks of projects the member owns', async () => {
      const reply = await api.request<Page<TaskDto>>('GET', '/api/tasks?limit=100', { as: asMember });
      expect(reply.status).toBe(200);
      const ids = reply.body.items.map((t) => t.id);
      expect(ids).toContain(myTask.id);
      expect(ids).not.toContain(theirTask.id);
      const filtered = await api.request<Page<TaskDto>>('GET', `/api/tasks?project_id=${theirProject.id}`, {
        as: asMember,
      });
      expect(filtered.body.items).toHaveLength(0);
    });

    it('answers 404 to GET, PATCH and DELETE of a task in another member’s project, and changes nothing', async () => {
      expectProblem(
        await api.request('GET', `/api/tasks/${theirTask.id}`, { as: asMember }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('PATCH', `/api/tasks/${theirTask.id}`, {
          as: asMember,
          body: { title: 'hijacked' },
        }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('DELETE', `/api/tasks/${theirTask.id}`, { as: asMember }),
        404,
        'not_found',
      );
      const after = await api.request<TaskDto>('GET', `/api/tasks/${theirTask.id}`, { as: asOther });
      expect(after.status).toBe(200);
      expect(after.body.title).toBe('their task');
      expect(after.body.deleted_at).toBeNull();
    });

    it('rejects (422 parent_id) re-parenting a member’s task under a task in another member’s project', async () => {
      const reply = await api.request('PATCH', `/api/tasks/${myTask.id}`, {
        as: asMember,
        body: { parent_id: theirTask.id },
      });
      expectProblem(reply, 422, 'validation_failed', 'parent_id');
    });

    it('shows an admin tasks of every project', async () => {
      const reply = await api.request<Page<TaskDto>>('GET', '/api/tasks?limit=100', { as: asAdmin });
      expect(reply.body.items.map((t) => t.id)).toEqual(expect.arrayContaining([myTask.id, theirTask.id]));
    });
  });

  describe('project access: rag', () => {
    let mineProject: ProjectDto;
    let theirProject: ProjectDto;
    let myIndex: RagIndexDto;
    let theirIndex: RagIndexDto;

    beforeAll(async () => {
      mineProject = await createProject(asMember, 'member-rag');
      theirProject = await createProject(asOther, 'other-rag');
      myIndex = await createRag(asMember, mineProject.id, 'my-index');
      theirIndex = await createRag(asOther, theirProject.id, 'their-index');
    });

    it('lets a member create an index in their own project', () => {
      expect(myIndex.project_id).toBe(mineProject.id);
    });

    it('forbids creating an index in another member’s project', async () => {
      const reply = await api.request('POST', '/api/rag', {
        as: asMember,
        body: { name: 'intrude', project_id: theirProject.id, embedding_model: 'm', dimension: 8 },
      });
      expectProblem(reply, 403, 'forbidden');
    });

    it('answers 422 naming project_id for a project that does not exist', async () => {
      const reply = await api.request('POST', '/api/rag', {
        as: asMember,
        body: { name: 'orphan', project_id: MISSING_UUID, embedding_model: 'm', dimension: 8 },
      });
      expectProblem(reply, 422, 'validation_failed', 'project_id');
    });

    it('lists only indices of projects the member owns', async () => {
      const reply = await api.request<Page<RagIndexDto>>('GET', '/api/rag?limit=100', { as: asMember });
      expect(reply.status).toBe(200);
      const ids = reply.body.items.map((r) => r.id);
      expect(ids).toContain(myIndex.id);
      expect(ids).not.toContain(theirIndex.id);
    });

    it('answers 404 to GET, PATCH and DELETE of another member’s index, and changes nothing', async () => {
      expectProblem(
        await api.request('GET', `/api/rag/${theirIndex.id}`, { as: asMember }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('PATCH', `/api/rag/${theirIndex.id}`, { as: asMember, body: { name: 'hijacked' } }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('DELETE', `/api/rag/${theirIndex.id}`, { as: asMember }),
        404,
        'not_found',
      );
      const after = await api.request<RagIndexDto>('GET', `/api/rag/${theirIndex.id}`, { as: asOther });
      expect(after.status).toBe(200);
      expect(after.body.name).toBe('their-index');
    });
  });

  describe('shared access: servers and other registries', () => {
    let server: ServerDto;

    beforeAll(async () => {
      const reply = await api.request<ServerDto>('POST', '/api/servers', {
        as: asAdmin,
        body: { name: 'srv-shared', host: '10.0.0.1' },
      });
      expect(reply.status).toBe(201);
      server = reply.body;
    });

    it('lets every member read all servers', async () => {
      const list = await api.request<Page<ServerDto>>('GET', '/api/servers', { as: asMember });
      expect(list.status).toBe(200);
      expect(list.body.items.map((s) => s.id)).toContain(server.id);
      const one = await api.request<ServerDto>('GET', `/api/servers/${server.id}`, { as: asOther });
      expect(one.status).toBe(200);
      expect(one.body.name).toBe('srv-shared');
    });

    it('forbids members to create, change or delete servers, and changes nothing', async () => {
      expectProblem(
        await api.request('POST', '/api/servers', { as: asMember, body: { name: 'srv-member', host: 'h' } }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.request('POST', '/api/servers/bulk', {
          as: asMember,
          body: [{ name: 'srv-member-bulk', host: 'h' }],
        }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.request('PATCH', `/api/servers/${server.id}`, { as: asMember, body: { host: 'evil' } }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.request('DELETE', `/api/servers/${server.id}`, { as: asMember }),
        403,
        'forbidden',
      );
      const after = await api.request<ServerDto>('GET', `/api/servers/${server.id}`, { as: asAdmin });
      expect(after.status).toBe(200);
      expect(after.body.host).toBe('10.0.0.1');
      const list = await api.request<Page<ServerDto>>('GET', '/api/servers?limit=100', { as: asAdmin });
      const names = list.body.items.map((s) => s.name);
      expect(names).toContain('srv-shared');
      expect(names).not.toContain('srv-member');
      expect(names).not.toContain('srv-member-bulk');
    });

    it('lets admins and services write servers', async () => {
      const bySvc = await api.request<ServerDto>('POST', '/api/servers', {
        as: asService,
        body: { name: 'srv-svc', host: 'h1' },
      });
      expect(bySvc.status).toBe(201);
      const patched = await api.request<ServerDto>('PATCH', `/api/servers/${bySvc.body.id}`, {
        as: asAdmin,
        body: { host: 'h2' },
      });
      expect(patched.status).toBe(200);
      expect(patched.body.host).toBe('h2');
      expect((await api.request('DELETE', `/api/servers/${bySvc.body.id}`, { as: asAdmin })).status).toBe(
        204,
      );
    });

    it('forbids members to write the other shared registries', async () => {
      expectProblem(
        await api.request('POST', '/api/allocations', {
          as: asMember,
          body: { server_id: server.id, port: 8080, service_name: 'x' },
        }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.request('POST', '/api/available_models', {
          as: asMember,
          body: { provider: 'p', model_name: 'm', input_price_per_1k: '1', output_price_per_1k: '1' },
        }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.request('PUT', '/api/task_executions/req-1', {
          as: asMember,
          body: {
            worker_id: 'w',
            started_at: '2024-01-01T00:00:00Z',
            finished_at: '2024-01-01T00:00:01Z',
            duration_ms: 1000,
            exit_code: 0,
            status: 'success',
          },
        }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.request('POST', '/api/incidents', {
          as: asMember,
          body: { server_id: server.id, type: 'disk_full', title: 't' },
        }),
        403,
        'forbidden',
      );
    });
  });

  describe('self access: users', () => {
    it('lists only the member’s own row', async () => {
      const reply = await api.request<Page<UserDto>>('GET', '/api/users?limit=100', { as: asMember });
      expect(reply.status).toBe(200);
      expect(reply.body.items.map((u) => u.id)).toEqual([api.users.member.id]);
    });

    it('lets a member read their own row and answers 404 for anyone else’s', async () => {
      const own = await api.request<UserDto>('GET', `/api/users/${api.users.member.id}`, { as: asMember });
      expect(own.status).toBe(200);
      expect(own.body.telegram_id).toBe(2002);
      expectProblem(
        await api.request('GET', `/api/users/${api.users.other.id}`, { as: asMember }),
        404,
        'not_found',
      );
      expectProblem(
        await api.request('GET', `/api/users/${api.users.admin.id}`, { as: asMember }),
        404,
        'not_found',
      );
    });

    it('forbids members every write, even to their own row (no self-promotion)', async () => {
      expectProblem(
        await api.request('POST', '/api/users', { as: asMember, body: { telegram_id: 7007 } }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.request('PATCH', `/api/users/${api.users.member.id}`, {
          as: asMember,
          body: { role: 'admin' },
        }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.request('PATCH', `/api/users/${api.users.other.id}`, {
          as: asMember,
          body: { is_active: false },
        }),
        403,
        'forbidden',
      );
      expectProblem(
        await api.request('DELETE', `/api/users/${api.users.other.id}`, { as: asMember }),
        403,
        'forbidden',
      );
      const self = await api.request<UserDto>('GET', `/api/users/${api.users.member.id}`, { as: asAdmin });
      expect(self.body.role).toBe('member');
      const other = await api.request<UserDto>('GET', `/api/users/${api.users.other.id}`, { as: asAdmin });
      expect(other.status).toBe(200);
      expect(other.body.is_active).toBe(true);
    });

    it('shows an admin every user', async () => {
      const reply = await api.request<Page<UserDto>>('GET', '/api/users?limit=100', { as: asAdmin });
      expect(reply.body.items.map((u) => u.id)).toEqual(
        expect.arrayContaining([api.users.admin.id, api.users.member.id, api.users.other.id]),
      );
    });
  });
});
