import { Module } from '@nestjs/common';
import { AdminAlertsController } from './admin-alerts.controller';
import { AlertsCoreModule } from './alerts-core.module';
import { AlertsController } from './alerts.controller';
import { AlertsService } from './alerts.service';

/** The Cost Alerts router (`/api/v1/{org}/cost-alerts/*`) and `POST /api/v1/admin/alerts/process-all`. */
@Module({
  imports: [AlertsCoreModule],
  controllers: [AlertsController, AdminAlertsController],
  providers: [AlertsService],
})
export class AlertsModule {}
