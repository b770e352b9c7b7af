import catalogue from './catalogue.json';

/** The price fields of a model_prices row, exact decimal strings per 1,000,000 tokens (per_request: per call). */
export interface PriceAmounts {
  readonly input_per_1m: string;
  readonly output_per_1m: string;
  readonly cached_input_per_1m: string | null;
  readonly cache_write_per_1m: string | null;
  readonly reasoning_per_1m: string | null;
  readonly per_request: string | null;
}

export const PRICE_AMOUNT_FIELDS = [
  'input_per_1m',
  'output_per_1m',
  'cached_input_per_1m',
  'cache_write_per_1m',
  'reasoning_per_1m',
  'per_request',
] as const satisfies readonly (keyof PriceAmounts)[];

/** One version of a global price as the catalogue ships it: a model_prices row to be (source catalogue). */
export interface ShippedPrice extends PriceAmounts {
  readonly provider: string;
  readonly model: string;
  readonly currency: 'USD';
  readonly valid_from: string;
  /** The next shipped version's valid_from; null for the current one. */
  readonly valid_to: string | null;
  readonly source: 'catalogue';
  /** Where and when the price was read, and any tier it applies to. */
  readonly note: string;
}

interface CatalogueModel {
  model: string;
  valid_from: string;
  input: string;
  output: string;
  cached_input?: string;
  cache_write?: string;
  note?: string;
}
interface CatalogueProvider {
  provider: string;
  source_url: string;
  source_date: string;
  models: CatalogueModel[];
}

/** A catalogue date (YYYY-MM-DD) as the instant its price takes effect: midnight UTC. */
const startOf = (date: string): string => new Date(`${date}T00:00:00.000Z`).toISOString();

function versions(entry: CatalogueProvider): ShippedPrice[] {
  const ordered = [...entry.models].sort(
    (a, b) => a.model.localeCompare(b.model) || a.valid_from.localeCompare(b.valid_from),
  );
  return ordered.map((model, index) => {
    const next = ordered[index + 1];
    const note = `List price from ${entry.source_url}, read ${entry.source_date}.`;
    return {
      provider: entry.provider,
      model: model.model,
      input_per_1m: model.input,
      output_per_1m: model.output,
      cached_input_per_1m: model.cached_input ?? null,
      cache_write_per_1m: model.cache_write ?? null,
      reasoning_per_1m: null,
      per_request: null,
      currency: 'USD',
      valid_from: startOf(model.valid_from),
      valid_to: next?.model === model.model ? startOf(next.valid_from) : null,
      source: 'catalogue',
      note: model.note === undefined ? note : `${note} ${model.note}`,
    };
  });
}

/**
 * The global prices Slipway ships (catalogue.json: public list prices, dated), every version of every
 * model, each in force until the next version of the same model. Admin bootstrap and sync load them
 * through `PriceCatalogue.sync`, which never touches an organization's own prices.
 */
export function shippedPrices(): ShippedPrice[] {
  return (catalogue.providers as CatalogueProvider[]).flatMap(versions);
}
