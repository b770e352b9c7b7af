import { Injectable } from '@nestjs/common';
import type {
  CreateGenAiOverrideDto,
  GenAiOverrideListQueryDto,
  ModelPriceDto,
  ModelPricePageDto,
  UpdateModelPriceDto,
} from '@slipway/contracts';
import { Clock, ProblemException } from '@slipway/platform';
import { inForce, pricesInForce } from '@slipway/pricing';
import type { FastifyRequest } from 'fastify';
import type { Organization } from '../organizations/org-directory';
import { pageOf } from '../pricing/list-pages';
import { ModelPriceRecords, type PriceRecord } from '../pricing/model-price-records';
import { toModelPriceDto } from '../pricing/price-mapper';
import { PricingService } from '../pricing/pricing.service';

const byProviderModelStart = (a: PriceRecord, b: PriceRecord): number =>
  a.provider.localeCompare(b.provider) ||
  a.model.localeCompare(b.model) ||
  Date.parse(a.valid_from) - Date.parse(b.valid_from);

/**
 * The organization's price overrides across providers: read here, written through GenAI pricing
 * (its period rules, supersede, history and audit), so both routes keep one set of prices.
 */
@Injectable()
export class GenAiPricingService {
  constructor(
    private readonly records: ModelPriceRecords,
    private readonly pricing: PricingService,
    private readonly clock: Clock,
  ) {}

  async list(org: Organization, query: GenAiOverrideListQueryDto): Promise<ModelPricePageDto> {
    const at = query.at === undefined ? this.clock.now() : new Date(query.at);
    const rows = await this.records.ofOrg(org.id, { provider: query.provider, model: query.model });
    const charged = new Set(pricesInForce(rows, at, org.id).map((row) => row.id));
    const shown = rows.filter((row) => query.history === true || inForce(row, at)).sort(byProviderModelStart);
    return pageOf(
      shown.map((row) => toModelPriceDto(row, at, charged)),
      query,
    );
  }

  create(
    request: FastifyRequest,
    org: Organization,
    body: CreateGenAiOverrideDto,
    supersede: boolean,
  ): Promise<ModelPriceDto> {
    const { provider, ...price } = body;
    return this.pricing.create(request, org, provider, price, supersede);
  }

  async update(
    request: FastifyRequest,
    org: Organization,
    id: string,
    body: UpdateModelPriceDto,
    ifMatch: string | undefined,
  ): Promise<ModelPriceDto> {
    return this.pricing.update(request, org, await this.providerOf(org, id), id, body, ifMatch);
  }

  async remove(
    request: FastifyRequest,
    org: Organization,
    id: string,
    ifMatch: string | undefined,
  ): Promise<void> {
    await this.pricing.remove(request, org, await this.providerOf(org, id), id, ifMatch);
  }

  /** The provider of a price the organization may see (a global row is refused by the pricing rules). */
  private async providerOf(org: Organization, id: string): Promise<string> {
    const row = await this.records.get(id);
    if (row.org_id !== null && row.org_id !== org.id) throw ProblemException.notFound(`Price ${id}`);
    return row.provider;
  }
}
