import type { HierarchyNodeDto } from '@slipway/contracts';
import { toCsvFile, toJsonFile } from './export-format';
import { HierarchyIndex, type TreeNode } from './hierarchy-index';
import type { TreeLimits } from './hierarchy-rules';
import { planImport } from './import-plan';
import { parseCsv, parseJson } from './import-rows';

const limits: TreeLimits = { levels: ['department', 'team', 'project'], maxDepth: 10 };
const empty = new HierarchyIndex<TreeNode>([]);
const HEADER = 'code,name,level,parent_code,daily_budget,monthly_budget,budget_enforcement';
let counter = 0;
const ids = () => `id-${++counter}`;

beforeEach(() => {
  counter = 0;
});

describe('parseCsv', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes, a BOM', () => {
    const csv = `\uFEFF${HEADER}\r\nENG,"Engineering, R&D",department,,100.5,,hard\r\nAPI,"The ""API""\nteam",team,ENG,,,\r\n`;
    const { rows, errors } = parseCsv(csv);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 1,
        code: 'ENG',
        name: 'Engineering, R&D',
        level: 'department',
        parent_code: null,
        daily_budget: '100.5',
        monthly_budget: null,
        budget_enforcement: 'hard',
      },
      {
        row: 2,
        code: 'API',
        name: 'The "API"\nteam',
        level: 'team',
        parent_code: 'ENG',
        daily_budget: null,
        monthly_budget: null,
        budget_enforcement: null,
      },
    ]);
  });

  it('accepts the columns in any order and the optional ones left out', () => {
    const { rows, errors } = parseCsv('level,name,code\ndepartment,Eng,ENG\n');
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ code: 'ENG', parent_code: null, daily_budget: null });
  });

  it('reports every bad field of every row, by row', () => {
    const csv = `${HEADER}\nbad code,,department,,1.1234567,,strict\nOK,Ok,team,OK,-1,,\nX,X,team\n`;
    const { rows, errors, rejected } = parseCsv(csv);
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 1, field: 'code', message: expect.stringMatching(/^code must match/) },
      { row: 1, field: 'name', message: 'name is required' },
      {
        row: 1,
        field: 'daily_budget',
        message: expect.stringMatching(/^daily_budget must be a non-negative decimal/),
      },
      { row: 1, field: 'budget_enforcement', message: 'budget_enforcement must be hard or soft' },
      { row: 2, field: 'parent_code', message: 'parent_code cannot be the row’s own code' },
      { row: 2, field: 'daily_budget', message: expect.stringMatching(/^daily_budget must be/) },
      { row: 3, field: 'csv', message: 'the row has 3 fields; the header names 7' },
    ]);
    expect([...rejected]).toEqual([
      ['bad code', 1],
      ['OK', 2],
      ['X', 3],
    ]);
  });

  it('reports a header it does not know and a file that is not CSV', () => {
    expect(parseCsv('code,name,colour\n').errors).toEqual([
      { row: 0, field: 'header', message: 'colour is not a column' },
      { row: 0, field: 'header', message: 'the level column is missing' },
    ]);
    expect(parseCsv(`${HEADER}\n"ENG,Eng,department\n`).errors).toEqual([
      { row: 0, field: 'csv', message: expect.stringMatching(/Quote Not Closed/) },
    ]);
  });
});

describe('parseJson', () => {
  it('reads {nodes: [...]} with the same fields and refuses anything else', () => {
    expect(parseJson({ nodes: [{ code: 'ENG', name: 'Eng', level: 'department' }] }).rows).toHaveLength(1);
    expect(parseJson([]).errors[0]).toMatchObject({ row: 0, field: 'nodes' });
    expect(parseJson({ nodes: [], extra: 1 }).errors[0]?.message).toMatch(/only nodes is allowed/);
    expect(
      parseJson({ nodes: [42, { code: 'A', name: 'A', level: 'team', daily_budget: 5, colour: 'red' }] })
        .errors,
    ).toEqual([
      { row: 1, field: 'row', message: 'each node must be a JSON object' },
      { row: 2, field: 'colour', message: 'colour is not a column' },
      { row: 2, field: 'daily_budget', message: 'daily_budget must be a string or null' },
    ]);
  });
});

describe('planImport', () => {
  const json = (nodes: object[]) => parseJson({ nodes });

  it('orders parents first even when children come first in the file, with ids chosen up front', () => {
    const plan = planImport(
      json([
        { code: 'API', name: 'API', level: 'project', parent_code: 'PLATFORM' },
        { code: 'PLATFORM', name: 'Platform', level: 'team', parent_code: 'ENG' },
        { code: 'ENG', name: 'Eng', level: 'department' },
      ]),
      empty,
      limits,
      ids,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.nodes.map((n) => [n.code, n.id, n.parent_id, n.depth])).toEqual([
      ['ENG', 'id-1', null, 0],
      ['PLATFORM', 'id-2', 'id-1', 1],
      ['API', 'id-3', 'id-2', 2],
    ]);
  });

  it('hangs rows under existing nodes named by parent_code', () => {
    const existing = new HierarchyIndex<TreeNode>([
      { id: 'eng', parent_id: null, code: 'ENG', level: 'department', depth: 0 },
    ]);
    const plan = planImport(
      json([{ code: 'DATA', name: 'Data', level: 'team', parent_code: 'ENG' }]),
      existing,
      limits,
      ids,
    );
    expect(plan.nodes[0]).toMatchObject({ parent_id: 'eng', depth: 1 });
    const again = planImport(
      json([{ code: 'ENG', name: 'Eng', level: 'department' }]),
      existing,
      limits,
      ids,
    );
    expect(again.errors).toEqual([
      { row: 1, field: 'code', message: 'code ENG already exists in the organization' },
    ]);
  });

  it('reports duplicates, unknown parents, loops, levels out of order, depth and children of bad rows; creates nothing', () => {
    const plan = planImport(
      json([
        { code: 'A', name: 'A', level: 'department' },
        { code: 'A', name: 'A again', level: 'department' },
        { code: 'B', name: 'B', level: 'team', parent_code: 'NOWHERE' },
        { code: 'C', name: 'C', level: 'team', parent_code: 'D' },
        { code: 'D', name: 'D', level: 'team', parent_code: 'C' },
        { code: 'E', name: 'E', level: 'department', parent_code: 'A' },
        { code: 'F', name: 'F', level: 'project', parent_code: 'A' },
        { code: 'G', name: 'G', level: 'squad', parent_code: 'A' },
        { code: 'H', name: '', level: 'team' },
        { code: 'I', name: 'I', level: 'project', parent_code: 'H' },
        { code: 'J', name: 'J', level: 'project', parent_code: 'C' },
      ]),
      empty,
      limits,
      ids,
    );
    expect(plan.nodes).toEqual([]);
    expect(plan.errors).toEqual([
      { row: 2, field: 'code', message: "code A is row 1's too" },
      {
        row: 3,
        field: 'parent_code',
        message: 'parent_code NOWHERE names no node of the file or the organization',
      },
      { row: 4, field: 'parent_code', message: 'the parents loop: C → D → C' },
      { row: 5, field: 'parent_code', message: 'the parents loop: C → D → C' },
      {
        row: 8,
        field: 'level',
        message: expect.stringMatching(/^level must be one of the organization's levels/),
      },
      { row: 9, field: 'name', message: 'name is required' },
      { row: 10, field: 'parent_code', message: "parent_code H is row 9's, which has errors" },
      { row: 11, field: 'parent_code', message: 'parent row 4 has errors' },
    ]);
  });

  it('refuses a level above its parent and a node past the depth limit', () => {
    const plan = planImport(
      json([
        { code: 'T', name: 'T', level: 'team' },
        { code: 'D', name: 'D', level: 'department', parent_code: 'T' },
        { code: 'P', name: 'P', level: 'project', parent_code: 'T' },
        { code: 'Q', name: 'Q', level: 'project', parent_code: 'P' },
      ]),
      empty,
      { ...limits, maxDepth: 1 },
      ids,
    );
    expect(plan.errors).toEqual([
      { row: 2, field: 'level', message: expect.stringMatching(/a department cannot sit under a team/) },
      {
        row: 4,
        field: 'parent_code',
        message: 'a node would be at depth 2 and HIERARCHY_MAX_DEPTH is 1 (a root is at depth 0)',
      },
    ]);
  });

  it('refuses more than 500 nodes in one file, saying so', () => {
    const nodes = Array.from({ length: 501 }, (_, i) => ({ code: `N${i}`, name: 'n', level: 'department' }));
    expect(planImport(json(nodes), empty, limits, ids).errors).toEqual([
      { row: 0, field: 'nodes', message: expect.stringMatching(/at most 500 nodes and this file holds 501/) },
    ]);
  });
});

describe('export', () => {
  const node = (
    id: string,
    parent: string | null,
    code: string,
    level: string,
    depth: number,
  ): HierarchyNodeDto => ({
    id,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
    version: 1,
    parent_id: parent,
    code,
    name: `${code}, "quoted"\nname`,
    level,
    depth,
    daily_budget: code === 'ENG' ? '10.5' : null,
    monthly_budget: null,
    budget_enforcement: code === 'ENG' ? 'soft' : null,
    metadata: {},
  });
  const tree = [
    node('3', '2', 'API', 'project', 2),
    node('1', null, 'ENG', 'department', 0),
    node('2', '1', 'PLATFORM', 'team', 1),
    node('4', null, 'SALES', 'department', 0),
  ];

  it('writes parents first with parent codes, and reads back to the same tree (CSV and JSON)', () => {
    const csv = toCsvFile(tree);
    expect(csv.split('\r\n')[0]).toBe(HEADER);
    for (const parsed of [parseCsv(csv), parseJson(JSON.parse(JSON.stringify(toJsonFile(tree))))]) {
      const plan = planImport(parsed, empty, limits, ids);
      expect(plan.errors).toEqual([]);
      const reimported = plan.nodes.map((n, i) => ({ ...tree[0], ...n, id: n.id, version: i }));
      expect(toCsvFile(reimported)).toBe(csv);
      expect(toJsonFile(reimported)).toEqual(toJsonFile(tree));
    }
    expect(toJsonFile(tree).nodes.map((n) => [n.code, n.parent_code])).toEqual([
      ['ENG', null],
      ['PLATFORM', 'ENG'],
      ['API', 'PLATFORM'],
      ['SALES', null],
    ]);
  });
});
