import { Module } from '@nestjs/common';
import { CostsModule } from '../costs/costs.module';
import { PricingModule } from '../pricing/pricing.module';
import { GenAiPricingController } from './genai-pricing.controller';
import { GenAiPricingService } from './genai-pricing.service';
import { GenAiUsageService } from './genai-usage.service';
import { GenAiController } from './genai.controller';

/** /api/v1/genai/{org}/…: usage and costs of the organization's model calls, and its price overrides. */
@Module({
  imports: [CostsModule, PricingModule],
  controllers: [GenAiController, GenAiPricingController],
  providers: [GenAiUsageService, GenAiPricingService],
})
export class GenAiModule {}
