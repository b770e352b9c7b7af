import { Module } from '@nestjs/common';
import { DeliveryClaims } from './delivery/delivery-claims';
import { OutboxController } from './delivery/outbox.controller';
import { OutboxDelivery } from './delivery/outbox-delivery';
import { NotificationsCoreModule } from './notifications-core.module';

/**
 * The cost-worker's side of notifications: the consumer of `notifications.outbox` (an
 * `@EventPattern` controller: the worker's RedisStreamsServer must carry COST_STREAMS, which lists
 * the stream). The worker's root module imports it beside PlatformModule, RedisModule and
 * DataClientModule; its settings (SMTP_URL, CREDENTIALS_ENCRYPTION_KEY, NOTIFY_*) are the config's.
 */
@Module({
  imports: [NotificationsCoreModule],
  controllers: [OutboxController],
  providers: [DeliveryClaims, OutboxDelivery],
  exports: [NotificationsCoreModule],
})
export class NotificationsWorkerModule {}
