import { Module } from '@nestjs/common';

/**
 * The cost-worker's side of notifications: the consumer of `notifications.outbox` (an
 * `@EventPattern` controller: the worker's RedisStreamsServer must carry COST_STREAMS, which lists
 * the stream) and the scheduled digests. The worker's root module imports it beside PlatformModule,
 * RedisModule and DataClientModule; its settings (SMTP_URL, CREDENTIALS_ENCRYPTION_KEY, NOTIFY_*)
 * are CostApiConfig's.
 */
@Module({})
export class NotificationsWorkerModule {}
