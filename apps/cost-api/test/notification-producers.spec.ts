import type { NotificationChannelDto } from '@slipway/contracts';
import { randomUUID } from 'node:crypto';
import type { TestOrg } from './harness';
import { NotificationsHarness } from './notifications-harness';
import { startProviderStandIn, type ProviderStandIn } from './provider-stand-in';

jest.setTimeout(60_000);

/**
 * What tells the notifications: admissions reaching 80 % and 100 % of a quota, a credential turned
 * invalid — each through the outbox to the rules' channels.
 */
describe('notification producers: quotas and integrations', () => {
  let h: NotificationsHarness;
  let standIn: ProviderStandIn;

  beforeAll(async () => {
    standIn = await startProviderStandIn();
    h = await NotificationsHarness.start({ PROVIDER_BASE_URLS: standIn.baseUrlsEnv });
  });
  afterAll(async () => {
    await h?.close();
    await standIn?.close();
  });

  async function hookFor(org: TestOrg, name: string, events: string[]): Promise<NotificationChannelDto> {
    const channel = await h.cost.request<NotificationChannelDto>(
      'POST',
      `/api/v1/${org.slug}/notifications/channels`,
      { key: org.key },
      {
        body: {
          name,
          kind: 'webhook',
          webhook: {
            url: h.receiver.url(`/producers/${name}`),
            signing_secret: 'producer-secret-0123456789abcdef',
          },
        },
      },
    );
    for (const event of events) {
      const rule = await h.cost.request(
        'POST',
        `/api/v1/${org.slug}/notifications/rules`,
        { key: org.key },
        {
          body: { name: `${name} ${event}`, event, channel_ids: [channel.body.id] },
        },
      );
      expect(rule.status).toBe(201);
    }
    return channel.body;
  }

  const received = (name: string) =>
    h.receiver.requests
      .filter((r) => r.path === `/producers/${name}`)
      .map((r) => JSON.parse(r.body) as { type: string; event_key: string; data: Record<string, unknown> });

  it('tells the admissions that reach 80 % and 100 % of the daily pipelines, once each', async () => {
    const org = await h.cost.createOrg({
      limit_overrides: { daily_pipelines: 5, concurrent_pipelines: 100 },
    });
    await hookFor(org, 'quota', ['quota_80', 'quota_100']);
    for (let i = 0; i < 5; i += 1) {
      const admitted = await h.cost.request(
        'POST',
        `/api/v1/validator/validate/${org.slug}`,
        { service: true },
        {
          body: { kind: 'run', pipeline_id: randomUUID() },
        },
      );
      expect(admitted.status).toBe(200);
    }
    const refused = await h.cost.request(
      'POST',
      `/api/v1/validator/validate/${org.slug}`,
      { service: true },
      {
        body: { kind: 'run', pipeline_id: randomUUID() },
      },
    );
    expect(refused.status).toBe(429);
    await h.drained();
    expect(received('quota').map((m) => [m.type, m.data.used, m.data.limit, m.data.quota])).toEqual([
      ['quota_80', 4, 5, 'daily_pipelines'],
      ['quota_100', 5, 5, 'daily_pipelines'],
    ]);
  });

  it('tells a credential that turned invalid, not one that was already', async () => {
    const org = await h.cost.createOrg();
    await hookFor(org, 'integrations', ['integration_invalid']);
    const setup = (body: Record<string, string>) =>
      h.cost.request<{ status: string }>(
        'POST',
        `/api/v1/integrations/${org.slug}/openai/setup`,
        { key: org.key },
        { body },
      );
    expect((await setup(standIn.good.openai)).body.status).toBe('valid');
    const wrong = { ...standIn.good.openai, api_key: 'sk-standin-wrong-00000000000000' };
    expect((await setup(wrong)).body.status).toBe('invalid');
    expect((await setup(wrong)).body.status).toBe('invalid');
    await h.drained();
    const told = received('integrations');
    expect(told.map((m) => [m.type, m.data.provider])).toEqual([['integration_invalid', 'openai']]);
    expect(JSON.stringify(told)).not.toContain('sk-standin');
  });
});
