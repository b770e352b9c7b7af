import { Module } from '@nestjs/common';
import { AlertsWorkerModule } from '../alerts/alerts-worker.module';
import { DeliveryClaims } from './delivery/delivery-claims';
import { OutboxController } from './delivery/outbox.controller';
import { OutboxDelivery } from './delivery/outbox-delivery';
import { NotificationsCoreModule } from './notifications-core.module';
import { SummarySchedule } from './summaries/summary-schedule';

/**
 * The cost-worker's side of notifications: the consumer of `notifications.outbox` (an
 * `@EventPattern` controller: the worker's RedisStreamsServer must carry COST_STREAMS, which lists
 * the stream), the digests' schedule (`notifications.summaries`, in WorkerSchedules) and, through
 * AlertsWorkerModule, the alerts' (`alerts.evaluate`), whose notices it delivers. The
 * worker's root module imports it beside PlatformModule, RedisModule, DataClientModule and
 * WorkerSchedulesModule; its settings (SMTP_URL, CREDENTIALS_ENCRYPTION_KEY, NOTIFY_*) are
 * CostSharedConfig's.
 */
@Module({
  imports: [NotificationsCoreModule, AlertsWorkerModule],
  controllers: [OutboxController],
  providers: [DeliveryClaims, OutboxDelivery, SummarySchedule],
  exports: [NotificationsCoreModule],
})
export class NotificationsWorkerModule {}
