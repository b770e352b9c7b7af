import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { COST_STREAMS } from '@slipway/contracts';
import { DataClientModule } from '@slipway/data-client';
import { waitFor } from '@slipway/devstack';
import { createApp, loadConfig, MetricsService, PlatformModule } from '@slipway/platform';
import { RedisModule } from '@slipway/redis';
import { RedisStreamsServer, StreamProducer, useStreamsTransport } from '@slipway/streams';
import { startHttpReceiver, startSmtpSink, type HttpReceiver, type SmtpSink } from '@slipway/testing';
import { randomBytes } from 'node:crypto';
import { CostWorkerConfig } from '../src/config';
import { CostCoreModule } from '../src/cost-core.module';
import { NotificationsWorkerModule } from '../src/notifications/notifications-worker.module';
import { WorkerSchedules } from '../src/schedules/worker-schedules';
import { CostHarness, SERVICE_TOKEN } from './harness';

/** The SMTP login SMTP_URL carries; the sink accepts only it. */
export const SMTP_USER = 'slipway-mailer';
export const SMTP_PASSWORD = `smtp-pass-${randomBytes(8).toString('hex')}`;
/** Deliveries of one outbox message before the DLQ, here. */
export const MAX_DELIVERIES = 3;

/** The worker's schedules registry alone: the test runs what it registers, never a timer. */
@Global()
@Module({ providers: [WorkerSchedules], exports: [WorkerSchedules] })
class TestSchedules {}

/** The cost-worker's notifications side on its own, as the cost-worker root module hosts it. */
@Module({})
class NotificationsWorkerHost {
  static register(config: CostWorkerConfig): DynamicModule {
    return {
      module: NotificationsWorkerHost,
      imports: [
        PlatformModule.forApp('cost-worker', config),
        RedisModule.forRoot(config, 'cost-worker'),
        DataClientModule.forRoot({ baseUrl: config.DATA_API_URL, serviceToken: config.SERVICE_TOKEN }),
        CostCoreModule,
        TestSchedules,
        NotificationsWorkerModule,
      ],
    };
  }
}

/**
 * cost-api (CostHarness) and the cost-worker's notifications module in-process, consuming
 * notifications.outbox on the same Redis prefix (retries quick, MAX_DELIVERIES before the DLQ),
 * with a local SMTP sink behind SMTP_URL and a local HTTP receiver for Slack and webhooks.
 */
export class NotificationsHarness {
  private constructor(
    readonly cost: CostHarness,
    readonly worker: NestFastifyApplication,
    readonly sink: SmtpSink,
    readonly receiver: HttpReceiver,
    readonly producer: StreamProducer<typeof COST_STREAMS>,
  ) {}

  /** The variables both processes read: the cipher's key, the SMTP server, local http:// receivers allowed. */
  static env(sink: SmtpSink): Record<string, string> {
    return {
      CREDENTIALS_ENCRYPTION_KEY: `n1:${randomBytes(32).toString('base64')}`,
      SMTP_URL: sink.url({ user: SMTP_USER, password: SMTP_PASSWORD }),
      SMTP_FROM: 'Slipway Alerts <alerts@slipway.test>',
      NOTIFY_ALLOW_HTTP: 'true',
      NOTIFY_ALLOW_PRIVATE_TARGETS: 'true',
      NOTIFY_SEND_TIMEOUT_MS: '3000',
    };
  }

  /** `extra`: more variables for both (PROVIDER_BASE_URLS, say). */
  static async start(extra: Record<string, string> = {}): Promise<NotificationsHarness> {
    const sink = await startSmtpSink({ users: { [SMTP_USER]: SMTP_PASSWORD } });
    const receiver = await startHttpReceiver();
    const env = { ...NotificationsHarness.env(sink), ...extra };
    const cost = await CostHarness.start(env);
    try {
      const config = loadConfig(CostWorkerConfig, {
        REDIS_URL: cost.config.REDIS_URL,
        REDIS_PREFIX: cost.prefix,
        SERVICE_TOKEN,
        DATA_API_URL: cost.dataApi.url,
        LOG_LEVEL: 'silent',
        ...env,
      });
      const { app: worker } = await createApp(NotificationsWorkerHost.register(config), config, {
        service: 'cost-worker',
        title: 'cost-worker (notifications)',
        description: 'notifications.outbox',
        version: '0',
      });
      useStreamsTransport(
        worker,
        new RedisStreamsServer({
          url: config.REDIS_URL,
          prefix: config.REDIS_PREFIX,
          group: 'cost-worker',
          contracts: COST_STREAMS,
          maxDeliveries: MAX_DELIVERIES,
          backoff: { baseMs: 50, maxMs: 200, jitter: 0 },
          blockMs: 100,
          registry: worker.get(MetricsService).registry,
        }),
      );
      await worker.init();
      await worker.startAllMicroservices();
      const producer = new StreamProducer({
        url: config.REDIS_URL,
        prefix: config.REDIS_PREFIX,
        producer: 'test',
        contracts: COST_STREAMS,
      });
      return new NotificationsHarness(cost, worker, sink, receiver, producer);
    } catch (error) {
      await cost.close();
      await sink.close();
      await receiver.close();
      throw error;
    }
  }

  /** Waits until the worker has read and acknowledged everything on notifications.outbox. */
  async drained(): Promise<void> {
    await waitFor(async () => {
      const key = `${this.cost.prefix}notifications.outbox`;
      if ((await this.cost.redis.exists(key)) === 0) return true;
      const groups = (await this.cost.redis.xinfo('GROUPS', key)) as unknown[][];
      const group = groups.map(fieldsOf).find((fields) => fields.get('name') === 'cost-worker');
      return group && group.get('pending') === 0 && group.get('lag') === 0 ? true : undefined;
    }, 'the worker to drain notifications.outbox');
  }

  /** The entries of notifications.outbox.dlq, their envelopes parsed. */
  async deadLetters(): Promise<Array<{ reason: string; error: string; payload: Record<string, unknown> }>> {
    const entries = await this.cost.redis.xrange(`${this.cost.prefix}notifications.outbox.dlq`, '-', '+');
    return entries.map(([, flat]) => {
      const fields = new Map<string, string>();
      for (let i = 0; i + 1 < flat.length; i += 2) fields.set(flat[i] ?? '', flat[i + 1] ?? '');
      const envelope = JSON.parse(fields.get('data') ?? '{}') as { payload: Record<string, unknown> };
      return {
        reason: fields.get('reason') ?? '',
        error: fields.get('error') ?? '',
        payload: envelope.payload,
      };
    });
  }

  async close(): Promise<void> {
    await this.worker.close();
    await this.producer.close();
    await this.cost.close();
    await this.sink.close();
    await this.receiver.close();
  }
}

function fieldsOf(reply: unknown[]): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (let i = 0; i + 1 < reply.length; i += 2) fields.set(String(reply[i]), reply[i + 1]);
  return fields;
}
