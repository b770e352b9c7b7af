import { Injectable } from '@nestjs/common';
import { DataApiClient, DataApiConflictError, type Schemas } from '@slipway/data-client';
import { AppLogger } from '@slipway/platform';
import { per1kFromPer1m, sameAmount } from '@slipway/pricing';
import type { PriceAmounts } from './shipped-prices';

type RegisteredModel = Schemas['AvailableModelDto'];
export type PricedModelRow = PriceAmounts & { readonly provider: string; readonly model: string };

/** The registry's per-1,000-token prices of a per-1,000,000 row, exactly. */
const registryPrices = (row: PricedModelRow) => ({
  input_price_per_1k: per1kFromPer1m(row.input_per_1m),
  output_price_per_1k: per1kFromPer1m(row.output_per_1m),
  cached_input_price_per_1k:
    row.cached_input_per_1m === null ? null : per1kFromPer1m(row.cached_input_per_1m),
});

type RegistryPrices = ReturnType<typeof registryPrices>;

/** What cached input tokens are billed at: their own price, else the input price (libs/pricing's rule). */
const billedCached = (prices: Pick<RegistryPrices, 'input_price_per_1k' | 'cached_input_price_per_1k'>) =>
  prices.cached_input_price_per_1k ?? prices.input_price_per_1k;

const samePrices = (model: RegisteredModel, prices: RegistryPrices): boolean =>
  sameAmount(model.input_price_per_1k, prices.input_price_per_1k) &&
  sameAmount(model.output_price_per_1k, prices.output_price_per_1k) &&
  sameAmount(billedCached(model), billedCached(prices));

/**
 * data-api's available_models, the shared registry the runs price their calls with, kept in step with
 * the global prices (the catalogue, by bootstrap and sync) only, never an organization's: a globally
 * priced model that is not registered gets registered; a changed current global price updates it. A
 * registry write that fails is logged and left to the next sync: the price itself is already stored.
 */
@Injectable()
export class ModelRegistry {
  private readonly logger: AppLogger;

  constructor(
    private readonly data: DataApiClient,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ context: 'model-registry' });
  }

  /** Registers the model at this price unless the registry has it already. */
  async register(row: PricedModelRow): Promise<void> {
    await this.keep(row, false);
  }

  /** Registers the model, or brings its registered price to this one (the current global price). */
  async update(row: PricedModelRow): Promise<void> {
    await this.keep(row, true);
  }

  private async keep(row: PricedModelRow, update: boolean): Promise<void> {
    const prices = registryPrices(row);
    try {
      const found = await this.find(row);
      if (found === null) await this.create(row, prices);
      else if (update && !samePrices(found, prices)) {
        await this.data.patch('/api/available_models/{id}', {
          params: { path: { id: found.id } },
          headers: { 'if-match': DataApiClient.ifMatch(found.version) },
          body: {
            input_price_per_1k: prices.input_price_per_1k,
            output_price_per_1k: prices.output_price_per_1k,
            cached_input_price_per_1k: billedCached(prices),
          },
        });
      }
    } catch (error) {
      this.logger.warn(
        { err: error, provider: row.provider, model: row.model },
        'available_models not kept in step',
      );
    }
  }

  private async find(row: PricedModelRow): Promise<RegisteredModel | null> {
    const { data } = await this.data.get('/api/available_models', {
      params: { query: { provider: row.provider, model_name: row.model, limit: 1 } },
    });
    return data.items[0] ?? null;
  }

  private async create(row: PricedModelRow, prices: RegistryPrices): Promise<void> {
    try {
      await this.data.post('/api/available_models', {
        body: {
          provider: row.provider,
          model_name: row.model,
          input_price_per_1k: prices.input_price_per_1k,
          output_price_per_1k: prices.output_price_per_1k,
          ...(prices.cached_input_price_per_1k === null
            ? {}
            : { cached_input_price_per_1k: prices.cached_input_price_per_1k }),
        },
      });
    } catch (error) {
      // Registered meanwhile by another request: what it registered stands.
      if (!(error instanceof DataApiConflictError)) throw error;
    }
  }
}
