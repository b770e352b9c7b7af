import { Module } from '@nestjs/common';
import { QuotaModule } from '../quota/quota.module';
import { OrchestratorClient } from './orchestrator-client';
import { PipelineLogsService } from './pipeline-logs.service';
import { PipelinesController } from './pipelines.controller';
import { PipelinesProxyService } from './pipelines-proxy.service';

@Module({
  imports: [QuotaModule],
  controllers: [PipelinesController],
  providers: [PipelineLogsService, PipelinesProxyService, OrchestratorClient],
})
export class PipelinesModule {}
