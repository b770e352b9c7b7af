import type {
  CostAlertBulkResultDto,
  CostAlertDto,
  CostAlertEvaluationReportDto,
  CostAlertHistoryDto,
  CostAlertPresetListDto,
  NotificationChannelDto,
  ProblemDto,
} from '@slipway/contracts';
import type { Schemas } from '@slipway/data-client';
import { randomUUID } from 'node:crypto';
import { AlertEvaluator } from '../src/alerts/alert-evaluator';
import { WorkerSchedules } from '../src/schedules/worker-schedules';
import type { TestOrg } from './harness';
import { NotificationsHarness } from './notifications-harness';

jest.setTimeout(60_000);

type Organization = Schemas['OrganizationRecordDto'];

const DAY = '2026-03-10';
const NOON = new Date(`${DAY}T12:00:00.000Z`);

describe('cost alerts: CRUD, presets, bulk, evaluation and its notifications', () => {
  let h: NotificationsHarness;

  beforeAll(async () => {
    h = await NotificationsHarness.start();
    const bootstrap = await h.cost.request('POST', '/api/v1/admin/bootstrap', { root: true });
    expect(bootstrap.status).toBe(200);
  });
  afterAll(async () => {
    await h?.close();
  });

  const alerts = (org: TestOrg) => `/api/v1/${org.slug}/cost-alerts`;

  async function create(org: TestOrg, body: Record<string, unknown>): Promise<CostAlertDto> {
    const reply = await h.cost.request<CostAlertDto>('POST', alerts(org), { key: org.key }, { body });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  async function spend(org: TestOrg, day: string, amount: string, extra: Record<string, unknown> = {}) {
    await h.cost.client.post('/api/spend_ledger', {
      body: {
        event_id: `test-${randomUUID()}`,
        org_id: org.id,
        occurred_at: `${day}T09:00:00.000Z`,
        local_day: day,
        source: amount.startsWith('-') ? 'adjustment' : 'run',
        provider: 'openai',
        model: 'gpt-4o',
        amount,
        ...extra,
      },
    });
  }

  async function orgRecord(org: TestOrg): Promise<Organization> {
    return (await h.cost.client.get('/api/organizations/{id}', { params: { path: { id: org.id } } })).data;
  }

  async function evaluate(org: TestOrg, at: Date): Promise<CostAlertEvaluationReportDto> {
    return h.cost.app.get(AlertEvaluator).evaluateOrg(await orgRecord(org), at);
  }

  async function webhook(org: TestOrg, name: string): Promise<NotificationChannelDto> {
    const reply = await h.cost.request<NotificationChannelDto>(
      'POST',
      `/api/v1/${org.slug}/notifications/channels`,
      { key: org.key },
      {
        body: {
          name,
          kind: 'webhook',
          webhook: {
            url: h.receiver.url(`/alerts/${name}`),
            signing_secret: 'alert-signing-secret-0123456789',
          },
        },
      },
    );
    expect(reply.status).toBe(201);
    return reply.body;
  }

  const received = (name: string) =>
    h.receiver.requests
      .filter((r) => r.path === `/alerts/${name}`)
      .map(
        (r) =>
          JSON.parse(r.body) as { type: string; data: { window: string; threshold: string; value: string } },
      );

  it('creates, changes and deletes alerts; refuses what a kind does not read; viewers read only; others see nothing', async () => {
    const org = await h.cost.createOrg();
    const alert = await create(org, {
      name: 'daily',
      kind: 'daily_spend_above',
      threshold: '25',
      params: { provider: 'openai' },
    });
    expect(alert).toMatchObject({
      state: 'ok',
      enabled: true,
      threshold: '25',
      params: { provider: 'openai' },
      last_window: null,
    });

    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ name: 'a', kind: 'budget_percent', threshold: '80' }, 'params.node_id'],
      [
        { name: 'b', kind: 'daily_spend_above', threshold: '5', params: { trailing_days: 3 } },
        'params.trailing_days',
      ],
      [{ name: 'c', kind: 'daily_spend_above', threshold: '0' }, 'threshold'],
      [
        { name: 'd', kind: 'budget_percent', threshold: '80', params: { node_id: randomUUID() } },
        'params.node_id',
      ],
      [{ name: 'e', kind: 'daily_spend_above', threshold: '5', channel_ids: [randomUUID()] }, 'channel_ids'],
    ];
    for (const [body, field] of refusals) {
      const reply = await h.cost.request<ProblemDto>('POST', alerts(org), { key: org.key }, { body });
      expect([body.name, reply.status, reply.body.errors?.[0]?.field]).toEqual([body.name, 422, field]);
    }

    const changed = await h.cost.request<CostAlertDto>(
      'PATCH',
      `${alerts(org)}/${alert.id}`,
      { key: org.key },
      {
        body: { threshold: '30' },
        headers: { 'if-match': `"${alert.version}"` },
      },
    );
    expect(changed.body.threshold).toBe('30');
    const stale = await h.cost.request(
      'PATCH',
      `${alerts(org)}/${alert.id}`,
      { key: org.key },
      {
        body: { enabled: false },
        headers: { 'if-match': `"${alert.version}"` },
      },
    );
    expect(stale.status).toBe(412);

    const viewer = await h.cost.createKey(org.id, 'viewer');
    expect((await h.cost.request('GET', `${alerts(org)}/${alert.id}`, { key: viewer })).status).toBe(200);
    expect((await h.cost.request('GET', `${alerts(org)}/presets`, { key: viewer })).status).toBe(200);
    expect((await h.cost.request('POST', alerts(org), { key: viewer }, { body: { name: 'v' } })).status).toBe(
      403,
    );
    expect((await h.cost.request('POST', `${alerts(org)}/evaluate`, { key: viewer })).status).toBe(403);
    expect(
      (
        await h.cost.request(
          'POST',
          `${alerts(org)}/bulk`,
          { key: viewer },
          { body: { action: 'disable', ids: [alert.id] } },
        )
      ).status,
    ).toBe(403);

    const other = await h.cost.createOrg();
    expect((await h.cost.request('GET', `${alerts(other)}/${alert.id}`, { key: other.key })).status).toBe(
      404,
    );
    expect((await h.cost.request('GET', alerts(org), { key: other.key })).status).toBe(404);

    expect((await h.cost.request('DELETE', `${alerts(org)}/${alert.id}`, { key: org.key })).status).toBe(204);
    expect((await h.cost.request('GET', `${alerts(org)}/${alert.id}`, { key: org.key })).status).toBe(404);
  });

  it('makes alerts from the shipped presets, with what each needs', async () => {
    const org = await h.cost.createOrg();
    const presets = await h.cost.request<CostAlertPresetListDto>('GET', `${alerts(org)}/presets`, {
      key: org.key,
    });
    const byName = new Map(presets.body.items.map((preset) => [preset.name, preset]));
    expect(byName.get('spend-spike')).toMatchObject({
      kind: 'spike_vs_trailing_mean',
      threshold: '2',
      needs: [],
    });
    expect(byName.get('monthly-budget-80')).toMatchObject({
      kind: 'budget_percent',
      threshold: '80',
      needs: ['node_id'],
    });
    expect(byName.get('quota-daily-90')).toMatchObject({ kind: null });

    const spike = await h.cost.request<CostAlertDto>(
      'POST',
      `${alerts(org)}/from-preset`,
      { key: org.key },
      {
        body: { preset: 'spend-spike' },
      },
    );
    expect(spike.status).toBe(201);
    expect(spike.body).toMatchObject({
      name: 'Spend spike',
      kind: 'spike_vs_trailing_mean',
      threshold: '2',
      params: { trailing_days: 7 },
    });

    const needsNode = await h.cost.request<ProblemDto>(
      'POST',
      `${alerts(org)}/from-preset`,
      { key: org.key },
      {
        body: { preset: 'daily-budget-80' },
      },
    );
    expect([needsNode.status, needsNode.body.errors?.[0]?.field]).toEqual([422, 'params.node_id']);
    const quota = await h.cost.request<ProblemDto>(
      'POST',
      `${alerts(org)}/from-preset`,
      { key: org.key },
      {
        body: { preset: 'quota-daily-90' },
      },
    );
    expect([quota.status, quota.body.errors?.[0]?.field]).toEqual([422, 'preset']);
    const unknown = await h.cost.request(
      'POST',
      `${alerts(org)}/from-preset`,
      { key: org.key },
      { body: { preset: 'nope' } },
    );
    expect(unknown.status).toBe(404);

    const { data: node } = await h.cost.client.post('/api/hierarchy_nodes', {
      body: {
        org_id: org.id,
        level: 'department',
        code: 'eng',
        name: 'Engineering',
        depth: 0,
        daily_budget: '50',
      },
    });
    const budget = await h.cost.request<CostAlertDto>(
      'POST',
      `${alerts(org)}/from-preset`,
      { key: org.key },
      {
        body: { preset: 'daily-budget-80', name: 'eng daily 80', params: { node_id: node.id } },
      },
    );
    expect(budget.status).toBe(201);
    expect(budget.body).toMatchObject({
      kind: 'budget_percent',
      threshold: '80',
      params: { period: 'day', node_id: node.id },
    });
  });

  it('changes many alerts at once, all or none', async () => {
    const org = await h.cost.createOrg();
    const other = await h.cost.createOrg();
    const mine = await Promise.all(
      ['a', 'b', 'c'].map((name) => create(org, { name, kind: 'daily_spend_above', threshold: '10' })),
    );
    const theirs = await create(other, { name: 'x', kind: 'daily_spend_above', threshold: '10' });
    const foreignChannel = await webhook(other, 'foreign');
    const ids = mine.map((alert) => alert.id);
    const bulk = (body: Record<string, unknown>) =>
      h.cost.request<CostAlertBulkResultDto & ProblemDto>(
        'POST',
        `${alerts(org)}/bulk`,
        { key: org.key },
        { body },
      );

    expect((await bulk({ action: 'disable', ids: [...ids, theirs.id] })).status).toBe(404);
    const refused = await bulk({ action: 'set_channels', ids, channel_ids: [foreignChannel.id] });
    expect(refused.status).toBe(422);
    const untouched = await h.cost.request<{ items: CostAlertDto[] }>('GET', alerts(org), { key: org.key });
    expect(untouched.body.items.map((alert) => [alert.enabled, alert.channel_ids, alert.version])).toEqual(
      mine.map((alert) => [true, [], alert.version]),
    );

    const mineChannel = await webhook(org, 'bulk');
    const set = await bulk({ action: 'set_channels', ids, channel_ids: [mineChannel.id] });
    expect(set.status).toBe(200);
    expect(set.body.items.map((alert) => alert.channel_ids)).toEqual([
      [mineChannel.id],
      [mineChannel.id],
      [mineChannel.id],
    ]);
    const disabled = await bulk({ action: 'disable', ids });
    expect(disabled.body).toMatchObject({ action: 'disable', count: 3 });
    expect(disabled.body.items.every((alert) => !alert.enabled)).toBe(true);
    expect((await bulk({ action: 'delete', ids: ids.slice(0, 2) })).status).toBe(200);
    const left = await h.cost.request<{ items: CostAlertDto[] }>('GET', alerts(org), { key: org.key });
    expect(left.body.items.map((alert) => alert.name)).toEqual(['c']);
  });

  it('notifies a crossing once per window and threshold, tells its resolution by rule, re-arms on a new threshold', async () => {
    const org = await h.cost.createOrg();
    const direct = await webhook(org, 'direct');
    const byRule = await webhook(org, 'resolutions');
    const rule = await h.cost.request(
      'POST',
      `/api/v1/${org.slug}/notifications/rules`,
      { key: org.key },
      {
        body: {
          name: 'resolved',
          event: 'alert_resolved',
          channel_ids: [byRule.id],
          filters: { alert_kinds: ['daily_spend_above'] },
        },
      },
    );
    expect(rule.status).toBe(201);
    const alert = await create(org, {
      name: 'over 10',
      kind: 'daily_spend_above',
      threshold: '10',
      channel_ids: [direct.id],
    });

    await spend(org, DAY, '12');
    expect(await evaluate(org, NOON)).toMatchObject({ evaluated: 1, triggered: 1, notified: 1 });
    await spend(org, DAY, '3');
    expect(await evaluate(org, NOON)).toMatchObject({ evaluated: 1, triggered: 0, notified: 0 });
    await spend(org, DAY, '-10');
    expect(await evaluate(org, NOON)).toMatchObject({ resolved: 1, notified: 1 });
    await spend(org, DAY, '20');
    // Crossed again in the same window at the same threshold: triggered, told no one.
    expect(await evaluate(org, NOON)).toMatchObject({ triggered: 1, notified: 0 });
    await h.drained();
    expect(received('direct').map((m) => [m.type, m.data.window, m.data.value])).toEqual([
      ['alert_triggered', DAY, '12'],
    ]);
    expect(received('resolutions').map((m) => [m.type, m.data.value])).toEqual([['alert_resolved', '5']]);

    const current = await h.cost.request<CostAlertDto>('GET', `${alerts(org)}/${alert.id}`, { key: org.key });
    expect(current.body).toMatchObject({ state: 'triggered', last_window: DAY, last_threshold: '10' });
    const raised = await h.cost.request(
      'PATCH',
      `${alerts(org)}/${alert.id}`,
      { key: org.key },
      { body: { threshold: '20' } },
    );
    expect(raised.status).toBe(200);
    expect(await evaluate(org, NOON)).toMatchObject({ triggered: 0, notified: 1 });
    // The next day starts at nothing: resolved, in its own window.
    expect(await evaluate(org, new Date('2026-03-11T12:00:00.000Z'))).toMatchObject({
      resolved: 1,
      notified: 1,
    });
    await h.drained();
    expect(received('direct').map((m) => [m.type, m.data.threshold, m.data.value])).toEqual([
      ['alert_triggered', '10', '12'],
      ['alert_triggered', '20', '25'],
    ]);
    expect(received('resolutions').map((m) => [m.data.window, m.data.value])).toEqual([
      [DAY, '5'],
      ['2026-03-11', '0'],
    ]);

    const history = await h.cost.request<CostAlertHistoryDto>('GET', `${alerts(org)}/${alert.id}/history`, {
      key: org.key,
    });
    expect(
      history.body.items.map((e) => [e.from_state, e.to_state, e.window, e.value, e.threshold]).reverse(),
    ).toEqual([
      ['ok', 'triggered', DAY, '12', '10'],
      ['triggered', 'resolved', DAY, '5', '10'],
      ['resolved', 'triggered', DAY, '25', '10'],
      ['triggered', 'triggered', DAY, '25', '20'],
      ['triggered', 'resolved', '2026-03-11', '0', '20'],
    ]);
  });

  it('measures the month’s forecast, a spike against the trailing mean and a node’s budget', async () => {
    const org = await h.cost.createOrg();
    const { data: node } = await h.cost.client.post('/api/hierarchy_nodes', {
      body: { org_id: org.id, level: 'department', code: 'ml', name: 'ML', depth: 0, monthly_budget: '200' },
    });
    await spend(org, '2026-03-01', '5');
    await spend(org, '2026-03-02', '5');
    for (let day = 3; day <= 9; day += 1) await spend(org, `2026-03-0${day}`, '10');
    await spend(org, DAY, '10', { node_id: node.id });
    const forecast = await create(org, {
      name: 'forecast',
      kind: 'monthly_forecast_above_budget',
      threshold: '250',
    });
    const spike = await create(org, { name: 'spike', kind: 'spike_vs_trailing_mean', threshold: '2' });
    const budget = await create(org, {
      name: 'ml 80',
      kind: 'budget_percent',
      threshold: '80',
      params: { node_id: node.id },
    });

    const first = await evaluate(org, NOON);
    const item = (id: string, report: CostAlertEvaluationReportDto) =>
      report.items?.find((i) => i.alert_id === id);
    // 90 so far, 10 a day over the 7 days before, 21 days left: 90 + 210.
    expect(item(forecast.id, first)).toMatchObject({ window: '2026-03', value: '300', state: 'triggered' });
    expect(item(spike.id, first)).toMatchObject({ window: DAY, value: '1', state: 'ok' });
    expect(item(budget.id, first)).toMatchObject({ window: '2026-03', value: '5', state: 'ok' });

    await spend(org, DAY, '160', { node_id: node.id });
    const second = await evaluate(org, NOON);
    expect(item(spike.id, second)).toMatchObject({ value: '17', state: 'triggered' });
    expect(item(budget.id, second)).toMatchObject({ value: '85', state: 'triggered' });
  });

  it('processes every organization’s alerts for the root key only', async () => {
    const org = await h.cost.createOrg();
    await create(org, { name: 'any', kind: 'daily_spend_above', threshold: '1000' });
    const run = await h.cost.request<CostAlertEvaluationReportDto>(
      'POST',
      '/api/v1/admin/alerts/process-all',
      { root: true },
    );
    expect(run.status).toBe(200);
    expect(run.body.organizations).toBeGreaterThanOrEqual(1);
    expect(run.body.evaluated).toBeGreaterThanOrEqual(1);
    expect(run.body.failed).toBe(0);
    expect((await h.cost.request('POST', '/api/v1/admin/alerts/process-all', { key: org.key })).status).toBe(
      403,
    );
    const onDemand = await h.cost.request<CostAlertEvaluationReportDto>('POST', `${alerts(org)}/evaluate`, {
      key: org.key,
    });
    expect(onDemand.body).toMatchObject({ organizations: 1, evaluated: 1, failed: 0 });
  });

  it('registers its evaluation and the digests with the cost-worker’s schedules', async () => {
    const schedules = h.worker.get(WorkerSchedules);
    expect(schedules.list().map((schedule) => [schedule.name, schedule.timing])).toEqual(
      expect.arrayContaining([
        ['alerts.evaluate', { everyMs: 300_000 }],
        ['notifications.summaries', { everyMs: 900_000 }],
      ]),
    );
    const org = await h.cost.createOrg();
    await create(org, { name: 'scheduled', kind: 'daily_spend_above', threshold: '1000' });
    const report = (await schedules.run('alerts.evaluate')) as CostAlertEvaluationReportDto;
    expect(report.evaluated).toBeGreaterThanOrEqual(1);
    expect(report.failed).toBe(0);
  });
});
