import { Module } from '@nestjs/common';
import { PricingModule } from '../pricing/pricing.module';
import { QuotaModule } from '../quota/quota.module';
import { AdminController } from './admin.controller';
import { AdminService } from './admin.service';
import { QuotaJobs } from './quota-jobs';
import { ShippedDefaults } from './shipped-defaults';

@Module({
  imports: [QuotaModule, PricingModule],
  controllers: [AdminController],
  providers: [AdminService, ShippedDefaults, QuotaJobs],
})
export class AdminModule {}
