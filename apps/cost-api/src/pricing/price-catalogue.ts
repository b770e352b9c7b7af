import { Injectable } from '@nestjs/common';
import { Clock } from '@slipway/platform';
import type { ShippedDefaultsReportDto } from '@slipway/contracts';
import { pricesInForce } from '@slipway/pricing';
import { planCatalogueSync } from './catalogue-sync';
import { ModelPriceRecords } from './model-price-records';
import { ModelRegistry } from './model-registry';
import { shippedPrices } from './shipped-prices';

/**
 * The shipped catalogue applied to the global prices (admin bootstrap and bootstrap/sync: the same
 * idempotent step). Organizations' prices are never read or written. The registry follows: a model
 * not registered gets registered; one whose current global price changed gets that price.
 */
@Injectable()
export class PriceCatalogue {
  constructor(
    private readonly records: ModelPriceRecords,
    private readonly registry: ModelRegistry,
    private readonly clock: Clock,
  ) {}

  /**
   * Bootstrap (`upgrade` false) installs the shipped versions of models without any global price;
   * sync (`upgrade` true) also adds the new versions of priced models, closing the rows they follow.
   * created: rows inserted; updated: rows closed; unchanged: shipped versions already stored (a stored
   * version whose prices differ from the shipped one is kept as history and counted here).
   */
  async install(upgrade: boolean): Promise<ShippedDefaultsReportDto> {
    const stored = await this.records.globals();
    const priced = new Set(stored.map(keyOf));
    const all = shippedPrices();
    const shipped = all.filter((price) => upgrade || !priced.has(keyOf(price)));
    const plan = planCatalogueSync(stored, shipped);
    for (const close of plan.close) await this.records.update(close, { valid_to: close.valid_to });
    for (const price of plan.insert) await this.records.create(price);
    const changed = new Set([...plan.close, ...plan.insert].map(keyOf));
    for (const row of pricesInForce(await this.records.globals(), this.clock.now(), null)) {
      if (changed.has(keyOf(row))) await this.registry.update(row);
      else await this.registry.register(row);
    }
    return {
      created: plan.insert.length,
      updated: plan.close.length,
      unchanged: all.length - shipped.length + plan.unchanged + plan.differing.length,
    };
  }
}

const keyOf = (row: { provider: string; model: string }): string => `${row.provider}/${row.model}`;
