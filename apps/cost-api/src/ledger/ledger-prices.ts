import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { priceInForce } from '@slipway/pricing';
import { TtlCache } from '../access/ttl-cache';
import type { CostWorkerConfig } from '../config';
import { ModelPriceRecords, type PriceRecord } from '../pricing/model-price-records';

/**
 * The model_prices rows that price an organization's calls of one provider's model (the global
 * ones and the organization's own, every period), believed for PRICE_CACHE_TTL_MS; the row in force
 * at a call's instant is then chosen without asking data-api (priceInForce: the org's override,
 * else the global row).
 */
@Injectable()
export class LedgerPrices {
  private readonly rows: TtlCache<PriceRecord[]>;

  constructor(
    private readonly records: ModelPriceRecords,
    @Inject(APP_CONFIG) config: CostWorkerConfig,
  ) {
    this.rows = new TtlCache(config.PRICE_CACHE_TTL_MS);
  }

  async inForce(orgId: string, provider: string, model: string, at: Date): Promise<PriceRecord | null> {
    const rows = await this.rows.get(`${orgId}\u0000${provider}\u0000${model}`, () =>
      this.records.forProvider(orgId, provider, model),
    );
    return priceInForce(rows, at, orgId);
  }
}
