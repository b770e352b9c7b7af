import { ProblemException } from '@slipway/platform';
import { HierarchyIndex, type TreeNode } from './hierarchy-index';
import { checkLevelChange, checkLevels, checkNewNode, planMove, type TreeLimits } from './hierarchy-rules';

const limits: TreeLimits = { levels: ['department', 'team', 'project'], maxDepth: 3 };

/** eng → (platform → (api, web), data); sales → emea */
const nodes: TreeNode[] = [
  { id: 'eng', parent_id: null, code: 'ENG', level: 'department', depth: 0 },
  { id: 'platform', parent_id: 'eng', code: 'PLATFORM', level: 'team', depth: 1 },
  { id: 'api', parent_id: 'platform', code: 'API', level: 'project', depth: 2 },
  { id: 'web', parent_id: 'platform', code: 'WEB', level: 'project', depth: 2 },
  { id: 'data', parent_id: 'eng', code: 'DATA', level: 'team', depth: 1 },
  { id: 'sales', parent_id: null, code: 'SALES', level: 'department', depth: 0 },
  { id: 'emea', parent_id: 'sales', code: 'EMEA', level: 'team', depth: 1 },
];
const index = new HierarchyIndex(nodes);
const node = (id: string) => index.get(id) as TreeNode;

function problemOf(run: () => unknown): ProblemException {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemException) return error;
    throw error;
  }
  throw new Error('expected a ProblemException');
}

describe('HierarchyIndex', () => {
  it('walks parents before children, siblings by code', () => {
    expect(index.preorder().map((n) => n.code)).toEqual([
      'ENG',
      'DATA',
      'PLATFORM',
      'API',
      'WEB',
      'SALES',
      'EMEA',
    ]);
    expect(index.descendants('eng').map((n) => n.code)).toEqual(['DATA', 'PLATFORM', 'API', 'WEB']);
  });

  it('answers a path root first, and whether a node lies in a subtree', () => {
    expect(index.path('web').map((n) => n.code)).toEqual(['ENG', 'PLATFORM', 'WEB']);
    expect([
      index.inSubtree('eng', 'web'),
      index.inSubtree('eng', 'eng'),
      index.inSubtree('platform', 'data'),
    ]).toEqual([true, true, false]);
  });

  it('stops at stored data that loops instead of hanging', () => {
    const looped = new HierarchyIndex<TreeNode>([
      { id: 'a', parent_id: 'b', code: 'A', level: 'team', depth: 1 },
      { id: 'b', parent_id: 'a', code: 'B', level: 'team', depth: 2 },
    ]);
    expect(looped.path('a').map((n) => n.code)).toEqual(['B', 'A']);
    expect(looped.descendants('a').map((n) => n.code)).toEqual(['B']);
  });
});

describe('planMove', () => {
  it('repairs a stale stored depth below a moved node', () => {
    const stale = new HierarchyIndex([...nodes.filter((n) => n.id !== 'api'), { ...node('api'), depth: 7 }]);
    expect(planMove(limits, stale, node('platform'), 'sales')).toEqual([
      { id: 'platform', parent_id: 'sales', depth: 1 },
      { id: 'api', parent_id: 'platform', depth: 2 },
    ]);
  });

  it('re-places the node and every descendant whose depth changes, parents first', () => {
    expect(planMove(limits, index, node('platform'), 'sales')).toEqual([
      { id: 'platform', parent_id: 'sales', depth: 1 },
    ]);
    const toTop = { ...limits, levels: ['team', 'project'] };
    expect(planMove(toTop, index, node('platform'), null)).toEqual([
      { id: 'platform', parent_id: null, depth: 0 },
      { id: 'api', parent_id: 'platform', depth: 1 },
      { id: 'web', parent_id: 'platform', depth: 1 },
    ]);
  });

  it('refuses a move under the node itself or a descendant (hierarchy_cycle)', () => {
    expect(problemOf(() => planMove(limits, index, node('eng'), 'eng')).code).toBe('hierarchy_cycle');
    const under = problemOf(() => planMove(limits, index, node('eng'), 'api'));
    expect(under.code).toBe('hierarchy_cycle');
    expect(under.detail).toBe('ENG cannot move under its own descendant API');
  });

  it('refuses a subtree that would end too deep (hierarchy_too_deep)', () => {
    const shallow = { ...limits, levels: ['team', 'project'], maxDepth: 2 };
    const problem = problemOf(() => planMove(shallow, index, node('platform'), 'data'));
    expect(problem.code).toBe('hierarchy_too_deep');
    expect(problem.detail).toMatch(/depth 3 and HIERARCHY_MAX_DEPTH is 2/);
  });

  it('refuses a level out of order and an unknown parent', () => {
    const problem = problemOf(() => planMove(limits, index, node('eng'), 'emea'));
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors).toEqual([
      { field: 'parent_id', message: expect.stringMatching(/department cannot sit under a team/) },
    ]);
    expect(problemOf(() => planMove(limits, index, node('eng'), 'nope')).code).toBe('not_found');
  });
});

describe('checkNewNode and checkLevelChange', () => {
  it('answers a new node’s depth, and lets a team sit under a team', () => {
    expect(checkNewNode(limits, 'department', undefined)).toBe(0);
    expect(checkNewNode(limits, 'team', node('platform'))).toBe(2);
  });

  it('refuses a level the organization does not name, or one above its parent', () => {
    expect(problemOf(() => checkNewNode(limits, 'squad', undefined)).errors?.[0]?.message).toMatch(
      /one of the organization's levels: department, team, project/,
    );
    expect(problemOf(() => checkNewNode(limits, 'team', node('api'))).code).toBe('validation_failed');
    expect(problemOf(() => checkNewNode({ ...limits, maxDepth: 2 }, 'project', node('api'))).code).toBe(
      'hierarchy_too_deep',
    );
  });

  it('refuses a level change its children would not allow', () => {
    expect(() => checkLevelChange(limits, index, node('data'), 'project')).not.toThrow();
    expect(problemOf(() => checkLevelChange(limits, index, node('eng'), 'project')).errors).toEqual([
      {
        field: 'level',
        message: 'a project cannot hold a team (DATA) (levels top first: department, team, project)',
      },
    ]);
  });
});

describe('checkLevels', () => {
  it('answers the renames to apply when every node stays in order', () => {
    const renames = checkLevels(['division', 'team', 'project'], { department: 'division' }, index);
    expect(renames.map((r) => [r.node.code, r.level])).toEqual([
      ['ENG', 'division'],
      ['SALES', 'division'],
    ]);
  });

  it('refuses levels that leave nodes without a level or out of order (conflict)', () => {
    const dropped = problemOf(() => checkLevels(['team', 'project'], {}, index));
    expect(dropped.code).toBe('conflict');
    expect(dropped.errors?.map((e) => e.message)).toContain(
      "node ENG: level must be one of the organization's levels: team, project",
    );
    const reordered = problemOf(() => checkLevels(['team', 'department', 'project'], {}, index));
    expect(reordered.errors?.[0]?.message).toMatch(/node DATA: a team cannot sit under a department/);
    expect(problemOf(() => checkLevels(['a'], { department: 'b' }, index)).code).toBe('validation_failed');
  });
});
