import type { HierarchyNodeDto, Page, ProblemDto } from '@slipway/contracts';
import { CostHarness, type TestOrg } from './harness';
import { HierarchyCaller } from './hierarchy-fixture';

describe('hierarchy: what hangs on the nodes — projects, budgets, level names', () => {
  let harness: CostHarness;
  let org: TestOrg;
  let other: TestOrg;
  let h: HierarchyCaller;
  let them: HierarchyCaller;

  beforeAll(async () => {
    harness = await CostHarness.start();
    org = await harness.createOrg();
    other = await harness.createOrg();
    h = new HierarchyCaller(harness, org);
    them = new HierarchyCaller(harness, other);
    // The projects' owner is an admin of both; another user is an admin of org only.
    const { member, other: stranger } = harness.dataApi.users;
    await h.addMember(member.id, 'admin');
    await them.addMember(member.id, 'admin');
    await h.addMember(stranger.id, 'admin');
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('attaches a project to one organization only, and needs it to exist', async () => {
    const team = await h.create('PROJ.team', 'team');
    const project = await h.project('shared');
    const theirs = await them.create('THEIRS', 'team');
    expect((await them.attach(theirs.id, project)).status).toBe(200);
    expect((await h.attach(team.id, project)).status).toBe(409);
    const unknown = await h.attach(team.id, '00000000-0000-4000-8000-000000000001');
    expect([unknown.status, unknown.body.errors?.[0]?.field]).toEqual([422, 'project_id']);
    expect((await h.call('DELETE', `/nodes/${team.id}/projects/${project}`)).status).toBe(404);

    const ours = await h.project('ours');
    expect((await h.attach(team.id, ours)).status).toBe(200);
    expect((await h.call('DELETE', `/nodes/${team.id}/projects/${ours}`)).status).toBe(204);
    expect((await h.call<Page<unknown>>('GET', `/nodes/${team.id}/projects`)).body.items).toEqual([]);
    expect((await h.call('DELETE', `/nodes/${team.id}/projects/${ours}`)).status).toBe(404);
    expect((await h.audited('org_project.attach')).map((e) => e.target_id)).toContain(ours);
    expect(await h.audited('org_project.detach')).toEqual([
      expect.objectContaining({
        target_id: ours,
        before: expect.objectContaining({ node_id: team.id }),
        after: expect.objectContaining({ node_id: null }),
      }),
    ]);
  });

  it('is brought into an organization by its owner, a registry admin, the root key or a service, never by an org key', async () => {
    const team = await h.create('BRING.team', 'team');
    const shelf = await h.create('BRING.shelf', 'team');
    const project = await h.project('brought');
    const membership = async (id: string) =>
      (await harness.client.get('/api/org_projects', { params: { query: { project_id: id } } })).data.items;

    for (const key of [org.key, await harness.createKey(org.id, 'owner')]) {
      const byKey = await h.attach(team.id, project, { key });
      expect([byKey.status, byKey.body.code, byKey.body.detail]).toEqual([
        403,
        'forbidden',
        expect.stringContaining('a project is attached by its owner'),
      ]);
    }
    const { other: stranger } = harness.dataApi.users;
    const byStranger = await h.attach(team.id, project, {
      user: { id: stranger.id, email: 'other@example.com' },
    });
    expect([byStranger.status, byStranger.body.code]).toEqual([403, 'forbidden']);
    expect(await membership(project)).toEqual([]);

    const byOwner = await h.attach(team.id, project);
    expect([byOwner.status, byOwner.body]).toEqual([
      200,
      expect.objectContaining({ project_id: project, node_id: team.id }),
    ]);
    // In the organization, its admins arrange it among the nodes, a key too.
    expect((await h.attach(shelf.id, project, { key: org.key })).body.node_id).toBe(shelf.id);

    const { admin } = harness.dataApi.users;
    // A registry admin acts in an organization only as one of its members.
    await harness.client.post('/api/org_members', {
      body: { org_id: org.id, user_id: admin.id, role: 'admin' },
    });
    for (const as of [
      { user: { id: admin.id, email: 'admin@example.com', role: 'admin' as const } },
      { root: true as const },
      { service: true as const },
    ]) {
      const someones = await h.project('someone else’s');
      expect((await h.attach(team.id, someones, as)).status).toBe(200);
      expect(await membership(someones)).toEqual([expect.objectContaining({ org_id: org.id })]);
    }
  });

  it('stores budgets as exact decimals and names levels anew, renaming their nodes', async () => {
    const finance = await h.create('FIN', 'department');
    const budget = await h.call<HierarchyNodeDto>('PUT', `/nodes/${finance.id}/budget`, {
      body: { daily_budget: '12.345678', monthly_budget: '300000000000.5', enforcement: 'hard' },
    });
    expect(budget.body).toMatchObject({
      daily_budget: '12.345678',
      monthly_budget: '300000000000.5',
      budget_enforcement: 'hard',
    });
    const bad = await h.call<ProblemDto>('PUT', `/nodes/${finance.id}/budget`, {
      body: { daily_budget: 1.5, monthly_budget: '-1', enforcement: 'x' },
    });
    expect([...new Set(bad.body.errors?.map((e) => e.field))].sort()).toEqual([
      'daily_budget',
      'enforcement',
      'monthly_budget',
    ]);

    const dropped = await h.call<ProblemDto>('PUT', '/levels', { body: { levels: ['team', 'project'] } });
    expect([dropped.status, dropped.body.code]).toEqual([409, 'conflict']);
    const renamed = await h.call('PUT', '/levels', {
      body: { levels: ['division', 'team', 'project'], rename: { department: 'division' } },
    });
    expect(renamed.body).toEqual({ levels: ['division', 'team', 'project'], max_depth: 10 });
    expect((await h.call<HierarchyNodeDto>('GET', `/nodes/${finance.id}`)).body.level).toBe('division');
    expect((await h.call('GET', '/levels')).body).toEqual({
      levels: ['division', 'team', 'project'],
      max_depth: 10,
    });
    expect((await h.audited('hierarchy_node.budget'))[0]).toMatchObject({
      target_id: finance.id,
      before: { budget_enforcement: null },
      after: { budget_enforcement: 'hard', daily_budget: '12.345678' },
    });
    expect((await h.audited('hierarchy.levels'))[0]).toMatchObject({
      before: { levels: ['department', 'team', 'project'] },
      after: { levels: ['division', 'team', 'project'], renamed_nodes: [{ code: 'FIN', level: 'division' }] },
    });
  });
});
