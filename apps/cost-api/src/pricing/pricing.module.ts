import { Module } from '@nestjs/common';
import { ModelPriceRecords } from './model-price-records';
import { ModelRegistry } from './model-registry';
import { OpenAiLegacyController } from './openai-legacy.controller';
import { PriceCatalogue } from './price-catalogue';
import { PriceVersions } from './price-versions';
import { PricingController } from './pricing.controller';
import { PricingService } from './pricing.service';

/** GenAI pricing, the legacy OpenAI data routes over it, and the shipped catalogue for admin bootstrap. */
@Module({
  controllers: [OpenAiLegacyController, PricingController],
  providers: [ModelPriceRecords, ModelRegistry, PriceVersions, PricingService, PriceCatalogue],
  exports: [PriceCatalogue, PricingService, ModelPriceRecords],
})
export class PricingModule {}
