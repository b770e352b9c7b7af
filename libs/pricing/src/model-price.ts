import type { AvailableModelDto } from '@slipway/contracts';

/** USD per 1,000 tokens, as the registry's available_models hold them. */
export type ModelPrice = {
  readonly input_price_per_1k: string;
  readonly output_price_per_1k: string;
  /** Null: cached tokens cost what other input tokens cost. */
  readonly cached_input_price_per_1k: string | null;
};

/** A registered model and its price (an available_models row). */
export type PricedModel = ModelPrice & Pick<AvailableModelDto, 'provider' | 'model_name'>;

/** Where the registry's prices are read (data-api's available_models, through the app's adapter). */
export interface ModelPriceSource {
  /** The row of this provider and model name, if one is registered. */
  exact(provider: string, model: string): Promise<PricedModel | null>;
  /** The oldest active row of this model name, whatever its provider. */
  byName(model: string): Promise<PricedModel | null>;
}

/**
 * The price a call of `model` through `provider` is billed at: the provider's own row, else the
 * model's under any provider (a gateway such as LiteLLM serves other providers' models); null for a
 * model nobody registered.
 */
export async function findModelPrice(
  source: ModelPriceSource,
  provider: string,
  model: string,
): Promise<PricedModel | null> {
  return (await source.exact(provider, model)) ?? (await source.byName(model));
}

/** Prices of one provider's models, each looked up once (for one answer that prices many phases). */
export class PriceBook {
  private readonly prices = new Map<string, Promise<PricedModel | null>>();

  constructor(
    private readonly source: ModelPriceSource,
    private readonly provider: string,
  ) {}

  price(model: string): Promise<PricedModel | null> {
    let price = this.prices.get(model);
    if (price === undefined) {
      price = findModelPrice(this.source, this.provider, model);
      this.prices.set(model, price);
    }
    return price;
  }
}
