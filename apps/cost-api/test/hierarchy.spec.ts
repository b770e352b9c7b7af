import type {
  HierarchyNodeDto,
  HierarchyPathDto,
  HierarchyTreeDto,
  Page,
  ProblemDto,
} from '@slipway/contracts';
import { cacheGenerationKey } from '../src/costs/cache-generation';
import { CostHarness, type TestOrg } from './harness';
import { HierarchyCaller } from './hierarchy-fixture';

describe('hierarchy: nodes, moves, deletes, access and audit', () => {
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

  it('creates, reads, lists, patches (If-Match) and nests nodes, each node with its path of codes', async () => {
    const eng = await h.create('ENG', 'department');
    const platform = await h.create('ENG.platform', 'team', eng);
    const api = await h.create('ENG.platform.api', 'project', platform);
    expect(api).toMatchObject({
      parent_id: platform.id,
      depth: 2,
      level: 'project',
      daily_budget: null,
      metadata: {},
    });

    const read = await h.call<HierarchyNodeDto>('GET', `/nodes/${platform.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(`"${platform.version}"`);
    const children = await h.call<Page<HierarchyNodeDto>>('GET', `/nodes?parent_id=${eng.id}`);
    expect(children.body.items.map((n) => n.code)).toEqual(['ENG.platform']);
    const firstPage = await h.call<Page<HierarchyNodeDto>>('GET', '/nodes?limit=1&count=true');
    expect(firstPage.body).toMatchObject({ total: 3, next_cursor: expect.any(String) });
    expect((await h.call<Page<HierarchyNodeDto>>('GET', '/nodes?level=project')).body.items).toHaveLength(1);

    const stale = await h.call<ProblemDto>('PATCH', `/nodes/${platform.id}`, {
      body: { name: 'x' },
      headers: { 'if-match': '"99"' },
    });
    expect([stale.status, stale.body.code]).toEqual([412, 'precondition_failed']);
    const renamed = await h.call<HierarchyNodeDto>('PATCH', `/nodes/${platform.id}`, {
      body: { name: 'Platform', metadata: { owner: 'ops' } },
      headers: { 'if-match': read.headers.etag as string },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: 'Platform',
      metadata: { owner: 'ops' },
      version: platform.version + 1,
    });
    const upward = await h.call<ProblemDto>('PATCH', `/nodes/${api.id}`, { body: { level: 'department' } });
    expect([upward.status, upward.body.errors?.[0]?.field]).toEqual([422, 'level']);

    const tree = await h.call<HierarchyTreeDto>('GET', '/tree');
    expect(tree.body.total).toBe(3);
    expect(tree.body.roots[0].children[0].children[0].path).toEqual([
      'ENG',
      'ENG.platform',
      'ENG.platform.api',
    ]);
    const path = await h.call<HierarchyPathDto>('GET', `/nodes/${api.id}/path`, {}, { service: true });
    expect(path.body.codes).toEqual(['ENG', 'ENG.platform', 'ENG.platform.api']);
    expect(
      (
        await h.call<ProblemDto>('POST', '/nodes', {
          body: { code: 'ENG', name: 'again', level: 'department' },
        })
      ).status,
    ).toBe(409);
  });

  it('answers 422 with every field error', async () => {
    const reply = await h.call<ProblemDto>('POST', '/nodes', {
      body: {
        code: '-bad code',
        level: 'Team',
        daily_budget: '1.1234567',
        budget_enforcement: 'strict',
        extra: 1,
      },
    });
    expect(reply.status).toBe(422);
    expect([...new Set(reply.body.errors?.map((e) => e.field))].sort()).toEqual(
      ['budget_enforcement', 'code', 'daily_budget', 'extra', 'level', 'name'].sort(),
    );
    const orphan = await h.call<ProblemDto>('POST', '/nodes', {
      body: { code: 'ORPHAN', name: 'o', level: 'team', parent_id: '00000000-0000-4000-8000-000000000000' },
    });
    expect([orphan.status, orphan.body.errors?.[0]?.field]).toEqual([422, 'parent_id']);
  });

  it('never lets two crossed moves at once make a cycle', async () => {
    for (let round = 0; round < 5; round += 1) {
      const x = await h.create(`CROSS.x${round}`, 'team');
      const y = await h.create(`CROSS.y${round}`, 'team');
      const [xy, yx] = await Promise.all([
        h.call('POST', `/nodes/${x.id}/move`, { body: { parent_id: y.id } }),
        h.call('POST', `/nodes/${y.id}/move`, { body: { parent_id: x.id } }),
      ]);
      expect([xy.status, yx.status].sort()).toEqual([200, 409]);
    }
  });

  it('moves a subtree, re-depthing it, and refuses cycles (409 hierarchy_cycle) and depth past the limit (422)', async () => {
    const sales = await h.create('SALES', 'department');
    const emea = await h.create('SALES.emea', 'team', sales);
    const france = await h.create('SALES.emea.fr', 'team', emea);
    const cycle = await h.call<ProblemDto>('POST', `/nodes/${sales.id}/move`, {
      body: { parent_id: france.id },
    });
    expect([cycle.status, cycle.body.code]).toEqual([409, 'hierarchy_cycle']);
    const self = await h.call<ProblemDto>('POST', `/nodes/${sales.id}/move`, {
      body: { parent_id: sales.id },
    });
    expect(self.body.code).toBe('hierarchy_cycle');

    const top = await h.call<HierarchyNodeDto>('POST', `/nodes/${emea.id}/move`, {
      body: { parent_id: null },
    });
    expect(top.body).toMatchObject({ parent_id: null, depth: 0 });
    expect((await h.call<HierarchyNodeDto>('GET', `/nodes/${france.id}`)).body.depth).toBe(1);

    // A chain of teams down to depth 10 (HIERARCHY_MAX_DEPTH): one level more is refused, by create or by move.
    let deepest = france;
    for (let depth = 2; depth <= 10; depth++) deepest = await h.create(`CHAIN.${depth}`, 'team', deepest);
    expect(deepest.depth).toBe(10);
    const tooDeep = await h.call<ProblemDto>('POST', '/nodes', {
      body: { code: 'TOO.DEEP', name: 'x', level: 'team', parent_id: deepest.id },
    });
    expect([tooDeep.status, tooDeep.body.code]).toEqual([422, 'hierarchy_too_deep']);
    const sub = await h.create('SUB', 'team');
    await h.create('SUB.child', 'team', sub);
    const moveDeep = await h.call<ProblemDto>('POST', `/nodes/${sub.id}/move`, {
      body: { parent_id: deepest.id },
    });
    expect([moveDeep.status, moveDeep.body.code]).toEqual([422, 'hierarchy_too_deep']);
  });

  it('refuses to delete a node with children or projects unless cascade, which deletes the subtree and detaches', async () => {
    const ops = await h.create('OPS', 'department');
    const sre = await h.create('OPS.sre', 'team', ops);
    const project = await h.project('sre tools');
    await h.addMember(harness.dataApi.users.member.id, 'admin');
    expect((await h.attach(sre.id, project)).status).toBe(200);
    expect(
      (await h.call<Page<{ project_id: string }>>('GET', `/nodes/${sre.id}/projects`)).body.items,
    ).toEqual([expect.objectContaining({ project_id: project, node_id: sre.id })]);

    const withChildren = await h.call<ProblemDto>('DELETE', `/nodes/${ops.id}`);
    expect([withChildren.status, withChildren.body.code]).toEqual([409, 'hierarchy_node_not_empty']);
    const withProject = await h.call<ProblemDto>('DELETE', `/nodes/${sre.id}`);
    expect([withProject.status, withProject.body.detail]).toEqual([
      409,
      expect.stringMatching(/1 attached project/),
    ]);

    expect((await h.call('DELETE', `/nodes/${ops.id}?cascade=true`)).status).toBe(204);
    expect((await h.call('GET', `/nodes/${sre.id}`)).status).toBe(404);
    const { data: membership } = await harness.client.get('/api/org_projects', {
      params: { query: { project_id: project } },
    });
    expect(membership.items[0]).toMatchObject({ org_id: org.id, node_id: null });
  });

  it('shows another organization’s nodes to nobody (404), lets a viewer read but not write, and needs a key', async () => {
    const node = await h.create('SECRET', 'team');
    expect(
      (await harness.request('GET', `/api/v1/hierarchy/${org.slug}/nodes/${node.id}`, { key: other.key }))
        .status,
    ).toBe(404);
    expect(
      (await harness.request('GET', `/api/v1/hierarchy/${other.slug}/nodes/${node.id}`, { key: other.key }))
        .status,
    ).toBe(404);
    expect(
      (
        await harness.request('GET', `/api/v1/hierarchy/${other.slug}/nodes/${node.id}/path`, {
          key: other.key,
        })
      ).status,
    ).toBe(404);
    expect((await h.call('GET', '/nodes/not-a-uuid')).status).toBe(404);
    expect(
      (await h.call('PATCH', `/nodes/${node.id}`, { body: { name: null, metadata: null } })).status,
    ).toBe(422);
    const viewer = { key: await harness.createKey(org.id, 'viewer') };
    expect((await h.call('GET', '/tree', {}, viewer)).status).toBe(200);
    expect((await h.call('GET', '/export', {}, viewer)).status).toBe(200);
    const write = await h.call<ProblemDto>('PATCH', `/nodes/${node.id}`, { body: { name: 'x' } }, viewer);
    expect([write.status, write.body.code]).toEqual([403, 'forbidden']);
    expect((await h.call('POST', '/nodes', { body: {} }, { anonymous: true })).status).toBe(401);
    expect((await h.call('GET', '/tree', {}, { anonymous: true })).status).toBe(401);
  });

  it('writes every change to the audit log with before and after', async () => {
    const node = await h.create('AUDITED', 'team');
    const top = await h.create('AUDITED.top', 'department');
    await h.call('PATCH', `/nodes/${node.id}`, { body: { name: 'Audited' } });
    await h.call('POST', `/nodes/${node.id}/move`, { body: { parent_id: top.id } });
    await h.call('DELETE', `/nodes/${node.id}`);
    const of = async (action: string) => (await h.audited(action)).filter((e) => e.target_id === node.id);
    expect(await of('hierarchy_node.create')).toEqual([
      expect.objectContaining({ before: null, after: expect.objectContaining({ code: 'AUDITED' }) }),
    ]);
    expect(await of('hierarchy_node.update')).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ name: 'AUDITED name' }),
        after: expect.objectContaining({ name: 'Audited' }),
      }),
    ]);
    expect(await of('hierarchy_node.move')).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ parent_id: null, depth: 0 }),
        after: expect.objectContaining({ parent_id: top.id, depth: 1, descendants_moved: 0 }),
      }),
    ]);
    expect(await of('hierarchy_node.delete')).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ code: 'AUDITED', deleted_descendants: [] }),
        after: null,
      }),
    ]);
  });

  it('drops the organization’s cached cost answers on a move, a delete, an import, an attach and a detach', async () => {
    const generation = async () =>
      Number((await harness.redis.get(cacheGenerationKey(harness.prefix, org.id))) ?? 0);
    const summary = () =>
      harness.request('GET', `/api/v1/costs/${org.slug}/summary?group_by=level&level=department`, {
        key: org.key,
      });
    const dropped = async (edit: () => Promise<{ status: number }>, status: number) => {
      const before = await generation();
      expect((await edit()).status).toBe(status);
      expect(await generation()).toBe(before + 1);
    };
    const top = await h.create('CACHED', 'department');
    const team = await h.create('CACHED.team', 'team');

    expect((await summary()).headers['x-cache']).toBe('miss');
    expect((await summary()).headers['x-cache']).toBe('hit');
    await dropped(() => h.call('POST', `/nodes/${team.id}/move`, { body: { parent_id: top.id } }), 200);
    expect((await summary()).headers['x-cache']).toBe('miss');

    await dropped(() => h.call('PATCH', `/nodes/${team.id}`, { body: { level: 'department' } }), 200);
    const project = await h.project('cached tools');
    await dropped(() => h.attach(team.id, project, { root: true }), 200);
    await dropped(() => h.call('DELETE', `/nodes/${team.id}/projects/${project}`), 204);
    await dropped(() => h.call('DELETE', `/nodes/${team.id}`), 204);
    await dropped(
      () =>
        harness.request(
          'POST',
          `/api/v1/hierarchy/${org.slug}/import`,
          { key: org.key },
          {
            body: {
              nodes: [{ code: 'CACHED.imported', name: 'Imported', level: 'team', parent_code: 'CACHED' }],
            },
          },
        ),
      200,
    );
  });
});
