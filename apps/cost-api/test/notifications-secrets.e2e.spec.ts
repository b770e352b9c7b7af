import { DataApiClient } from '@slipway/data-client';
import { testRedis, waitFor } from '@slipway/devstack';
import {
  startDataApiProcess,
  startHttpReceiver,
  startServiceProcess,
  startSmtpSink,
  type DataApiProcess,
  type HttpReceiver,
  type ServiceProcess,
  type SmtpSink,
} from '@slipway/testing';
import { Redis } from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { newOrgKey } from '../src/access/org-keys';

jest.setTimeout(120_000);

const SMTP_USER = 'e2e-mailer';
const SMTP_PASSWORD = `smtp-secret-${randomBytes(8).toString('hex')}`;
const RELAY_PASSWORD = `relay-secret-${randomBytes(8).toString('hex')}`;
const SIGNING_SECRET = `whsec-${randomBytes(16).toString('hex')}`;
const SLACK_PATH = `/services/T0/B0/${randomBytes(12).toString('hex')}`;

/**
 * The built data-api, cost-api and cost-worker, logging at trace, through every path a channel's
 * secret takes — created, changed, tested (sent and refused), delivered by the worker from an
 * alert, retried, dead-lettered — and not one secret in any process's output.
 */
describe('notification channel secrets appear in no log (built processes, LOG_LEVEL=trace)', () => {
  const serviceToken = `notif-token-${randomBytes(12).toString('hex')}`;
  const redis = testRedis();
  let sink: SmtpSink;
  let receiver: HttpReceiver;
  let dataApi: DataApiProcess;
  let costApi: ServiceProcess;
  let worker: ServiceProcess;
  let orgKey: string;
  let slug: string;
  let orgId: string;

  beforeAll(async () => {
    sink = await startSmtpSink({ users: { [SMTP_USER]: SMTP_PASSWORD, relay: RELAY_PASSWORD } });
    receiver = await startHttpReceiver();
    dataApi = await startDataApiProcess({ SERVICE_TOKEN: serviceToken, LOG_LEVEL: 'trace' });
    const env = {
      SERVICE_TOKEN: serviceToken,
      DATA_API_URL: dataApi.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      CREDENTIALS_ENCRYPTION_KEY: `e2e:${randomBytes(32).toString('base64')}`,
      SMTP_URL: sink.url({ user: SMTP_USER, password: SMTP_PASSWORD }),
      NOTIFY_ALLOW_HTTP: 'true',
      NOTIFY_ALLOW_PRIVATE_TARGETS: 'true',
      NOTIFY_SEND_TIMEOUT_MS: '3000',
      ORG_CACHE_TTL_MS: '0',
      LOG_LEVEL: 'trace',
    };
    costApi = await startServiceProcess('dist/apps/cost-api/main.js', env);
    worker = await startServiceProcess('dist/apps/cost-api/worker.js', env);
    const client = new DataApiClient({ baseUrl: dataApi.url, serviceToken });
    await client.post('/api/org_plans', {
      body: {
        name: 'e2e',
        label: 'E2E',
        daily_pipelines: 10,
        monthly_pipelines: 10,
        concurrent_pipelines: 1,
        providers: 1,
        seats: 1,
        price_monthly: '0',
        currency: 'USD',
        shipped: false,
        shipped_version: 0,
      },
    });
    slug = `notif-${randomBytes(3).toString('hex')}`;
    const { data: org } = await client.post('/api/organizations', {
      body: {
        slug,
        name: 'Secrets',
        currency: 'USD',
        timezone: 'UTC',
        country: 'US',
        fiscal_year_start: 1,
        plan: 'e2e',
      },
    });
    orgId = org.id;
    const key = newOrgKey();
    await client.post('/api/org_api_keys', {
      body: { org_id: org.id, name: 'admin', key_prefix: key.prefix, key_hash: key.hash, role: 'admin' },
    });
    orgKey = key.secret;
    await client.post('/api/spend_ledger', {
      body: {
        event_id: `e2e-${randomUUID()}`,
        org_id: org.id,
        occurred_at: new Date().toISOString(),
        local_day: new Date().toISOString().slice(0, 10),
        source: 'run',
        provider: 'openai',
        amount: '50',
      },
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await costApi?.stop();
    await dataApi?.close();
    await sink?.close();
    await receiver?.close();
    const client = new Redis(redis.url);
    const keys = await client.keys(`${redis.prefix}*`);
    if (keys.length) await client.del(...keys);
    await client.quit();
  });

  const call = async <T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${costApi.url}/api/v1/${slug}${path}`, {
      method,
      headers: { 'x-api-key': orgKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  };

  it('keeps every channel secret out of data-api’s, cost-api’s and the worker’s output', async () => {
    const channel = async (body: Record<string, unknown>) => {
      const reply = await call<{ id: string }>('POST', '/notifications/channels', body);
      expect(reply.status).toBe(201);
      return reply.body.id;
    };
    const mail = await channel({
      name: 'relay',
      kind: 'email',
      email: {
        to: ['ops@example.com'],
        smtp: { host: '127.0.0.1', port: sink.port, username: 'relay', password: RELAY_PASSWORD },
      },
    });
    const wrongRelay = await channel({
      name: 'wrong relay',
      kind: 'email',
      email: {
        to: ['ops@example.com'],
        smtp: { host: '127.0.0.1', port: sink.port, username: 'relay', password: `${RELAY_PASSWORD}-x` },
      },
    });
    const slack = await channel({
      name: 'slack',
      kind: 'slack',
      slack: { webhook_url: receiver.url(SLACK_PATH) },
    });
    const hook = await channel({
      name: 'hook',
      kind: 'webhook',
      webhook: { url: receiver.url('/hook'), signing_secret: SIGNING_SECRET },
    });
    const closed = await channel({
      name: 'closed',
      kind: 'slack',
      slack: { webhook_url: `http://127.0.0.1:9${SLACK_PATH}` },
    });
    expect(
      (
        await call('PATCH', `/notifications/channels/${hook}`, {
          webhook: { url: receiver.url('/hook'), signing_secret: `${SIGNING_SECRET}2` },
        })
      ).status,
    ).toBe(200);

    for (const id of [mail, wrongRelay, slack, hook, closed])
      await call('POST', `/notifications/channels/${id}/test`);
    expect(sink.mails.length).toBeGreaterThanOrEqual(1);

    // The worker delivers an alert's crossing to every channel, the refusing one retried to the DLQ.
    const alert = await call<{ id: string }>('POST', '/cost-alerts', {
      name: 'over 10',
      kind: 'daily_spend_above',
      threshold: '10',
      channel_ids: [mail, wrongRelay, slack, hook, closed],
    });
    expect(alert.status).toBe(201);
    const evaluated = await call<{ notified: number }>('POST', '/cost-alerts/evaluate');
    expect(evaluated.body.notified).toBe(1);
    const client = new DataApiClient({ baseUrl: dataApi.url, serviceToken });
    await waitFor(
      async () => {
        const { data } = await client.get('/api/notification_deliveries', {
          params: { query: { org_id: orgId, status: ['sent', 'failed'], limit: 100 } },
        });
        return data.items.filter((row) => row.event_key.startsWith('alert:')).length === 5 ? true : undefined;
      },
      'the alert’s five deliveries to end',
      60_000,
    );

    const secrets = [
      SMTP_PASSWORD,
      RELAY_PASSWORD,
      `${RELAY_PASSWORD}-x`,
      SIGNING_SECRET,
      `${SIGNING_SECRET}2`,
      SLACK_PATH,
    ];
    for (const [name, output] of [
      ['data-api', dataApi.output()],
      ['cost-api', costApi.output()],
      ['cost-worker', worker.output()],
    ] as const) {
      expect(output.length).toBeGreaterThan(1000);
      for (const secret of secrets)
        expect({ process: name, leaked: output.includes(secret) }).toEqual({ process: name, leaked: false });
    }
  });
});
