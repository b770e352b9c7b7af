import type {
  CostAlertEventRecordDto,
  CostAlertRecordDto,
  NotificationChannelRecordDto,
  NotificationDeliveryRecordDto,
  NotificationRuleRecordDto,
  Page,
} from '@slipway/contracts';
import { asAdmin, asMember, type Caller, DataApiHarness } from './support/harness';
import { expectProblem } from './support/problem';
import { createOrg } from './support/spend';

const PATHS = [
  'notification_channels',
  'notification_rules',
  'notification_deliveries',
  'cost_alerts',
  'cost_alert_events',
] as const;
const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('notification and cost alert records: only services read or write them', () => {
  let api: DataApiHarness;
  let names = 0;

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
  const channel = (org: string, extra: object = {}) =>
    created<NotificationChannelRecordDto>('notification_channels', {
      org_id: org,
      name: `channel ${++names}`,
      kind: 'slack',
      ...extra,
    });
  const alert = (org: string, extra: object = {}) =>
    created<CostAlertRecordDto>('cost_alerts', {
      org_id: org,
      name: `alert ${++names}`,
      kind: 'daily_spend_above',
      threshold: '100.50',
      ...extra,
    });
  const ids = async (path: string, query: string) =>
    (await api.request<Page<{ id: string }>>('GET', `/api/${path}?${query}`)).body.items.map((r) => r.id);

  it.each([asAdmin, asMember])('refuses a user, admins too, on every route (%o)', async (as: Caller) => {
    const org = (await createOrg(api)).id;
    for (const path of PATHS) {
      const routes = [
        api.request('GET', `/api/${path}`, { as }),
        api.request('GET', `/api/${path}/${SOME_ID}`, { as }),
        api.request('POST', `/api/${path}`, { as, body: { org_id: org } }),
        api.request('POST', `/api/${path}/bulk`, { as, body: [{}] }),
        api.request('PATCH', `/api/${path}/${SOME_ID}`, { as, body: {} }),
        api.request('DELETE', `/api/${path}/${SOME_ID}`, { as }),
      ];
      for (const reply of await Promise.all(routes)) expectProblem(reply, 403, 'forbidden');
    }
  });

  it('keeps channels’ secrets sealed with their key, names unique among live channels', async () => {
    const org = (await createOrg(api)).id;
    const slack = await channel(org, { name: 'ops' });
    expect(slack).toMatchObject({
      kind: 'slack',
      config: {},
      secret_ciphertext: null,
      secret_key_id: null,
      enabled: true,
      deleted_at: null,
    });
    expectProblem(
      await api.request('POST', '/api/notification_channels', {
        body: { org_id: org, name: 'ops', kind: 'email' },
      }),
      409,
      'conflict',
      'name',
    );
    expectProblem(
      await api.request('POST', '/api/notification_channels', {
        body: { org_id: org, name: 'unsealed', kind: 'webhook', secret_ciphertext: 'v1:abc' },
      }),
      422,
      'validation_failed',
    );
    const hook = await channel(org, {
      kind: 'webhook',
      config: { host: 'hooks.example.com' },
      secret_ciphertext: 'v1:sealed',
      secret_key_id: 'k1',
      enabled: false,
    });
    expect(await ids('notification_channels', `org_id=${org}&kind=webhook`)).toEqual([hook.id]);
    expect(await ids('notification_channels', `org_id=${org}&enabled=true`)).toEqual([slack.id]);
    expect((await api.request('DELETE', `/api/notification_channels/${slack.id}`)).status).toBe(204);
    expect((await channel(org, { name: 'ops' })).name).toBe('ops');
    expect(await ids('notification_channels', `org_id=${org}&include_deleted=true&kind=slack`)).toHaveLength(
      2,
    );
  });

  it('sends rules and alerts only to live channels of their own organization', async () => {
    const [org, other] = [(await createOrg(api)).id, (await createOrg(api)).id];
    const [mine, theirs, gone] = [await channel(org), await channel(other), await channel(org)];
    await api.request('DELETE', `/api/notification_channels/${gone.id}`);
    const rule = (channels: string[]) =>
      api.request<NotificationRuleRecordDto>('POST', '/api/notification_rules', {
        body: { org_id: org, name: `rule ${++names}`, event: 'alert_triggered', channel_ids: channels },
      });
    for (const refused of [[theirs.id], [mine.id, gone.id], [SOME_ID]])
      expectProblem(await rule(refused), 422, 'validation_failed', 'channel_ids');
    const ok = await rule([mine.id, mine.id]);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ channel_ids: [mine.id, mine.id], filters: {}, enabled: true });
    expect(
      (
        await created<NotificationRuleRecordDto>('notification_rules', {
          org_id: org,
          name: `rule ${++names}`,
          event: 'daily_summary',
        })
      ).channel_ids,
    ).toEqual([]);
    expectProblem(
      await api.request('PATCH', `/api/notification_rules/${ok.body.id}`, {
        body: { channel_ids: [theirs.id] },
      }),
      422,
      'validation_failed',
      'channel_ids',
    );
    const patched = await api.request<NotificationRuleRecordDto>(
      'PATCH',
      `/api/notification_rules/${ok.body.id}`,
      {
        body: { channel_ids: [], enabled: false },
      },
    );
    expect(patched.body).toMatchObject({ channel_ids: [], enabled: false, version: 2 });
    expect(
      await ids('notification_rules', `org_id=${org}&event=alert_triggered,quota_80&enabled=false`),
    ).toEqual([ok.body.id]);
    expectProblem(
      await api.request('POST', '/api/cost_alerts', {
        body: { org_id: org, name: 'a', kind: 'budget_percent', threshold: '80', channel_ids: [theirs.id] },
      }),
      422,
      'validation_failed',
      'channel_ids',
    );
    const budget = await alert(org, { kind: 'budget_percent', threshold: '80', channel_ids: [mine.id] });
    expectProblem(
      await api.request('PATCH', `/api/cost_alerts/${budget.id}`, { body: { channel_ids: [gone.id] } }),
      422,
      'validation_failed',
      'channel_ids',
    );
    expectProblem(
      await api.request('PATCH', `/api/cost_alerts/not-an-id`, { body: { channel_ids: [mine.id] } }),
      404,
      'not_found',
    );
  });

  it('claims one delivery per (channel, event key): a second claim is a 409; status changes, no delete', async () => {
    const org = (await createOrg(api)).id;
    const [first, second] = [await channel(org), await channel(org)];
    const rule = await created<NotificationRuleRecordDto>('notification_rules', {
      org_id: org,
      name: 'triggered',
      event: 'alert_triggered',
      channel_ids: [first.id, second.id],
    });
    const key = 'alert:7b1c:2025-01-15:100';
    const claim = (channel: string) =>
      api.request<NotificationDeliveryRecordDto>('POST', '/api/notification_deliveries', {
        body: {
          org_id: org,
          rule_id: rule.id,
          channel_id: channel,
          event_key: key,
          payload: { text: 'over' },
        },
      });
    const claimed = await claim(first.id);
    expect(claimed.status).toBe(201);
    expect(claimed.body).toMatchObject({ status: 'pending', attempts: 0, last_error: null, sent_at: null });
    const again = expectProblem(await claim(first.id), 409, 'conflict', 'event_key');
    expect(again.errors?.map((e) => e.field)).toEqual(['channel_id', 'event_key']);
    expect((await claim(second.id)).status).toBe(201);
    const failed = await api.request<NotificationDeliveryRecordDto>(
      'PATCH',
      `/api/notification_deliveries/${claimed.body.id}`,
      { body: { status: 'failed', attempts: 1, last_error: 'SMTP 451' }, headers: { 'if-match': '"1"' } },
    );
    expect(failed.body).toMatchObject({ status: 'failed', attempts: 1, last_error: 'SMTP 451', version: 2 });
    const sent = await api.request<NotificationDeliveryRecordDto>(
      'PATCH',
      `/api/notification_deliveries/${claimed.body.id}`,
      { body: { status: 'sent', attempts: 2, last_error: null, sent_at: '2025-01-15T10:00:00Z' } },
    );
    expect(sent.body).toMatchObject({
      status: 'sent',
      last_error: null,
      sent_at: '2025-01-15T10:00:00.000Z',
    });
    expectProblem(
      await api.request('DELETE', `/api/notification_deliveries/${claimed.body.id}`),
      405,
      'method_not_allowed',
    );
    expect(
      await ids('notification_deliveries', `org_id=${org}&status=sent&event_key=${encodeURIComponent(key)}`),
    ).toEqual([claimed.body.id]);
    expect(
      await ids('notification_deliveries', `channel_id=${second.id}&status=pending,failed`),
    ).toHaveLength(1);
    const foreign = await channel((await createOrg(api)).id);
    expectProblem(
      await api.request('POST', '/api/notification_deliveries', {
        body: { org_id: org, channel_id: foreign.id, event_key: key },
      }),
      422,
      'validation_failed',
      'channel_id',
    );
    const openapi = await api.request<{ paths: Record<string, Record<string, unknown>> }>(
      'GET',
      '/openapi.json',
      {
        as: 'anonymous',
      },
    );
    expect(Object.keys(openapi.body.paths['/api/notification_deliveries/{id}'])).toEqual(['get', 'patch']);
  });

  it('keeps an alert’s state and what it last notified, and its history append-only', async () => {
    const org = (await createOrg(api)).id;
    const daily = await alert(org, { params: { node_id: SOME_ID } });
    expect(daily).toMatchObject({
      threshold: '100.5',
      params: { node_id: SOME_ID },
      channel_ids: [],
      enabled: true,
      state: 'ok',
      state_changed_at: null,
      last_window: null,
      last_threshold: null,
    });
    const triggered = await api.request<CostAlertRecordDto>('PATCH', `/api/cost_alerts/${daily.id}`, {
      body: {
        state: 'triggered',
        state_changed_at: '2025-01-15T10:00:00Z',
        last_window: '2025-01-15',
        last_threshold: '100.5',
      },
    });
    expect(triggered.body).toMatchObject({
      state: 'triggered',
      last_window: '2025-01-15',
      last_threshold: '100.5',
    });
    const event = await created<CostAlertEventRecordDto>('cost_alert_events', {
      alert_id: daily.id,
      org_id: org,
      from_state: 'ok',
      to_state: 'triggered',
      window: '2025-01-15',
      value: '120.000000123456',
      threshold: '100.5',
    });
    expect(event).toMatchObject({ value: '120.000000123456', threshold: '100.5', detail: {} });
    expectProblem(
      await api.request('PATCH', `/api/cost_alert_events/${event.id}`, { body: {} }),
      405,
      'method_not_allowed',
    );
    expectProblem(
      await api.request('DELETE', `/api/cost_alert_events/${event.id}`),
      405,
      'method_not_allowed',
    );
    expectProblem(
      await api.request('POST', '/api/cost_alert_events', {
        body: { ...event, id: undefined, org_id: (await createOrg(api)).id },
      }),
      422,
      'validation_failed',
    );
    expect(await ids('cost_alert_events', `alert_id=${daily.id}&to_state=triggered`)).toEqual([event.id]);
    const spike = await alert(org, { kind: 'spike_vs_trailing_mean', threshold: '2', enabled: false });
    expect(await ids('cost_alerts', `org_id=${org}&state=triggered`)).toEqual([daily.id]);
    expect(await ids('cost_alerts', `org_id=${org}&kind=spike_vs_trailing_mean&enabled=false`)).toEqual([
      spike.id,
    ]);
    expectProblem(
      await api.request('POST', '/api/cost_alerts', {
        body: { org_id: org, name: daily.name, kind: 'budget_percent', threshold: '50' },
      }),
      409,
      'conflict',
      'name',
    );
  });

  it('changes many alerts all or none through POST /api/batch', async () => {
    const org = (await createOrg(api)).id;
    const [a, b] = [await alert(org), await alert(org)];
    const update = (id: string, body: object) => ({ method: 'update', resource: 'cost_alerts', id, body });
    const refused = await api.request('POST', '/api/batch', {
      body: { operations: [update(a.id, { enabled: false }), update(b.id, { channel_ids: [SOME_ID] })] },
    });
    expect(refused.status).toBe(422);
    expect(await ids('cost_alerts', `org_id=${org}&enabled=false`)).toEqual([]);
    const done = await api.request('POST', '/api/batch', {
      body: { operations: [update(a.id, { enabled: false }), update(b.id, { enabled: false })] },
    });
    expect(done.status).toBe(200);
    expect((await ids('cost_alerts', `org_id=${org}&enabled=false`)).sort()).toEqual([a.id, b.id].sort());
  });
});
