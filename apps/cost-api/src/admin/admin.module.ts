import { Module } from '@nestjs/common';
import { PricingModule } from '../pricing/pricing.module';
import { AdminController } from './admin.controller';
import { AdminService } from './admin.service';
import { QuotaJobsModule } from './quota-jobs.module';
import { ShippedDefaults } from './shipped-defaults';

@Module({
  imports: [QuotaJobsModule, PricingModule],
  controllers: [AdminController],
  providers: [AdminService, ShippedDefaults],
})
export class AdminModule {}
