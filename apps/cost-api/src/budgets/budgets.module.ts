import { Module } from '@nestjs/common';
import { SpendSums } from '../costs/spend-sums';
import { HierarchyRecords } from '../hierarchy/hierarchy-records';
import { NotificationsCoreModule } from '../notifications/notifications-core.module';
import { ModelPriceRecords } from '../pricing/model-price-records';
import { AdminBudgetsController } from './admin-budgets.controller';
import { BudgetBook } from './budget-book';
import { BudgetCoreModule } from './budget-core.module';
import { BudgetMetrics } from './budget-metrics';
import { BudgetNotifications } from './budget-notifications';
import { BudgetReservations } from './budget-reservations.service';
import { BudgetSeeds } from './budget-seeds';
import { BudgetsController } from './budgets.controller';
import { CallPrices } from './call-prices';
import { OrgBudgets } from './org-budgets.service';
import { OrgBudgetsController } from './org-budgets.controller';

/**
 * Budgets of hierarchy nodes enforced by reservations: /api/v1/budgets/{reserve,settle,release}/{org}
 * for the suite's services, /api/v1/organizations/{org}/budgets for people,
 * /api/v1/admin/budgets/{org}/rebuild for the operator, and the job that ends abandoned
 * reservations (BudgetCoreModule; the cost-worker schedules it). Soft budgets reached are told through the Notifier.
 */
@Module({
  imports: [BudgetCoreModule, NotificationsCoreModule],
  controllers: [BudgetsController, OrgBudgetsController, AdminBudgetsController],
  providers: [
    BudgetBook,
    BudgetSeeds,
    HierarchyRecords,
    ModelPriceRecords,
    SpendSums,
    CallPrices,
    BudgetMetrics,
    BudgetNotifications,
    BudgetReservations,
    OrgBudgets,
  ],
})
export class BudgetsModule {}
