import type { HierarchyNodeDto, Page, ProblemDto } from '@slipway/contracts';
import { CostHarness, type TestOrg } from './harness';
import { HierarchyCaller } from './hierarchy-fixture';

describe('hierarchy: what hangs on the nodes — projects, budgets, level names', () => {
  let harness: CostHarness;
  let org: TestOrg;
  let other: TestOrg;
  let h: HierarchyCaller;

  beforeAll(async () => {
    harness = await CostHarness.start();
    org = await harness.createOrg();
    other = await harness.createOrg();
    h = new HierarchyCaller(harness, org);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('attaches a project to one organization only, and needs it to exist', async () => {
    const team = await h.create('PROJ.team', 'team');
    const { data: project } = await harness.client.post('/api/projects', {
      body: { name: 'shared', modules: [], owner_id: harness.dataApi.users.member.id },
    });
    const theirs = await harness.request(
      'POST',
      `/api/v1/hierarchy/${other.slug}/nodes`,
      { key: other.key },
      {
        body: { code: 'THEIRS', name: 'theirs', level: 'team' },
      },
    );
    const taken = await harness.request(
      'POST',
      `/api/v1/hierarchy/${other.slug}/nodes/${(theirs.body as HierarchyNodeDto).id}/projects`,
      { key: other.key },
      {
        body: { project_id: project.id },
      },
    );
    expect(taken.status).toBe(200);
    expect(
      (await h.call('POST', `/nodes/${team.id}/projects`, { body: { project_id: project.id } })).status,
    ).toBe(409);
    const unknown = await h.call<ProblemDto>('POST', `/nodes/${team.id}/projects`, {
      body: { project_id: '00000000-0000-4000-8000-000000000001' },
    });
    expect([unknown.status, unknown.body.errors?.[0]?.field]).toEqual([422, 'project_id']);
    expect((await h.call('DELETE', `/nodes/${team.id}/projects/${project.id}`)).status).toBe(404);

    const { data: ours } = await harness.client.post('/api/projects', {
      body: { name: 'ours', modules: [], owner_id: harness.dataApi.users.member.id },
    });
    expect(
      (await h.call('POST', `/nodes/${team.id}/projects`, { body: { project_id: ours.id } })).status,
    ).toBe(200);
    expect((await h.call('DELETE', `/nodes/${team.id}/projects/${ours.id}`)).status).toBe(204);
    expect((await h.call<Page<unknown>>('GET', `/nodes/${team.id}/projects`)).body.items).toEqual([]);
    expect((await h.call('DELETE', `/nodes/${team.id}/projects/${ours.id}`)).status).toBe(404);
    expect((await h.audited('org_project.attach')).map((e) => e.target_id)).toContain(ours.id);
    expect(await h.audited('org_project.detach')).toEqual([
      expect.objectContaining({
        target_id: ours.id,
        before: expect.objectContaining({ node_id: team.id }),
        after: expect.objectContaining({ node_id: null }),
      }),
    ]);
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
