import type {
  HierarchyFileDto,
  HierarchyImportReportDto,
  HierarchyTreeDto,
  ProblemDto,
} from '@slipway/contracts';
import { CostHarness, type TestOrg } from './harness';

const HEADER = 'code,name,level,parent_code,daily_budget,monthly_budget,budget_enforcement';
/** Children before their parents, quoting (a comma, doubled quotes, a line break), budgets. */
const CSV = [
  HEADER,
  'ENG.api,"API, ""core""",project,ENG.platform,,,',
  'ENG.platform,"Platform\nteam",team,ENG,10.5,250,soft',
  'ENG,Engineering,department,,100,3000.123456,hard',
  'SALES,Sales,department,,,,',
].join('\r\n');

describe('hierarchy: import and export', () => {
  let harness: CostHarness;
  let org: TestOrg;

  const importFile = (target: TestOrg, body: string | object, query = '') =>
    harness.request<HierarchyImportReportDto & ProblemDto>(
      'POST',
      `/api/v1/hierarchy/${target.slug}/import${query}`,
      { key: target.key },
      {
        headers: { 'content-type': typeof body === 'string' ? 'text/csv' : 'application/json' },
        payload: typeof body === 'string' ? body : JSON.stringify(body),
      },
    );
  const exportFile = (target: TestOrg, format: 'csv' | 'json') =>
    harness.request<string>('GET', `/api/v1/hierarchy/${target.slug}/export?format=${format}`, {
      key: target.key,
    });
  const total = async (target: TestOrg) =>
    (
      await harness.request<HierarchyTreeDto>('GET', `/api/v1/hierarchy/${target.slug}/tree`, {
        key: target.key,
      })
    ).body.total;

  beforeAll(async () => {
    harness = await CostHarness.start();
    org = await harness.createOrg();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('dry-runs a CSV file: the report of what would be created, nothing written', async () => {
    const report = await importFile(org, CSV, '?dry_run=true');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ dry_run: true, valid: true, created: 0, errors: [] });
    expect(report.body.nodes.map((n) => [n.code, n.depth])).toEqual([
      ['ENG', 0],
      ['SALES', 0],
      ['ENG.platform', 1],
      ['ENG.api', 2],
    ]);
    expect(await total(org)).toBe(0);
  });

  it('imports CSV all at once, parents resolved from later rows, quoting kept', async () => {
    const report = await importFile(org, CSV);
    expect([report.status, report.body.created]).toEqual([200, 4]);
    const tree = (
      await harness.request<HierarchyTreeDto>('GET', `/api/v1/hierarchy/${org.slug}/tree`, { key: org.key })
    ).body;
    const platform = tree.roots[0].children[0];
    expect(platform).toMatchObject({
      name: 'Platform\nteam',
      daily_budget: '10.5',
      monthly_budget: '250',
      budget_enforcement: 'soft',
    });
    expect(platform.children[0]).toMatchObject({
      name: 'API, "core"',
      path: ['ENG', 'ENG.platform', 'ENG.api'],
    });
  });

  it('imports JSON under an existing node named by parent_code', async () => {
    const report = await importFile(org, {
      nodes: [{ code: 'ENG.data', name: 'Data', level: 'team', parent_code: 'ENG' }],
    });
    expect([report.status, report.body.nodes[0].depth]).toEqual([200, 1]);
  });

  it('reports every row error (422), writes nothing, and a dry run answers the same errors with 200', async () => {
    const before = await total(org);
    const bad = [
      HEADER,
      'NEW.ok,Fine,team,ENG,,,',
      'ENG,Again,department,,,,',
      'NEW.orphan,Orphan,team,NOWHERE,,,',
      'bad code,,squad,,-1,,never',
    ].join('\n');
    const refused = await importFile(org, bad);
    expect([refused.status, refused.body.code]).toEqual([422, 'validation_failed']);
    expect(refused.body.errors).toEqual([
      { row: 2, field: 'code', message: 'code ENG already exists in the organization' },
      {
        row: 3,
        field: 'parent_code',
        message: 'parent_code NOWHERE names no node of the file or the organization',
      },
      { row: 4, field: 'code', message: expect.any(String) },
      { row: 4, field: 'name', message: 'name is required' },
      { row: 4, field: 'daily_budget', message: expect.any(String) },
      { row: 4, field: 'budget_enforcement', message: 'budget_enforcement must be hard or soft' },
    ]);
    const dry = await importFile(org, bad, '?dry_run=true');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ valid: false, created: 0, nodes: [], errors: refused.body.errors });
    const json = await importFile(org, {
      nodes: [
        { code: 'J', name: 'J', level: 'nope' },
        { code: 'J2', name: 'J2', level: 'team', parent_code: 'J' },
      ],
    });
    expect(json.body.errors?.map((e) => [e.row, e.field])).toEqual([[1, 'level']]);
    expect(await total(org)).toBe(before);
  });

  it('refuses more than 500 nodes in one import, saying so', async () => {
    const nodes = Array.from({ length: 501 }, (_, i) => ({ code: `BULK.${i}`, name: 'n', level: 'team' }));
    const reply = await importFile(org, { nodes });
    expect([reply.status, reply.body.errors?.[0]?.message]).toEqual([
      422,
      expect.stringMatching(/at most 500 nodes/),
    ]);
  });

  it('exports CSV and JSON that import into an empty organization as the same tree (round trip)', async () => {
    const csv = await exportFile(org, 'csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename=".*-hierarchy\.csv"/);
    expect(csv.text.split('\r\n')[0]).toBe(HEADER);
    const json = await exportFile(org, 'json');
    const file = JSON.parse(json.text) as HierarchyFileDto;
    expect(file.nodes.map((n) => n.code)).toEqual(['ENG', 'ENG.data', 'ENG.platform', 'ENG.api', 'SALES']);

    const fromCsv = await harness.createOrg();
    expect((await importFile(fromCsv, csv.text)).status).toBe(200);
    expect((await exportFile(fromCsv, 'csv')).text).toBe(csv.text);
    const fromJson = await harness.createOrg();
    expect((await importFile(fromJson, file)).status).toBe(200);
    expect((await exportFile(fromJson, 'json')).text).toBe(json.text);
  });

  it('reads CSV only on the import route, and audits an import', async () => {
    const elsewhere = await harness.request<ProblemDto>(
      'POST',
      `/api/v1/hierarchy/${org.slug}/nodes`,
      { key: org.key },
      {
        headers: { 'content-type': 'text/csv' },
        payload: CSV,
      },
    );
    expect(elsewhere.status).toBe(415);
    const { data } = await harness.client.get('/api/org_audit_logs', {
      params: { query: { org_id: org.id, limit: 100 } },
    });
    const imports = data.items.filter((entry) => entry.action === 'hierarchy.import');
    expect(imports.map((entry) => (entry.after as { created: number }).created).sort()).toEqual([1, 4]);
  });
});
