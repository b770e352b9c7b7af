import { Module } from '@nestjs/common';
import { AlertSchedule } from './alert-schedule';
import { AlertsCoreModule } from './alerts-core.module';

/** The cost-worker's side of alerts: their evaluation every ALERT_EVALUATION_MS (`alerts.evaluate`). */
@Module({ imports: [AlertsCoreModule], providers: [AlertSchedule] })
export class AlertsWorkerModule {}
