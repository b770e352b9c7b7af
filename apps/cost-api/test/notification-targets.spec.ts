import type { NotificationChannelDto, NotificationDeliveryDto, ProblemDto } from '@slipway/contracts';
import { ChannelSecrets } from '../src/notifications/channels/channel-secrets';
import { ChannelRecords } from '../src/notifications/records/channel-records';
import { isPrivateAddress } from '../src/notifications/senders/notify-targets';
import type { TestOrg } from './harness';
import { NotificationsHarness } from './notifications-harness';

jest.setTimeout(60_000);

const SIGNING_SECRET = 'targets-signing-secret-0123456789';

describe('notification channels: the SSRF guard (NOTIFY_ALLOW_PRIVATE_TARGETS=false)', () => {
  let h: NotificationsHarness;
  let org: TestOrg;

  beforeAll(async () => {
    // http:// stays allowed here; only the addresses are guarded.
    h = await NotificationsHarness.start({ NOTIFY_ALLOW_PRIVATE_TARGETS: 'false' });
    org = await h.cost.createOrg();
  });
  afterAll(async () => {
    await h?.close();
  });

  const channels = () => `/api/v1/${org.slug}/notifications/channels`;
  const webhook = (url: string) => ({ url, signing_secret: SIGNING_SECRET });

  it('knows loopback, private, link-local, metadata and mapped addresses from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
    ])
      expect([address, isPrivateAddress(address)]).toEqual([address, true]);
    for (const address of ['::1', '::', 'fe80::1', 'fd00:ec2::254', '::ffff:127.0.0.1', '::ffff:a9fe:a9fe'])
      expect([address, isPrivateAddress(address)]).toEqual([address, true]);
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
      expect([address, isPrivateAddress(address)]).toEqual([address, false]);
  });

  it('refuses at create (422, the URL never quoted) a URL of another scheme or reaching a blocked address', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ kind: 'webhook', webhook: webhook(h.receiver.url('/loopback')) }, 'webhook.url'],
      [{ kind: 'webhook', webhook: webhook('http://localhost:9/by-name') }, 'webhook.url'],
      [{ kind: 'webhook', webhook: webhook('http://169.254.169.254/latest/meta-data') }, 'webhook.url'],
      [{ kind: 'webhook', webhook: webhook('http://[::1]:9/v6') }, 'webhook.url'],
      [{ kind: 'webhook', webhook: webhook('http://[::ffff:7f00:1]:9/mapped') }, 'webhook.url'],
      [{ kind: 'webhook', webhook: webhook('https://10.0.0.5/internal') }, 'webhook.url'],
      [{ kind: 'webhook', webhook: webhook('ftp://files.example.com/drop') }, 'webhook.url'],
      [{ kind: 'webhook', webhook: webhook('file:///etc/passwd') }, 'webhook.url'],
      [
        { kind: 'slack', slack: { webhook_url: 'https://192.168.1.1/services/T0/B0/secret-path' } },
        'slack.webhook_url',
      ],
      [
        { kind: 'email', email: { to: ['ops@example.com'], smtp: { host: '127.0.0.1', port: 25 } } },
        'email.smtp.host',
      ],
      [
        { kind: 'email', email: { to: ['ops@example.com'], smtp: { host: 'localhost', port: 6379 } } },
        'email.smtp.host',
      ],
      [
        { kind: 'email', email: { to: ['ops@example.com'], smtp: { host: '[::1]', port: 25 } } },
        'email.smtp.host',
      ],
      [
        { kind: 'email', email: { to: ['ops@example.com'], smtp: { host: '169.254.169.254', port: 80 } } },
        'email.smtp.host',
      ],
    ];
    for (const [body, field] of cases) {
      const reply = await h.cost.request<ProblemDto>(
        'POST',
        channels(),
        { key: org.key },
        { body: { name: 'guarded', ...body } },
      );
      expect([JSON.stringify(body), reply.status, reply.body.code]).toEqual([
        JSON.stringify(body),
        422,
        'validation_failed',
      ]);
      expect(reply.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(reply.body.errors?.map((error) => error.field)).toEqual([field]);
      expect(reply.text).not.toMatch(/secret-path|meta-data|etc\/passwd/);
    }
  });

  it('refuses at update a URL reaching a blocked address, and keeps the channel as it was', async () => {
    const created = await h.cost.request<NotificationChannelDto>(
      'POST',
      channels(),
      { key: org.key },
      // An address literal of a public network: nothing is resolved or called at create.
      { body: { name: 'public', kind: 'webhook', webhook: webhook('https://93.184.216.34/hook') } },
    );
    expect(created.status).toBe(201);
    const changed = await h.cost.request<ProblemDto>(
      'PATCH',
      `${channels()}/${created.body.id}`,
      { key: org.key },
      { body: { webhook: webhook('http://127.0.0.1:9/inside') } },
    );
    expect([changed.status, changed.body.errors?.[0]?.field]).toEqual([422, 'webhook.url']);
    const kept = await h.cost.request<NotificationChannelDto>('GET', `${channels()}/${created.body.id}`, {
      key: org.key,
    });
    expect(kept.body).toMatchObject({ webhook: { url: 'https://93.184.216.34/hook' } });
  });

  it('refuses at send a channel whose host came to be, or resolve to, a blocked address (DNS rebinding)', async () => {
    // Rows as if their hosts were public at create: the receiver's loopback address, and a name
    // (localhost) that now resolves to it — refused on the connection itself, never reached.
    const records = h.cost.app.get(ChannelRecords);
    const secrets = h.cost.app.get(ChannelSecrets);
    const port = new URL(h.receiver.url()).port;
    for (const url of [h.receiver.url('/rebound-literal'), `http://localhost:${port}/rebound-name`]) {
      const row = await records.create({
        org_id: org.id,
        name: `rebound ${url}`,
        kind: 'webhook',
        config: { kind: 'webhook', url, sealed: ['signing_secret'] },
        ...secrets.seal(org.id, { signing_secret: SIGNING_SECRET }),
      });
      const tested = await h.cost.request<NotificationDeliveryDto>('POST', `${channels()}/${row.id}/test`, {
        key: org.key,
      });
      expect(tested.status).toBe(200);
      expect(tested.body).toMatchObject({ status: 'failed', attempts: 1 });
      expect(tested.body.last_error).toMatch(/loopback, private, link-local or metadata address/);
    }
    expect(h.receiver.requests.filter((request) => request.path.startsWith('/rebound'))).toEqual([]);
  });

  it('sends an email channel’s own SMTP server nothing when its host came to be, or resolve to, a blocked address', async () => {
    // Rows as if their servers were public at create: the SMTP sink's loopback address, and a name
    // (localhost) that resolves to it. SMTP_URL (the operator's, the same sink) is not guarded.
    const records = h.cost.app.get(ChannelRecords);
    const secrets = h.cost.app.get(ChannelSecrets);
    const before = h.sink.mails.length;
    for (const host of [h.sink.host, 'localhost']) {
      const row = await records.create({
        org_id: org.id,
        name: `own relay ${host}`,
        kind: 'email',
        config: {
          kind: 'email',
          to: ['ops@example.com'],
          from: null,
          smtp: { host, port: h.sink.port, secure: false, username: null },
          sealed: [],
        },
        ...secrets.seal(org.id, null),
      });
      const tested = await h.cost.request<NotificationDeliveryDto>('POST', `${channels()}/${row.id}/test`, {
        key: org.key,
      });
      expect(tested.status).toBe(200);
      expect(tested.body).toMatchObject({ status: 'failed', attempts: 1 });
      expect(tested.body.last_error).toMatch(/loopback, private, link-local or metadata address/);
    }
    const operators = await h.cost.request<NotificationChannelDto>(
      'POST',
      channels(),
      { key: org.key },
      { body: { name: 'through SMTP_URL', kind: 'email', email: { to: ['ops@example.com'] } } },
    );
    expect(operators.status).toBe(201);
    const sent = await h.cost.request<NotificationDeliveryDto>(
      'POST',
      `${channels()}/${operators.body.id}/test`,
      { key: org.key },
    );
    expect(sent.body).toMatchObject({ status: 'sent' });
    expect(h.sink.mails.length).toBe(before + 1);
  });
});
