import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import { priceInForce } from '@slipway/pricing';
import { TtlCache } from '../access/ttl-cache';
import type { CostApiConfig } from '../config';
import { ModelPriceRecords, type PriceRecord } from '../pricing/model-price-records';
import type { HeldPrice } from './budget.types';

const held = (row: PriceRecord): HeldPrice => ({
  id: row.id,
  input_per_1m: row.input_per_1m,
  output_per_1m: row.output_per_1m,
  cached_input_per_1m: row.cached_input_per_1m,
  per_request: row.per_request,
});

/**
 * The price a model call is charged at: the organization's own in force at that instant, else the
 * global one (the ledger's rule), or null when neither is. A provider's and model's rows are
 * believed for ORG_CACHE_TTL_MS; which one is in force is decided at each call.
 */
@Injectable()
export class CallPrices {
  private readonly rows: TtlCache<PriceRecord[]>;

  constructor(
    private readonly records: ModelPriceRecords,
    @Inject(APP_CONFIG) config: CostApiConfig,
  ) {
    this.rows = new TtlCache(config.ORG_CACHE_TTL_MS);
  }

  async inForce(orgId: string, provider: string, model: string, at: Date): Promise<HeldPrice | null> {
    const rows = await this.rows.get(JSON.stringify([orgId, provider, model]), () =>
      this.records.forProvider(orgId, provider, model),
    );
    const row = priceInForce(rows, at, orgId);
    return row === null ? null : held(row);
  }
}
