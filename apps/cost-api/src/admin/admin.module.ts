import { Module } from '@nestjs/common';
import { PricingModule } from '../pricing/pricing.module';
import { CostJobsModule } from '../schedules/cost-jobs.module';
import { AdminController } from './admin.controller';
import { AdminService } from './admin.service';
import { QuotaJobsModule } from './quota-jobs.module';
import { RecomputeRequests } from './recompute-requests';
import { ShippedDefaults } from './shipped-defaults';

@Module({
  imports: [QuotaJobsModule, PricingModule, CostJobsModule],
  controllers: [AdminController],
  providers: [AdminService, ShippedDefaults, RecomputeRequests],
})
export class AdminModule {}
