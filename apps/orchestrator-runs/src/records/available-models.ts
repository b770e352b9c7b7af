import { Inject, Injectable } from '@nestjs/common';
import { DataApiClient } from '@slipway/data-client';
import type { ModelPriceSource, PricedModel } from '@slipway/pricing';

/** The registry's model prices, as libs/pricing reads them: data-api's available_models. */
@Injectable()
export class AvailableModels implements ModelPriceSource {
  constructor(@Inject(DataApiClient) private readonly dataApi: DataApiClient) {}

  async exact(provider: string, model: string): Promise<PricedModel | null> {
    const { data } = await this.dataApi.get('/api/available_models', {
      params: { query: { provider, model_name: model, limit: 1 } },
    });
    return data.items[0] ?? null;
  }

  async byName(model: string): Promise<PricedModel | null> {
    const { data } = await this.dataApi.get('/api/available_models', {
      params: { query: { model_name: model, is_active: true, limit: 1, sort: 'created_at' } },
    });
    return data.items[0] ?? null;
  }
}
