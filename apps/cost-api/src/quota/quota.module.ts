import { Module } from '@nestjs/common';
import { AdmissionStore } from './admission-store';
import { PipelineRecords } from './pipeline-records';
import { QuotaController } from './quota.controller';
import { QuotaService } from './quota.service';

const QUOTA = [AdmissionStore, PipelineRecords, QuotaService];

/** Quota figures and the admission store behind them (the validator, organizations and admin use them). */
@Module({ controllers: [QuotaController], providers: QUOTA, exports: QUOTA })
export class QuotaModule {}
