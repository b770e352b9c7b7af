import { Module } from '@nestjs/common';
import { HierarchyModule } from '../hierarchy/hierarchy.module';
import { CostCacheGenerations } from './cache-generation';
import { CostCacheInterceptor } from './cost-cache.interceptor';
import { CostCacheService } from './cost-cache.service';
import { CostCacheStore } from './cost-cache.store';
import { CostScopes } from './cost-scope';
import { CostsController } from './costs.controller';
import { CostsService } from './costs.service';
import { SpendSums } from './spend-sums';

const SHARED = [SpendSums, CostScopes, CostCacheStore, CostCacheInterceptor];

/** /api/v1/costs/{org}/…: the organization's spend read back — totals, summaries, trends — and their cache. */
@Module({
  imports: [HierarchyModule],
  controllers: [CostsController],
  providers: [...SHARED, CostsService, CostCacheService, CostCacheGenerations],
  exports: SHARED,
})
export class CostsModule {}
