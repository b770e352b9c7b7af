import { Global, Module } from '@nestjs/common';
import { CostJobsModule } from './cost-jobs.module';
import { ScheduleMetrics } from './schedule-metrics';
import { ScheduleRunner } from './schedule-runner';
import { WorkerSchedules } from './worker-schedules';

/**
 * The cost-worker's schedules: the registry every feature adds its repeatable jobs to (global, so
 * a feature's worker module needs no import to inject it) and the BullMQ Worker that runs them.
 */
@Global()
@Module({
  imports: [CostJobsModule],
  providers: [WorkerSchedules, ScheduleMetrics, ScheduleRunner],
  exports: [WorkerSchedules],
})
export class WorkerSchedulesModule {}
