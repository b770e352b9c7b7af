import { Module } from '@nestjs/common';
import { AlertSchedule } from './alert-schedule';
import { AlertTrigger } from './alert-trigger';
import { AlertsCoreModule } from './alerts-core.module';

/**
 * The cost-worker's side of alerts: their evaluation every ALERT_EVALUATION_MS (`alerts.evaluate`)
 * and, ALERT_DEBOUNCE_MS after the ledger writer stored an organization's rows, of that one's
 * (AlertTrigger, told by CostCoreModule's LedgerWrites).
 */
@Module({ imports: [AlertsCoreModule], providers: [AlertSchedule, AlertTrigger] })
export class AlertsWorkerModule {}
