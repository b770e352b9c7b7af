import { Module } from '@nestjs/common';
import { OpenAiSubscriptionsController } from './openai-subscriptions.controller';
import { SubscriptionRecords } from './subscription-records';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

/** SaaS subscriptions of an organization, and the legacy OpenAI subscriptions route over them. */
@Module({
  controllers: [OpenAiSubscriptionsController, SubscriptionsController],
  providers: [SubscriptionRecords, SubscriptionsService],
  exports: [SubscriptionsService],
})
export class SubscriptionsModule {}
