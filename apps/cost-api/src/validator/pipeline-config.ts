import { Injectable } from '@nestjs/common';
import type { ValidatePipelineDto } from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { priceInForce } from '@slipway/pricing';
import { ProblemException } from '@slipway/platform';
import type { Organization } from '../organizations/org-directory';
import { ModelPriceRecords } from '../pricing/model-price-records';

/**
 * What a pipeline's configuration must satisfy before it may start: a provider the organization
 * set up is validated (one it never set up runs on the suite's own credential), and every model it
 * will call has a price in force now — so its spend can never be counted as 0.
 */
@Injectable()
export class PipelineConfigCheck {
  constructor(
    private readonly data: DataApiClient,
    private readonly prices: ModelPriceRecords,
  ) {}

  /** Whose credential the provider will be called with; throws the first configuration problem. */
  async check(org: Organization, dto: ValidatePipelineDto, at: Date): Promise<'org' | 'suite'> {
    if (!dto.provider) return 'suite';
    const provider = dto.provider;
    const [credential] = await Promise.all([
      this.credentialOf(org, provider),
      ...(dto.models ?? []).map((model) => this.assertPriced(org, provider, model, at)),
    ]);
    return credential;
  }

  private async credentialOf(org: Organization, provider: string): Promise<'org' | 'suite'> {
    const { data } = await this.data.get('/api/org_integrations', {
      params: { query: { org_id: org.id, provider, limit: 1 } },
    });
    const integration = data.items[0];
    if (!integration) return 'suite';
    if (integration.status !== 'valid')
      throw new ProblemException(
        'integration_invalid',
        `${org.slug}’s ${provider} integration is ${integration.status}${integration.status_reason ? `: ${integration.status_reason}` : ''}`,
        [{ field: 'provider', message: `validate the ${provider} integration first` }],
      );
    return 'org';
  }

  private async assertPriced(org: Organization, provider: string, model: string, at: Date): Promise<void> {
    const rows = await this.prices.forProvider(org.id, provider, model);
    if (!priceInForce(rows, at, org.id))
      throw new ProblemException('model_unpriced', `No price of ${provider}/${model} is in force`, [
        { field: 'models', message: `${model} has no price for ${provider}` },
      ]);
  }
}
