import type {
  NotificationChannelDto,
  NotificationDeliveryDto,
  NotificationHistoryDto,
  NotificationRuleDto,
  ProblemDto,
} from '@slipway/contracts';
import { randomBytes } from 'node:crypto';
import { CredentialCipher, parseCredentialKeys } from '../src/integrations/credential-cipher';
import { rotateCredentials } from '../src/integrations/rotate-credentials.command';
import { Notifier } from '../src/notifications/delivery/notifier';
import { verifyWebhookSignature, WEBHOOK_HEADERS } from '../src/notifications/senders/webhook-signature';
import type { TestOrg } from './harness';
import { MAX_DELIVERIES, NotificationsHarness, SMTP_PASSWORD } from './notifications-harness';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'whsec-test-0123456789abcdefghijklmnop';
const SLACK_PATH = '/services/T000/B000/slack-secret-path-0123456789';

describe('notifications: channels, rules, history and the outbox', () => {
  let h: NotificationsHarness;
  let org: TestOrg;
  let viewer: string;

  beforeAll(async () => {
    h = await NotificationsHarness.start();
    org = await h.cost.createOrg();
    viewer = await h.cost.createKey(org.id, 'viewer');
  });
  afterAll(async () => {
    await h?.close();
  });

  const base = () => `/api/v1/${org.slug}/notifications`;
  const asAdmin = () => ({ key: org.key });

  async function channel(body: Record<string, unknown>): Promise<NotificationChannelDto> {
    const reply = await h.cost.request<NotificationChannelDto>('POST', `${base()}/channels`, asAdmin(), {
      body,
    });
    expect(reply.status).toBe(201);
    return reply.body;
  }
  const webhookPath = (name: string) => `/hooks/${name}`;
  const webhookChannel = (name: string) =>
    channel({
      name,
      kind: 'webhook',
      webhook: { url: h.receiver.url(webhookPath(name)), signing_secret: SIGNING_SECRET },
    });

  it('keeps channel secrets sealed: never answered, encrypted at rest', async () => {
    const slack = await channel({
      name: 'slack',
      kind: 'slack',
      slack: { webhook_url: h.receiver.url(SLACK_PATH) },
    });
    const hook = await webhookChannel('sealed');
    const mail = await channel({
      name: 'mail-relay',
      kind: 'email',
      email: {
        to: ['ops@example.com'],
        smtp: { host: '127.0.0.1', port: h.sink.port, username: 'x', password: SMTP_PASSWORD },
      },
    });
    expect(slack.slack).toEqual({ webhook_host: new URL(h.receiver.url()).host });
    expect(slack.sealed_fields).toEqual(['webhook_url']);
    expect(hook.webhook).toEqual({ url: h.receiver.url(webhookPath('sealed')) });
    expect(hook.sealed_fields).toEqual(['signing_secret']);
    expect(mail.email?.smtp).toEqual({ host: '127.0.0.1', port: h.sink.port, secure: false, username: 'x' });
    expect(mail.sealed_fields).toEqual(['password']);

    const listed = await h.cost.request('GET', `${base()}/channels`, { key: viewer });
    expect(listed.status).toBe(200);
    const audit = await h.cost.request('GET', `/api/v1/organizations/${org.slug}/audit-logs`, asAdmin());
    for (const text of [listed.text, audit.text, JSON.stringify([slack, hook, mail])]) {
      expect(text).not.toContain(SLACK_PATH);
      expect(text).not.toContain(SIGNING_SECRET);
      expect(text).not.toContain(SMTP_PASSWORD);
    }
    const { data: row } = await h.cost.client.get('/api/notification_channels/{id}', {
      params: { path: { id: hook.id } },
    });
    expect(row.secret_ciphertext).toMatch(/^v1\.n1\./);
    expect(row.secret_key_id).toBe('n1');
    expect(row.secret_ciphertext).not.toContain(SIGNING_SECRET);

    // A change without the secret keeps it; the kind's block only.
    const renamed = await h.cost.request<NotificationChannelDto>(
      'PATCH',
      `${base()}/channels/${hook.id}`,
      asAdmin(),
      {
        body: { webhook: { url: h.receiver.url(webhookPath('sealed-2')) } },
      },
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body.sealed_fields).toEqual(['signing_secret']);
    const wrongKind = await h.cost.request<ProblemDto>('PATCH', `${base()}/channels/${hook.id}`, asAdmin(), {
      body: { slack: { webhook_url: h.receiver.url('/x') } },
    });
    expect(wrongKind.status).toBe(422);
    expect(wrongKind.body.errors).toEqual([expect.objectContaining({ field: 'slack' })]);
  });

  it('refuses channels without their secret, of another kind’s block, or with a URL carrying a password', async () => {
    const cases = [
      { name: 'a', kind: 'webhook', webhook: { url: h.receiver.url('/a') } },
      { name: 'b', kind: 'slack', slack: {} },
      { name: 'c', kind: 'email' },
      {
        name: 'd',
        kind: 'email',
        email: { to: ['a@example.com'] },
        slack: { webhook_url: h.receiver.url() },
      },
      {
        name: 'e',
        kind: 'webhook',
        webhook: { url: 'http://user:pw@127.0.0.1/x', signing_secret: SIGNING_SECRET },
      },
      { name: 'f', kind: 'webhook', webhook: { url: h.receiver.url('/f'), signing_secret: 'short' } },
    ];
    for (const body of cases) {
      const reply = await h.cost.request<ProblemDto>('POST', `${base()}/channels`, asAdmin(), { body });
      expect({ name: body.name, status: reply.status }).toEqual({ name: body.name, status: 422 });
      expect(reply.text).not.toContain('pw@');
    }
  });

  it('tests a channel at once: the email arrives at the sink, the webhook is signed, Slack gets blocks', async () => {
    const mail = await channel({
      name: 'mail',
      kind: 'email',
      email: { to: ['oncall@example.com', 'cto@example.com'] },
    });
    const hook = await webhookChannel('tested');
    const slack = await channel({
      name: 'slack-test',
      kind: 'slack',
      slack: { webhook_url: h.receiver.url('/slack/test') },
    });

    const sent = await h.cost.request<NotificationDeliveryDto>(
      'POST',
      `${base()}/channels/${mail.id}/test`,
      asAdmin(),
    );
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({
      status: 'sent',
      attempts: 1,
      event: 'test',
      channel_name: 'mail',
      last_error: null,
    });
    const [received] = await h.sink.waitFor(1);
    expect(received.to).toEqual(['oncall@example.com', 'cto@example.com']);
    expect(received.from).toBe('alerts@slipway.test');
    expect(received.user).toBe('slipway-mailer');
    expect(received.subject).toBe('[Slipway] Test notification for mail');
    expect(received.text).toContain(`This is a test of the email channel “mail” of Org 1 (${org.slug})`);

    const signed = await h.cost.request<NotificationDeliveryDto>(
      'POST',
      `${base()}/channels/${hook.id}/test`,
      asAdmin(),
    );
    expect(signed.body.status).toBe('sent');
    const [request] = await h.receiver.waitFor(1, webhookPath('tested'));
    const headers = {
      timestamp: request.headers[WEBHOOK_HEADERS.timestamp] as string,
      signature: request.headers[WEBHOOK_HEADERS.signature] as string,
    };
    expect(verifyWebhookSignature(SIGNING_SECRET, headers, request.body)).toBe(true);
    expect(verifyWebhookSignature('another-secret-0123456789abcdef', headers, request.body)).toBe(false);
    expect(verifyWebhookSignature(SIGNING_SECRET, headers, `${request.body} `)).toBe(false);
    expect(request.headers[WEBHOOK_HEADERS.delivery]).toBe(signed.body.id);
    expect(JSON.parse(request.body)).toMatchObject({ id: signed.body.id, type: 'test', org_id: org.id });

    await h.cost.request('POST', `${base()}/channels/${slack.id}/test`, asAdmin());
    const [posted] = await h.receiver.waitFor(1, '/slack/test');
    const payload = JSON.parse(posted.body) as { text: string; blocks: Array<{ type: string }> };
    expect(payload.text).toContain('Test notification for slack-test');
    expect(payload.blocks.map((block) => block.type)).toEqual(['header', 'section']);

    // A receiver that refuses: the test answers the failure, and the history keeps it.
    h.receiver.answer(503);
    const failed = await h.cost.request<NotificationDeliveryDto>(
      'POST',
      `${base()}/channels/${hook.id}/test`,
      asAdmin(),
    );
    h.receiver.answer(200);
    expect(failed.body).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.body.last_error).toMatch(/answered 503$/);
    const history = await h.cost.request<NotificationHistoryDto>(
      'GET',
      `${base()}/history?channel_id=${hook.id}`,
      {
        key: viewer,
      },
    );
    expect(history.body.items.map((item) => item.status)).toEqual(['failed', 'sent']);
  });

  it('lets viewers read and not write; another organization sees none of it', async () => {
    const hook = await webhookChannel('visible');
    expect((await h.cost.request('GET', `${base()}/channels/${hook.id}`, { key: viewer })).status).toBe(200);
    expect((await h.cost.request('GET', `${base()}/rules`, { key: viewer })).status).toBe(200);
    expect(
      (
        await h.cost.request(
          'POST',
          `${base()}/channels`,
          { key: viewer },
          { body: { name: 'v', kind: 'slack' } },
        )
      ).status,
    ).toBe(403);
    expect((await h.cost.request('POST', `${base()}/channels/${hook.id}/test`, { key: viewer })).status).toBe(
      403,
    );
    expect((await h.cost.request('DELETE', `${base()}/channels/${hook.id}`, { key: viewer })).status).toBe(
      403,
    );

    const other = await h.cost.createOrg();
    const elsewhere = `/api/v1/${other.slug}/notifications`;
    expect((await h.cost.request('GET', `${elsewhere}/channels/${hook.id}`, { key: other.key })).status).toBe(
      404,
    );
    expect((await h.cost.request('GET', `${base()}/channels`, { key: other.key })).status).toBe(404);
    const foreign = await h.cost.request<ProblemDto>(
      'POST',
      `${elsewhere}/rules`,
      { key: other.key },
      {
        body: { name: 'steal', event: 'quota_80', channel_ids: [hook.id] },
      },
    );
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors?.[0]?.field).toBe('channel_ids');
  });

  it('delivers a rule’s notice through the outbox once, however often it is told or redelivered', async () => {
    const hook = await webhookChannel('outbox');
    const rule = await h.cost.request<NotificationRuleDto>('POST', `${base()}/rules`, asAdmin(), {
      body: {
        name: 'daily quota',
        event: 'quota_80',
        channel_ids: [hook.id],
        filters: { quotas: ['daily_pipelines'] },
      },
    });
    expect(rule.status).toBe(201);
    const misfit = await h.cost.request<ProblemDto>('POST', `${base()}/rules`, asAdmin(), {
      body: { name: 'misfit', event: 'quota_80', channel_ids: [hook.id], filters: { providers: ['openai'] } },
    });
    expect(misfit.status).toBe(422);
    expect(misfit.body.errors?.[0]?.field).toBe('filters.providers');

    const notifier = h.cost.app.get(Notifier);
    const notice = {
      orgId: org.id,
      event: 'quota_80' as const,
      key: 'quota:daily_pipelines:2026-03-02:80',
      title: 'Quota 80 %',
      text: 'used 16 of 20',
      data: { used: 16 },
      subject: { quota: 'daily_pipelines' as const },
    };
    expect(await notifier.notify(notice)).toBe(1);
    expect(await notifier.notify(notice)).toBe(1);
    // Not for this rule: another quota.
    expect(await notifier.notify({ ...notice, key: 'other', subject: { quota: 'monthly_pipelines' } })).toBe(
      0,
    );
    await h.drained();
    // The same envelope delivered again (a redelivery the consumer's dedupe marker let through).
    const message = {
      org_id: org.id,
      channel_id: hook.id,
      rule_id: rule.body.id,
      event: 'quota_80' as const,
      event_key: notice.key,
      title: 'Quota 80 %',
      text: 'again',
      data: {},
      occurred_at: new Date().toISOString(),
    };
    await h.producer.emit('notifications.outbox', message, { id: 'redelivered-envelope' });
    await h.cost.redis.del(`${h.cost.prefix}streams:done:cost-worker:redelivered-envelope`);
    await h.producer.emit('notifications.outbox', message, { id: 'redelivered-envelope' });
    await h.drained();

    const received = h.receiver.requests.filter((r) => r.path === webhookPath('outbox'));
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]?.body ?? '{}')).toMatchObject({
      type: 'quota_80',
      event_key: notice.key,
      text: 'used 16 of 20',
    });
    const history = await h.cost.request<NotificationHistoryDto>(
      'GET',
      `${base()}/history?rule_id=${rule.body.id}`,
      asAdmin(),
    );
    expect(history.body.items).toEqual([
      expect.objectContaining({
        status: 'sent',
        attempts: 1,
        event: 'quota_80',
        event_key: notice.key,
        channel_name: 'outbox',
      }),
    ]);
  });

  it('retries a failing receiver with backoff, then dead-letters the message and records it failed', async () => {
    const hook = await webhookChannel('failing');
    h.receiver.answer(500);
    try {
      await h.cost.app.get(Notifier).notify({
        orgId: org.id,
        event: 'integration_invalid',
        key: 'integration:openai:invalid:7',
        title: 'openai invalid',
        text: 'rejected',
        data: {},
        channelIds: [hook.id],
      });
      await h.receiver.waitFor(MAX_DELIVERIES, webhookPath('failing'));
      await h.drained();
    } finally {
      h.receiver.answer(200);
    }
    expect(h.receiver.requests.filter((r) => r.path === webhookPath('failing'))).toHaveLength(MAX_DELIVERIES);
    const dead = await h.deadLetters();
    expect(dead).toEqual([
      expect.objectContaining({
        reason: 'exhausted',
        payload: expect.objectContaining({ channel_id: hook.id }),
      }),
    ]);
    expect(dead[0]?.error).toMatch(/answered 500$/);
    const history = await h.cost.request<NotificationHistoryDto>(
      'GET',
      `${base()}/history?channel_id=${hook.id}`,
      asAdmin(),
    );
    expect(history.body.items).toEqual([
      expect.objectContaining({
        status: 'failed',
        attempts: MAX_DELIVERIES,
        rule_id: null,
        event: 'integration_invalid',
      }),
    ]);
    expect(history.body.items[0]?.last_error).toMatch(/answered 500$/);
  });

  it('re-encrypts channel secrets under a new key with rotate-credentials', async () => {
    const hook = await webhookChannel('rotated');
    const keys = `n2:${randomBytes(32).toString('base64')},${h.cost.config.CREDENTIALS_ENCRYPTION_KEY ?? ''}`;
    const report = await rotateCredentials({ ...h.cost.config, CREDENTIALS_ENCRYPTION_KEY: keys });
    expect(report).toMatchObject({ key_id: 'n2', failed: 0 });
    expect(report.rotated).toBeGreaterThanOrEqual(1);
    const { data: row } = await h.cost.client.get('/api/notification_channels/{id}', {
      params: { path: { id: hook.id } },
    });
    expect(row.secret_key_id).toBe('n2');
    const opened = new CredentialCipher(parseCredentialKeys(keys)).decrypt(row.secret_ciphertext ?? '', {
      orgId: org.id,
      provider: 'notification-channel',
    });
    expect(JSON.parse(opened)).toEqual({ signing_secret: SIGNING_SECRET });
    const again = await rotateCredentials({ ...h.cost.config, CREDENTIALS_ENCRYPTION_KEY: keys });
    expect(again.rotated).toBe(0);
  });
});
