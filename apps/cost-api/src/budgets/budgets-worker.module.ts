import { Module } from '@nestjs/common';
import { BudgetCoreModule } from './budget-core.module';
import { BudgetSchedule } from './budget-schedule';

/** The cost-worker's side of budgets: abandoned reservations lapsed every BUDGET_SWEEP_MS (`budgets.expire-reservations`). */
@Module({ imports: [BudgetCoreModule], providers: [BudgetSchedule] })
export class BudgetsWorkerModule {}
