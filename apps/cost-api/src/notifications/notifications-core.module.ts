import { Module } from '@nestjs/common';
import { SpendSums } from '../costs/spend-sums';
import { IntegrationCipher } from '../integrations/integration-cipher';
import { ChannelSecrets } from './channels/channel-secrets';
import { NotificationOutbox } from './delivery/notification-outbox';
import { Notifier } from './delivery/notifier';
import { IntegrationNotices } from './notices/integration-notices';
import { QuotaNotices } from './notices/quota-notices';
import { ChannelRecords } from './records/channel-records';
import { DeliveryRecords } from './records/delivery-records';
import { RuleRecords } from './records/rule-records';
import { ChannelSender } from './senders/channel-sender';
import { EmailSender } from './senders/email-sender';
import { HttpPoster } from './senders/http-poster';
import { NotifyTargets } from './senders/notify-targets';
import { Summaries } from './summaries/summaries.service';
import { SummaryBuilder } from './summaries/summary-builder';

const SHARED = [
  ChannelRecords,
  RuleRecords,
  DeliveryRecords,
  ChannelSecrets,
  ChannelSender,
  Notifier,
  QuotaNotices,
  IntegrationNotices,
  Summaries,
  NotifyTargets,
];

/**
 * What cost-api and the cost-worker both hold of notifications: the records, the sealed secrets,
 * the senders, the Notifier that queues notices on notifications.outbox (alerts, quotas and
 * integrations import it to tell), and the digests. Needs the app's PlatformModule, RedisModule,
 * DataClientModule and CostCoreModule.
 */
@Module({
  providers: [
    ...SHARED,
    IntegrationCipher,
    EmailSender,
    HttpPoster,
    NotificationOutbox,
    SummaryBuilder,
    SpendSums,
  ],
  exports: SHARED,
})
export class NotificationsCoreModule {}
