import { Module } from '@nestjs/common';
import { QuotaCoreModule } from '../quota/quota.module';
import { QuotaWindows } from '../quota/quota-windows';
import { QuotaJobs } from './quota-jobs';

/** The quota jobs over every organization, without routes: the admin routes and the cost-worker's schedules run them. */
@Module({
  imports: [QuotaCoreModule],
  providers: [QuotaJobs, QuotaWindows],
  exports: [QuotaJobs],
})
export class QuotaJobsModule {}
