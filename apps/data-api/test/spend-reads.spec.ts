import type {
  CreateSpendLedgerRecordDto,
  HierarchyNodeRecordDto,
  SpendAggregateDto,
  SpendDayTrendDto,
  SpendHourTrendDto,
  SpendLedgerBulkResultDto,
  SpendTotalsDto,
} from '@slipway/contracts';
import { Client } from 'pg';
import { DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';
import { createOrg, generated, plain, seeded, usage } from './support/spend';

const PROJECTS = ['8a1e0000-0000-4000-8000-000000000001', '8a1e0000-0000-4000-8000-000000000002'];
const FROM = '2025-01-05';
/** The last Paris day of events generated over ten UTC days from FROM. */
const TO = '2025-01-15';

describe('spend reads: sums of the rollups and of the ledger agree with the ledger', () => {
  let api: DataApiHarness;
  let db: Client;
  let org: string;
  let other: string;
  let nodes: Record<'dept' | 'team1' | 'team2' | 'elsewhere', string>;

  beforeAll(async () => {
    api = await DataApiHarness.start();
    db = new Client({ connectionString: api.database.url });
    await db.connect();
    [org, other] = [(await createOrg(api)).id, (await createOrg(api)).id];
    const node = async (code: string, parent?: string) => {
      const reply = await api.request<HierarchyNodeRecordDto>('POST', '/api/hierarchy_nodes', {
        body: { org_id: org, parent_id: parent, level: 'team', code, name: code, depth: parent ? 1 : 0 },
      });
      return reply.body.id;
    };
    const dept = await node('DEPT');
    nodes = {
      dept,
      team1: await node('T1', dept),
      team2: await node('T2', dept),
      elsewhere: await node('X'),
    };
    const random = seeded(20_250_105);
    const dims = {
      nodes: [...Object.values(nodes), undefined],
      projects: [...PROJECTS, undefined],
      models: ['gpt-4o', 'gpt-4o-mini', 'claude-sonnet', 'claude-haiku'],
      users: ['alice', 'bob', 'carol', undefined],
    };
    const events = [
      ...generated(org, 700, FROM, 10, dims, random),
      ...generated(other, 300, FROM, 10, { ...dims, nodes: [undefined] }, random),
    ];
    for (let i = 0; i < events.length; i += 400) await bulk(events.slice(i, i + 400));
    expect((await bulk(events.slice(100, 300))).inserted).toBe(0);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  async function bulk(events: CreateSpendLedgerRecordDto[]): Promise<SpendLedgerBulkResultDto> {
    const reply = await api.request<SpendLedgerBulkResultDto>('POST', '/api/spend_ledger/bulk', {
      body: events,
    });
    if (reply.status !== 200) throw new Error(`bulk: ${reply.status} ${reply.text}`);
    return reply.body;
  }

  const get = <T>(url: string) => api.request<T>('GET', url);

  const sums = (prefix = '') =>
    `sum(${prefix}amount)::text AS amount, sum(input_tokens)::int AS input_tokens, sum(output_tokens)::int AS output_tokens,
     sum(cached_input_tokens)::int AS cached_input_tokens, count(*)::int AS events`;
  const totals = (row: Record<string, unknown>): SpendTotalsDto => ({
    amount: plain(String(row.amount ?? '0')),
    input_tokens: Number(row.input_tokens ?? 0),
    output_tokens: Number(row.output_tokens ?? 0),
    cached_input_tokens: Number(row.cached_input_tokens ?? 0),
    events: Number(row.events ?? 0),
  });

  /** The same sums computed straight from the ledger, keyed like the API's groups (a key: a column or [name, expression]). */
  async function fromLedger(keys: (string | [string, string])[], where: string, params: unknown[]) {
    const named = keys.map((k): [string, string] =>
      typeof k !== 'string' ? k : [k, k === 'local_day' ? 'local_day::text' : k],
    );
    const group = named.length ? ` GROUP BY ${named.map(([, expression]) => expression).join(', ')}` : '';
    const { rows } = await db.query<Record<string, unknown>>(
      `SELECT ${[...named.map(([name, expression]) => `${expression} AS "${name}"`), sums()].join(', ')}
       FROM spend_ledger WHERE ${where}${group}`,
      params,
    );
    return new Map(
      rows.map((row) => [
        JSON.stringify(Object.fromEntries(named.map(([name]) => [name, row[name]]))),
        totals(row),
      ]),
    );
  }
  const total = async (where: string, params: unknown[]) =>
    [...(await fromLedger([], where, params)).values()][0];

  const GROUPINGS: [string[], string, string][] = [
    [['provider', 'model'], '', 'TRUE'],
    [['node_id', 'project_id', 'user_id'], '', 'TRUE'],
    [
      ['source', 'local_day'],
      '&model=gpt-4o&source=run,planner',
      "model = 'gpt-4o' AND source IN ('run', 'planner')",
    ],
    [
      ['user_id'],
      `&project_id=${PROJECTS[0]}&provider=openai`,
      `project_id = '${PROJECTS[0]}' AND provider = 'openai'`,
    ],
    [['local_day'], '&user_id=bob', "user_id = 'bob'"],
  ];
  it.each(GROUPINGS)('groups by %j (filters %s) exactly as the ledger sums', async (keys, query, where) => {
    const reply = await get<SpendAggregateDto>(
      `/api/spend_rollups/aggregate?org_id=${org}&from_day=2025-01-07&to_day=2025-01-12&group_by=${keys.join(',')}${query}`,
    );
    expect(reply.status).toBe(200);
    const scope = `org_id = $1 AND local_day BETWEEN '2025-01-07' AND '2025-01-12' AND ${where}`;
    const expected = await fromLedger(keys, scope, [org]);
    const answered = new Map(reply.body.groups.map((g) => [JSON.stringify(g.key), { ...g, key: undefined }]));
    expect(answered.size).toBeGreaterThan(1);
    expect(Object.fromEntries(answered)).toEqual(
      Object.fromEntries([...expected].map(([key, value]) => [key, { ...value, key: undefined }])),
    );
    const amounts = reply.body.groups.map((g) => Number(g.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(reply.body.total).toEqual(await total(scope, [org]));
    expect(reply.body).toMatchObject({ group_count: expected.size, truncated: false });
  });

  it('answers the total alone without group_by, zeros where nothing matches, and truncates to limit', async () => {
    const all = await get<SpendAggregateDto>(
      `/api/spend_rollups/aggregate?org_id=${org}&from_day=${FROM}&to_day=${TO}`,
    );
    expect(all.body.groups).toEqual([]);
    expect(all.body.total).toEqual(await total('org_id = $1', [org]));
    const none = await get<SpendAggregateDto>(
      `/api/spend_rollups/aggregate?org_id=${org}&from_day=2024-01-01&to_day=2024-01-31&group_by=model`,
    );
    expect(none.body).toEqual({
      groups: [],
      total: { amount: '0', input_tokens: 0, output_tokens: 0, cached_input_tokens: 0, events: 0 },
      group_count: 0,
      truncated: false,
    });
    const top = await get<SpendAggregateDto>(
      `/api/spend_rollups/aggregate?org_id=${org}&from_day=${FROM}&to_day=${TO}&group_by=user_id,model&limit=3`,
    );
    expect(top.body.groups).toHaveLength(3);
    const combinations = (await fromLedger(['user_id', 'model'], 'org_id = $1', [org])).size;
    expect(top.body).toMatchObject({ truncated: true, group_count: combinations, total: all.body.total });
  });

  it('takes a node alone, or with its descendants through the hierarchy', async () => {
    const url = (extra: string) =>
      `/api/spend_rollups/aggregate?org_id=${org}&from_day=${FROM}&to_day=${TO}&group_by=node_id&node_id=${nodes.dept}${extra}`;
    const alone = await get<SpendAggregateDto>(url(''));
    expect(alone.body.groups.map((g) => g.key.node_id)).toEqual([nodes.dept]);
    const tree = await get<SpendAggregateDto>(url('&include_descendants=true'));
    expect(tree.body.groups.map((g) => g.key.node_id).sort()).toEqual(
      [nodes.dept, nodes.team1, nodes.team2].sort(),
    );
    expect(tree.body.total).toEqual(
      await total('org_id = $1 AND node_id = ANY($2)', [org, [nodes.dept, nodes.team1, nodes.team2]]),
    );
    const leaf = await get<SpendAggregateDto>(
      `/api/spend_rollups/aggregate?org_id=${org}&from_day=${FROM}&to_day=${TO}&node_id=${nodes.team1}&include_descendants=true`,
    );
    expect(leaf.body.total).toEqual(await total('node_id = $1', [nodes.team1]));
    const foreign = await get<SpendAggregateDto>(
      `/api/spend_rollups/aggregate?org_id=${other}&from_day=${FROM}&to_day=${TO}&node_id=${nodes.dept}&include_descendants=true`,
    );
    expect(foreign.body.total.events).toBe(0);
  });

  const TRENDS: [string, string, string, string][] = [
    ['day', '2025-01-03', '2025-01-16', "date_trunc('day', local_day::timestamp)"],
    ['week', '2025-01-01', '2025-01-31', "date_trunc('week', local_day::timestamp)"],
    ['month', '2024-12-15', '2025-02-10', "date_trunc('month', local_day::timestamp)"],
  ];
  it.each(TRENDS)(
    'trends by %s, zero-filled from %s to %s, as the ledger sums',
    async (bucket, from, to, trunc) => {
      const reply = await get<SpendDayTrendDto>(
        `/api/spend_rollups/trend?org_id=${org}&from_day=${from}&to_day=${to}&bucket=${bucket}&provider=openai`,
      );
      expect(reply.status).toBe(200);
      const { rows: starts } = await db.query<{ start: string }>(
        `SELECT to_char(d, 'YYYY-MM-DD') AS start FROM generate_series(date_trunc($1, $2::timestamp), $3::timestamp, ('1 ' || $1)::interval) d`,
        [bucket, from, to],
      );
      expect(reply.body.buckets.map((b) => b.start)).toEqual(starts.map((s) => s.start));
      const expected = await fromLedger(
        [['start', `to_char(${trunc}, 'YYYY-MM-DD')`]],
        "org_id = $1 AND provider = 'openai' AND local_day BETWEEN $2 AND $3",
        [org, from, to],
      );
      const zero = { amount: '0', input_tokens: 0, output_tokens: 0, cached_input_tokens: 0, events: 0 };
      for (const { start, ...sums } of reply.body.buckets)
        expect(sums).toEqual(expected.get(JSON.stringify({ start })) ?? zero);
      expect(reply.body.buckets.filter((b) => b.events === 0).length).toBeGreaterThan(0);
      expect(reply.body.total.events).toBe([...expected.values()].reduce((n, t) => n + t.events, 0));
      if (bucket === 'week') expect(reply.body.buckets[0].start).toBe('2024-12-30');
    },
  );

  it('trends by hour over the ledger in a time zone, zero-filled, as the ledger sums', async () => {
    const from = '2025-01-06T00:00:00Z';
    const to = '2025-01-09T00:00:00Z';
    const reply = await get<SpendHourTrendDto>(
      `/api/spend_ledger/trend?org_id=${org}&from=${from}&to=${to}&timezone=Europe/Paris&model=gpt-4o-mini`,
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ bucket: 'hour', timezone: 'Europe/Paris' });
    expect(reply.body.buckets).toHaveLength(72);
    expect(reply.body.buckets[0]).toMatchObject({
      start: '2025-01-06T00:00:00.000Z',
      local_start: '2025-01-06T01:00:00+01:00',
    });
    const expected = await fromLedger(
      [
        [
          'start',
          `to_char(date_trunc('hour', occurred_at, 'Europe/Paris') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:00:00.000"Z"')`,
        ],
      ],
      "org_id = $1 AND model = 'gpt-4o-mini' AND occurred_at >= $2 AND occurred_at < $3",
      [org, from, to],
    );
    const answered = reply.body.buckets.filter((b) => b.events > 0);
    expect(answered.length).toBe(expected.size);
    for (const { start, local_start, ...sums } of answered) {
      expect(local_start).toMatch(/\+01:00$/);
      expect(sums).toEqual(expected.get(JSON.stringify({ start })));
    }
    expect(reply.body.total).toEqual(
      await total("org_id = $1 AND model = 'gpt-4o-mini' AND occurred_at >= $2 AND occurred_at < $3", [
        org,
        from,
        to,
      ]),
    );
  });

  it('puts an event at 23:30 UTC in the next local day and hour in UTC+1 (and half-hour zones, and DST)', async () => {
    const paris = (await createOrg(api)).id;
    const late = usage(paris, {
      occurred_at: '2025-01-14T23:30:00Z',
      local_day: '2025-01-15',
      amount: '0.01',
    });
    const before = usage(paris, {
      occurred_at: '2025-01-14T22:30:00Z',
      local_day: '2025-01-14',
      amount: '0.02',
    });
    const autumn = usage(paris, {
      occurred_at: '2025-10-26T01:15:00Z',
      local_day: '2025-10-26',
      amount: '0.04',
    });
    await bulk([late, before, autumn]);
    const days = await get<SpendAggregateDto>(
      `/api/spend_rollups/aggregate?org_id=${paris}&from_day=2025-01-14&to_day=2025-01-15&group_by=local_day`,
    );
    expect(days.body.groups.map((g) => [g.key.local_day, g.amount])).toEqual([
      ['2025-01-14', '0.02'],
      ['2025-01-15', '0.01'],
    ]);
    const hours = async (zone: string, from: string, to: string) =>
      (
        await get<SpendHourTrendDto>(
          `/api/spend_ledger/trend?org_id=${paris}&from=${from}&to=${to}&timezone=${zone}`,
        )
      ).body.buckets.map((b) => [b.start, b.local_start, b.amount]);
    expect(await hours('Europe/Paris', '2025-01-14T22:00:00Z', '2025-01-15T01:00:00Z')).toEqual([
      ['2025-01-14T22:00:00.000Z', '2025-01-14T23:00:00+01:00', '0.02'],
      ['2025-01-14T23:00:00.000Z', '2025-01-15T00:00:00+01:00', '0.01'],
      ['2025-01-15T00:00:00.000Z', '2025-01-15T01:00:00+01:00', '0'],
    ]);
    expect((await hours('UTC', '2025-01-14T23:00:00Z', '2025-01-15T00:00:00Z'))[0][1]).toBe(
      '2025-01-14T23:00:00+00:00',
    );
    expect(await hours('Asia/Kolkata', '2025-01-14T22:00:00Z', '2025-01-15T00:00:00Z')).toEqual([
      ['2025-01-14T21:30:00.000Z', '2025-01-15T03:00:00+05:30', '0'],
      ['2025-01-14T22:30:00.000Z', '2025-01-15T04:00:00+05:30', '0.02'],
      ['2025-01-14T23:30:00.000Z', '2025-01-15T05:00:00+05:30', '0.01'],
    ]);
    expect(await hours('Europe/Paris', '2025-10-25T23:00:00Z', '2025-10-26T02:00:00Z')).toEqual([
      ['2025-10-25T23:00:00.000Z', '2025-10-26T01:00:00+02:00', '0'],
      ['2025-10-26T00:00:00.000Z', '2025-10-26T02:00:00+02:00', '0'],
      ['2025-10-26T01:00:00.000Z', '2025-10-26T02:00:00+01:00', '0.04'],
    ]);
  });

  it.each([
    ['/api/spend_rollups/aggregate?from_day=2025-01-01&to_day=2025-01-02', 'org_id'],
    ['/api/spend_rollups/aggregate?ORG&from_day=2025-01-01&to_day=2025-01-02&colour=red', 'colour'],
    [
      '/api/spend_rollups/aggregate?ORG&from_day=2025-01-01&to_day=2025-01-02&group_by=model,colour',
      'group_by',
    ],
    ['/api/spend_rollups/aggregate?ORG&from_day=2025-01-02&to_day=2025-01-01', 'to_day'],
    ['/api/spend_rollups/aggregate?ORG&from_day=2025-01-01&to_day=2026-01-02', 'to_day'],
    ['/api/spend_rollups/aggregate?ORG&from_day=2025-02-30&to_day=2025-03-01', 'from_day'],
    ['/api/spend_rollups/aggregate?ORG&from_day=2025-01-01&to_day=2025-01-02&limit=0', 'limit'],
    ['/api/spend_rollups/aggregate?ORG&from_day=2025-01-01&to_day=2025-01-02&source=refund', 'source'],
    [
      '/api/spend_rollups/aggregate?ORG&from_day=2025-01-01&to_day=2025-01-02&include_descendants=true',
      'include_descendants',
    ],
    ['/api/spend_rollups/trend?ORG&from_day=2025-01-01&to_day=2025-01-02&bucket=year', 'bucket'],
    ['/api/spend_rollups/trend?ORG&from_day=2025-01-01', 'to_day'],
    [
      '/api/spend_ledger/trend?ORG&from=2025-01-01T00:00:00Z&to=2025-01-02T00:00:00Z&timezone=Mars/Olympus',
      'timezone',
    ],
    ['/api/spend_ledger/trend?ORG&from=2025-01-02T00:00:00Z&to=2025-01-02T00:00:00Z', 'to'],
    ['/api/spend_ledger/trend?ORG&from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:01Z', 'to'],
    ['/api/spend_ledger/trend?ORG&from=2025-01-01T00:00:00Z&to=2025-01-02T00:00:00Z&bucket=day', 'bucket'],
    ['/api/spend_ledger/trend?ORG&from=yesterday&to=2025-01-02T00:00:00Z', 'from'],
  ])('refuses %s naming %s (422)', async (url, field) => {
    expectProblem(await get(url.replace('ORG', `org_id=${org}`)), 422, 'validation_failed', field);
  });
});
