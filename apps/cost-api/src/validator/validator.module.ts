import { Module } from '@nestjs/common';
import { NotificationsCoreModule } from '../notifications/notifications-core.module';
import { ModelPriceRecords } from '../pricing/model-price-records';
import { QuotaModule } from '../quota/quota.module';
import { PipelineConfigCheck } from './pipeline-config';
import { ValidatorController } from './validator.controller';
import { ValidatorService } from './validator.service';

@Module({
  imports: [QuotaModule, NotificationsCoreModule],
  controllers: [ValidatorController],
  providers: [ValidatorService, PipelineConfigCheck, ModelPriceRecords],
})
export class ValidatorModule {}
