import type {
  HierarchyNodeRecordDto,
  ModelPriceRecordDto,
  OrgApiKeyRecordDto,
  OrgAuditLogRecordDto,
  OrganizationRecordDto,
  Page,
  PipelineRunRecordDto,
  ProjectDto,
  SaasSubscriptionRecordDto,
} from '@slipway/contracts';
import { asAdmin, asMember, type Caller, DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';

const PATHS = [
  'organizations',
  'org_plans',
  'org_members',
  'org_api_keys',
  'org_audit_logs',
  'org_integrations',
  'model_prices',
  'saas_subscriptions',
  'hierarchy_nodes',
  'org_projects',
  'pipeline_runs',
  'pipeline_state_transitions',
  'alert_presets',
] as const;
const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('cost records: only services read or write them', () => {
  let api: DataApiHarness;
  let slugs = 0;

  beforeAll(async () => {
    api = await DataApiHarness.start();
  });
  afterAll(async () => {
    await api.close();
  });

  async function created<T>(path: string, body: object): Promise<T> {
    const reply = await api.request<T>('POST', `/api/${path}`, { body });
    if (reply.status !== 201) throw new Error(`POST /api/${path}: ${reply.status} ${reply.text}`);
    return reply.body;
  }

  const createOrg = (extra: object = {}) =>
    created<OrganizationRecordDto>('organizations', {
      slug: `org-${++slugs}`,
      name: 'Acme',
      currency: 'EUR',
      timezone: 'Europe/Paris',
      country: 'FR',
      plan: 'free',
      ...extra,
    });

  const price = (org: string | null, from: string, to: string | null, model = 'gpt-x') =>
    api.request<ModelPriceRecordDto>('POST', '/api/model_prices', {
      body: {
        ...(org ? { org_id: org } : {}),
        provider: 'openai',
        model,
        input_per_1m: '2.50',
        output_per_1m: 10,
        valid_from: from,
        valid_to: to,
        source: org ? 'custom' : 'catalogue',
      },
    });

  it.each([asAdmin, asMember])(
    'refuses a user, admins too, on every route of every table (%o)',
    async (as: Caller) => {
      const org = await createOrg();
      for (const path of PATHS) {
        const routes = [
          api.request('GET', `/api/${path}`, { as }),
          api.request('GET', `/api/${path}/${SOME_ID}`, { as }),
          api.request('POST', `/api/${path}`, { as, body: { org_id: org.id } }),
          api.request('POST', `/api/${path}/bulk`, { as, body: [{}] }),
          api.request('PATCH', `/api/${path}/${SOME_ID}`, { as, body: {} }),
          api.request('DELETE', `/api/${path}/${SOME_ID}`, { as }),
        ];
        for (const reply of await Promise.all(routes)) expectProblem(reply, 403, 'forbidden');
      }
      const list = await api.request<Page<OrganizationRecordDto>>(
        'GET',
        `/api/organizations?slug=${org.slug}`,
      );
      expect(list.body.items.map((o) => o.id)).toEqual([org.id]);
    },
  );

  it('keeps the service-only routes out of the gateway’s document', async () => {
    const reply = await api.request<{ paths: Record<string, Record<string, Record<string, unknown>>> }>(
      'GET',
      '/openapi.json',
      { as: 'anonymous' },
    );
    expect(reply.status).toBe(200);
    const operations = Object.entries(reply.body.paths)
      .filter(([path]) => PATHS.some((p) => path === `/api/${p}` || path.startsWith(`/api/${p}/`)))
      .flatMap(([, methods]) => Object.values(methods));
    expect(operations.length).toBeGreaterThanOrEqual(PATHS.length * 4);
    for (const operation of operations) expect(operation['x-slipway-service-only']).toBe(true);
  });

  it('creates an organization with its defaults and validates its formats', async () => {
    const org = await createOrg({ limit_overrides: { seats: 12 } });
    expect(org).toMatchObject({
      fiscal_year_start: 1,
      pending_plan: null,
      limit_overrides: { seats: 12 },
      hierarchy_levels: ['department', 'team', 'project'],
      status: 'active',
    });
    const invalid = {
      slug: 'No Caps',
      currency: 'eur',
      timezone: 'Mars/Olympus',
      country: 'FRA',
      fiscal_year_start: 13,
      limit_overrides: { seats: -1 },
    };
    const reply = await api.request('POST', '/api/organizations', {
      body: { name: 'x', plan: 'free', ...invalid },
    });
    const problem = expectProblem(reply, 422, 'validation_failed');
    expect([...new Set(problem.errors?.map((e) => e.field))].sort()).toEqual(Object.keys(invalid).sort());
    expectProblem(
      await api.request('POST', '/api/organizations', { body: { ...org, id: undefined } }),
      422,
      'validation_failed',
    );
    const taken = await api.request('POST', '/api/organizations', {
      body: { slug: org.slug, name: 'b', currency: 'USD', timezone: 'UTC', country: 'US', plan: 'free' },
    });
    expectProblem(taken, 409, 'conflict', 'slug');
  });

  it('answers 409 on a taken member, integration or hierarchy code', async () => {
    const org = await createOrg();
    const member = { org_id: org.id, user_id: api.users.member.id, role: 'admin' };
    await created('org_members', member);
    expectProblem(
      await api.request('POST', '/api/org_members', { body: member }),
      409,
      'conflict',
      'user_id',
    );
    const integration = {
      org_id: org.id,
      provider: 'openai',
      ciphertext: 'sealed',
      key_id: 'k1',
      fingerprint: 'f1',
    };
    expect(await created('org_integrations', integration)).toMatchObject({ status: 'pending', settings: {} });
    expectProblem(
      await api.request('POST', '/api/org_integrations', { body: integration }),
      409,
      'conflict',
      'provider',
    );
    const node = { org_id: org.id, level: 'department', code: 'ENG', name: 'Engineering', depth: 0 };
    await created('hierarchy_nodes', node);
    expectProblem(await api.request('POST', '/api/hierarchy_nodes', { body: node }), 409, 'conflict', 'code');
  });

  it('keeps model price periods of one scope apart; adjacent periods and other scopes may meet', async () => {
    const org = await createOrg();
    const first = await price(null, '2025-01-01T00:00:00Z', '2025-02-01T00:00:00Z');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      org_id: null,
      input_per_1m: '2.5',
      output_per_1m: '10',
      currency: 'USD',
    });
    expect((await price(null, '2025-02-01T00:00:00Z', null)).status).toBe(201);
    const overlapping = await price(null, '2025-01-15T00:00:00Z', '2025-01-20T00:00:00Z');
    const problem = expectProblem(overlapping, 409, 'conflict', 'valid_from');
    expect(problem.detail).toMatch(/already covers part of this period/);
    expectProblem(await price(null, '2030-01-01T00:00:00Z', null), 409, 'conflict');
    expect((await price(org.id, '2025-01-10T00:00:00Z', null)).status).toBe(201);
    expectProblem(await price(org.id, '2026-01-01T00:00:00Z', null), 409, 'conflict');
    expect((await price(null, '2025-01-15T00:00:00Z', null, 'other-model')).status).toBe(201);
    const backwards = await price(null, '2024-02-01T00:00:00Z', '2024-01-01T00:00:00Z', 'backwards');
    expectProblem(backwards, 422, 'validation_failed');
    const moved = await api.request('PATCH', `/api/model_prices/${first.body.id}`, {
      body: { valid_to: '2025-03-01T00:00:00Z' },
    });
    expectProblem(moved, 409, 'conflict');

    const globals = await api.request<Page<ModelPriceRecordDto>>(
      'GET',
      '/api/model_prices?global=true&model=gpt-x',
    );
    expect(globals.body.items).toHaveLength(2);
    expect(globals.body.items.every((p) => p.org_id === null)).toBe(true);
    const own = await api.request<Page<ModelPriceRecordDto>>('GET', `/api/model_prices?org_id=${org.id}`);
    expect(own.body.items.map((p) => p.source)).toEqual(['custom']);
  });

  it('refuses to change or delete audit records (405) and filters them', async () => {
    const org = await createOrg();
    const entry = await created<OrgAuditLogRecordDto>('org_audit_logs', {
      org_id: org.id,
      actor_type: 'api_key',
      actor_id: 'key-1',
      action: 'organization.updated',
      target_type: 'organization',
      target_id: org.id,
      before: { name: 'A' },
      after: { name: 'B' },
    });
    expect(entry).toMatchObject({ before: { name: 'A' }, after: { name: 'B' }, request_id: null });
    expectProblem(
      await api.request('PATCH', `/api/org_audit_logs/${entry.id}`, { body: {} }),
      405,
      'method_not_allowed',
    );
    expectProblem(await api.request('DELETE', `/api/org_audit_logs/${entry.id}`), 405, 'method_not_allowed');
    const since = encodeURIComponent(new Date(Date.parse(entry.created_at) - 1000).toISOString());
    const found = await api.request<Page<OrgAuditLogRecordDto>>(
      'GET',
      `/api/org_audit_logs?org_id=${org.id}&action=organization.updated&target_type=organization&target_id=${org.id}&created_after=${since}`,
    );
    expect(found.body.items.map((e) => e.id)).toEqual([entry.id]);
    const later = encodeURIComponent(new Date(Date.parse(entry.created_at) + 1000).toISOString());
    const none = await api.request<Page<OrgAuditLogRecordDto>>(
      'GET',
      `/api/org_audit_logs?org_id=${org.id}&created_after=${later}`,
    );
    expect(none.body.items).toEqual([]);
  });

  it('creates a hierarchy with given ids in one bulk call, and lists roots and children', async () => {
    const org = await createOrg();
    const parent = '5b0f6a4e-2f7c-4d1a-9d3e-7c1e0a9b8f01';
    const child = '5b0f6a4e-2f7c-4d1a-9d3e-7c1e0a9b8f02';
    const bulk = await api.request<HierarchyNodeRecordDto[]>('POST', '/api/hierarchy_nodes/bulk', {
      body: [
        {
          id: parent,
          org_id: org.id,
          level: 'department',
          code: 'D1',
          name: 'Dept',
          depth: 0,
          daily_budget: '100.50',
        },
        { id: child, org_id: org.id, parent_id: parent, level: 'team', code: 'T1', name: 'Team', depth: 1 },
      ],
    });
    expect(bulk.status).toBe(201);
    expect(bulk.body.map((n) => n.id)).toEqual([parent, child]);
    expect(bulk.body[0]).toMatchObject({
      daily_budget: '100.5',
      monthly_budget: null,
      budget_enforcement: null,
    });
    const roots = await api.request<Page<HierarchyNodeRecordDto>>(
      'GET',
      `/api/hierarchy_nodes?org_id=${org.id}&root=true`,
    );
    expect(roots.body.items.map((n) => n.id)).toEqual([parent]);
    const children = await api.request<Page<HierarchyNodeRecordDto>>(
      'GET',
      `/api/hierarchy_nodes?org_id=${org.id}&root=false&level=team&code=T1`,
    );
    expect(children.body.items.map((n) => n.id)).toEqual([child]);
    expectProblem(await api.request('DELETE', `/api/hierarchy_nodes/${parent}`), 409, 'conflict');
    const project = await api.request<ProjectDto>('POST', '/api/projects', {
      as: asMember,
      body: { name: 'costed', modules: [] },
    });
    const link = await created<{ id: string }>('org_projects', {
      project_id: project.body.id,
      org_id: org.id,
      node_id: child,
    });
    const linked = await api.request<Page<{ id: string }>>('GET', `/api/org_projects?node_id=${child}`);
    expect(linked.body.items.map((l) => l.id)).toEqual([link.id]);
    expectProblem(
      await api.request('POST', '/api/org_projects', {
        body: { project_id: project.body.id, org_id: org.id },
      }),
      409,
      'conflict',
      'project_id',
    );
  });

  it('filters keys by hash and revocation, pipelines by quota window, subscriptions soft-deleted', async () => {
    const org = await createOrg();
    const key = (n: number) =>
      created<OrgApiKeyRecordDto>('org_api_keys', {
        org_id: org.id,
        name: `k${n}`,
        key_prefix: `slwo_${n}`,
        key_hash: String(n).repeat(64),
      });
    const live = await key(1);
    const revoked = await key(2);
    expect(live.role).toBe('admin');
    await api.request('PATCH', `/api/org_api_keys/${revoked.id}`, {
      body: { revoked_at: new Date().toISOString() },
    });
    const ids = async (query: string) =>
      (
        await api.request<Page<OrgApiKeyRecordDto>>('GET', `/api/org_api_keys?org_id=${org.id}&${query}`)
      ).body.items.map((k) => k.id);
    expect(await ids('revoked=false')).toEqual([live.id]);
    expect(await ids('revoked=true')).toEqual([revoked.id]);
    expect(await ids(`key_hash=${'1'.repeat(64)}`)).toEqual([live.id]);
    expect(await ids('key_prefix=slwo_2')).toEqual([revoked.id]);

    const run = await created<PipelineRunRecordDto>('pipeline_runs', {
      org_id: org.id,
      kind: 'run',
      pipeline_id: 'run-1',
      quota_day: '2025-03-31',
      quota_month: '2025-03',
      lease_expires_at: '2025-03-31T23:00:00Z',
    });
    expect(run).toMatchObject({ status: 'admitted', quota_day: '2025-03-31', steps: [], completed_at: null });
    expectProblem(
      await api.request('POST', '/api/pipeline_runs', {
        body: { ...run, id: undefined, version: undefined },
      }),
      422,
      'validation_failed',
    );
    const runs = await api.request<Page<PipelineRunRecordDto>>(
      'GET',
      `/api/pipeline_runs?org_id=${org.id}&kind=run&status=admitted&quota_day=2025-03-31&quota_month=2025-03`,
    );
    expect(runs.body.items.map((r) => r.id)).toEqual([run.id]);
    const transition = await api.request('POST', '/api/pipeline_state_transitions', {
      body: { pipeline_run_id: run.id, from_status: 'admitted', to_status: 'succeeded' },
    });
    expect(transition.status).toBe(201);

    const subscription = await created<SaasSubscriptionRecordDto>('saas_subscriptions', {
      org_id: org.id,
      provider: 'github',
      plan_name: 'Team',
      pricing_model: 'per_seat',
      unit_price: '4.000000',
      seats: 10,
      currency: 'USD',
      billing_period: 'monthly',
      start_date: '2025-01-01',
    });
    expect(subscription).toMatchObject({
      unit_price: '4',
      start_date: '2025-01-01',
      end_date: null,
      status: 'active',
    });
    expect((await api.request('DELETE', `/api/saas_subscriptions/${subscription.id}`)).status).toBe(204);
    const gone = await api.request<Page<SaasSubscriptionRecordDto>>(
      'GET',
      `/api/saas_subscriptions?org_id=${org.id}`,
    );
    expect(gone.body.items).toEqual([]);
    const kept = await api.request<Page<SaasSubscriptionRecordDto>>(
      'GET',
      `/api/saas_subscriptions?org_id=${org.id}&include_deleted=true`,
    );
    expect(kept.body.items[0].deleted_at).not.toBeNull();
  });
});
