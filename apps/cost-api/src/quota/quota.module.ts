import { Module } from '@nestjs/common';
import { AdmissionStore } from './admission-store';
import { PipelineRecords } from './pipeline-records';
import { QuotaController } from './quota.controller';
import { QuotaService } from './quota.service';

const QUOTA = [AdmissionStore, PipelineRecords, QuotaService];

/** The admission store and the quota figures behind it, without routes (the cost-worker's jobs use them too). */
@Module({ providers: QUOTA, exports: QUOTA })
export class QuotaCoreModule {}

/** Quota figures and the admission store behind them (the validator, organizations and admin use them). */
@Module({ imports: [QuotaCoreModule], controllers: [QuotaController], exports: [QuotaCoreModule] })
export class QuotaModule {}
