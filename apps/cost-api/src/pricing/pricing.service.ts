import { Injectable } from '@nestjs/common';
import type {
  CreateModelPriceDto,
  ModelPriceDto,
  ModelPriceListQueryDto,
  ModelPricePageDto,
  PriceLookupDto,
  PriceLookupQueryDto,
  UpdateModelPriceDto,
} from '@slipway/contracts';
import { ProblemException, Clock } from '@slipway/platform';
import { inForce, priceInForce, pricesInForce } from '@slipway/pricing';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import type { Organization } from '../organizations/org-directory';
import { pageOf } from './list-pages';
import { ModelPriceRecords, type PriceRecord } from './model-price-records';
import { toModelPriceDto, toPriceLookupDto } from './price-mapper';
import { assertChangeAllowed, assertNoOverlap, assertPeriod, assertRemovable } from './price-rules';
import { PriceVersions } from './price-versions';

const byModelThenStart = (a: PriceRecord, b: PriceRecord): number =>
  a.model.localeCompare(b.model) ||
  Number(a.org_id !== null) - Number(b.org_id !== null) ||
  Date.parse(a.valid_from) - Date.parse(b.valid_from);

/**
 * GenAI pricing of one organization and provider: the global catalogue's prices and the
 * organization's own (which win while in force), effective-dated, history kept. The organization's
 * own stay its own: they never reach the shared registry (available_models).
 */
@Injectable()
export class PricingService {
  constructor(
    private readonly records: ModelPriceRecords,
    private readonly versions: PriceVersions,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The prices in force at `at` (now), or every version with `history`, global and the org's, flagged. */
  async list(org: Organization, provider: string, query: ModelPriceListQueryDto): Promise<ModelPricePageDto> {
    const at = query.at === undefined ? this.clock.now() : new Date(query.at);
    const rows = await this.records.forProvider(org.id, provider, query.model);
    const charged = new Set(pricesInForce(rows, at, org.id).map((row) => row.id));
    const shown = rows
      .filter((row) => query.history === true || inForce(row, at))
      .filter(
        (row) => query.scope === undefined || query.scope.includes(row.org_id === null ? 'global' : 'org'),
      )
      .sort(byModelThenStart);
    return pageOf(
      shown.map((row) => toModelPriceDto(row, at, charged)),
      query,
    );
  }

  /** The effective prices now of every model of the provider (the legacy OpenAI routes' list). */
  async effective(org: Organization, provider: string): Promise<ModelPriceDto[]> {
    const now = this.clock.now();
    const rows = (await this.records.forProvider(org.id, provider)).sort(byModelThenStart);
    const charged = pricesInForce(rows, now, org.id);
    const ids = new Set(charged.map((row) => row.id));
    return charged.map((row) => toModelPriceDto(row, now, ids));
  }

  /** The price a call of `model` at `at` (now) would be charged: the org's override in force, else the global row. */
  async lookup(org: Organization, provider: string, query: PriceLookupQueryDto): Promise<PriceLookupDto> {
    const at = query.at === undefined ? this.clock.now() : new Date(query.at);
    const row = priceInForce(await this.records.forProvider(org.id, provider, query.model), at, org.id);
    if (row === null)
      throw ProblemException.notFound(`A price of ${provider}/${query.model} at ${at.toISOString()}`);
    return toPriceLookupDto(row, at);
  }

  async get(org: Organization, provider: string, id: string): Promise<ModelPriceDto> {
    return this.judged(org, await this.versions.visible(org, provider, id), this.clock.now());
  }

  /** An organization's price; `supersede` closes its price of the model in force at the new start there. */
  async create(
    request: FastifyRequest,
    org: Organization,
    provider: string,
    body: CreateModelPriceDto,
    supersede: boolean,
  ): Promise<ModelPriceDto> {
    const now = this.clock.now();
    const period = { valid_from: body.valid_from ?? now.toISOString(), valid_to: body.valid_to ?? null };
    assertPeriod(period);
    const own = await this.versions.own(org, provider, body.model);
    const replaced = supersede ? this.versions.replaced(own, period.valid_from, now) : null;
    assertNoOverlap(own, { model: body.model, ...period }, replaced?.id);
    const created = await this.versions.insert(request, org, replaced, {
      ...body,
      ...period,
      org_id: org.id,
      provider,
      source: 'custom',
    });
    return this.judged(org, created, now);
  }

  async update(
    request: FastifyRequest,
    org: Organization,
    provider: string,
    id: string,
    body: UpdateModelPriceDto,
    ifMatch: string | undefined,
  ): Promise<ModelPriceDto> {
    const now = this.clock.now();
    const row = await this.versions.ownRow(org, provider, id, ifMatch);
    assertChangeAllowed(row, body, now);
    const period = {
      valid_from: body.valid_from ?? row.valid_from,
      valid_to: body.valid_to === undefined ? row.valid_to : body.valid_to,
    };
    assertPeriod(period);
    assertNoOverlap(
      await this.versions.own(org, provider, row.model),
      { model: row.model, ...period },
      row.id,
    );
    const updated = await this.records.update(row, body);
    await this.audit.record(request, org.id, {
      action: 'model_price.update',
      target_type: 'model_price',
      target_id: row.id,
      before: row,
      after: updated,
    });
    return this.judged(org, updated, now);
  }

  async remove(
    request: FastifyRequest,
    org: Organization,
    provider: string,
    id: string,
    ifMatch: string | undefined,
  ): Promise<void> {
    const row = await this.versions.ownRow(org, provider, id, ifMatch);
    assertRemovable(row, this.clock.now());
    await this.records.remove(row);
    await this.audit.record(request, org.id, {
      action: 'model_price.delete',
      target_type: 'model_price',
      target_id: row.id,
      before: row,
    });
  }

  /** The row as answered at `at`: effective when it is the one charged then for its model. */
  private async judged(org: Organization, row: PriceRecord, at: Date): Promise<ModelPriceDto> {
    const charged = priceInForce(await this.records.forProvider(org.id, row.provider, row.model), at, org.id);
    return toModelPriceDto(row, at, new Set(charged === null ? [] : [charged.id]));
  }
}
