import { Module } from '@nestjs/common';
import { SpendSums } from '../costs/spend-sums';
import { HierarchyRecords } from '../hierarchy/hierarchy-records';
import { NotificationsCoreModule } from '../notifications/notifications-core.module';
import { AlertEvaluator } from './alert-evaluator';
import { AlertMeasures } from './alert-measures';
import { AlertRecords } from './alert-records';

/** The alerts' records and their evaluation, for the router and the cost-worker's schedule alike. */
@Module({
  imports: [NotificationsCoreModule],
  providers: [AlertRecords, AlertMeasures, AlertEvaluator, HierarchyRecords, SpendSums],
  exports: [AlertRecords, AlertEvaluator, HierarchyRecords, NotificationsCoreModule],
})
export class AlertsCoreModule {}
