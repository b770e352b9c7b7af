import { Injectable } from '@nestjs/common';
import type {
  CreateSubscriptionPlanDto,
  SubscriptionPlanDto,
  SubscriptionPlanListQueryDto,
  SubscriptionPlanPageDto,
  SubscriptionProviderListDto,
  UpdateSubscriptionPlanDto,
} from '@slipway/contracts';
import { ProblemException, Clock } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { AuditLog } from '../audit/audit-log';
import { checkIfMatch } from '../hierarchy/hierarchy-http';
import type { Organization } from '../organizations/org-directory';
import { pageOf } from '../pricing/list-pages';
import { OrgCalendar } from '../quota/org-calendar';
import { toSubscriptionPlanDto } from './subscription-mapper';
import { SubscriptionRecords, type SubscriptionRecord } from './subscription-records';
import { assertCoherent, monthlyCostByCurrency, statusOn } from './subscription-rules';

/** The fields a body gives (a validated DTO also carries the ones left out, as undefined). */
const given = <T extends object>(body: T): Partial<T> =>
  Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<T>;

/** The SaaS plans an organization pays its providers for (part 2 amortizes them into the ledger). */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly records: SubscriptionRecords,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async list(
    org: Organization,
    provider: string,
    query: SubscriptionPlanListQueryDto,
  ): Promise<SubscriptionPlanPageDto> {
    const today = this.today(org);
    const plans = (await this.records.list(org.id, provider, query.include_deleted === true))
      .map((row) => toSubscriptionPlanDto(row, today))
      .filter((plan) => query.status === undefined || query.status.includes(plan.status));
    return pageOf(plans, query);
  }

  /** Every provider the organization has plans with: how many, how many active, and their monthly cost. */
  async providers(org: Organization): Promise<SubscriptionProviderListDto> {
    const today = this.today(org);
    const byProvider = new Map<string, SubscriptionRecord[]>();
    for (const row of await this.records.list(org.id)) {
      byProvider.set(row.provider, [...(byProvider.get(row.provider) ?? []), row]);
    }
    const items = [...byProvider.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([provider, rows]) => {
        const active = rows.filter((row) => statusOn(row, today) === 'active');
        return {
          provider,
          subscriptions: rows.length,
          active_subscriptions: active.length,
          monthly_cost: monthlyCostByCurrency(active),
        };
      });
    return { items, next_cursor: null };
  }

  async get(org: Organization, provider: string, id: string): Promise<SubscriptionPlanDto> {
    return toSubscriptionPlanDto(await this.visible(org, provider, id), this.today(org));
  }

  async create(
    request: FastifyRequest,
    org: Organization,
    provider: string,
    body: CreateSubscriptionPlanDto,
  ): Promise<SubscriptionPlanDto> {
    const plan = {
      ...body,
      org_id: org.id,
      provider,
      currency: body.currency ?? org.currency,
      seats: body.seats ?? null,
      end_date: body.end_date ?? null,
      status: 'active' as const,
    };
    assertCoherent(plan);
    const created = await this.records.create(plan);
    await this.audit.record(request, org.id, {
      action: 'subscription_plan.create',
      target_type: 'saas_subscription',
      target_id: created.id,
      after: created,
    });
    return toSubscriptionPlanDto(created, this.today(org));
  }

  async update(
    request: FastifyRequest,
    org: Organization,
    provider: string,
    id: string,
    body: UpdateSubscriptionPlanDto,
    ifMatch: string | undefined,
  ): Promise<SubscriptionPlanDto> {
    const row = this.matching(await this.visible(org, provider, id), ifMatch);
    assertCoherent({ ...row, ...given(body) });
    const updated = await this.records.update(row, body);
    await this.audit.record(request, org.id, {
      action: 'subscription_plan.update',
      target_type: 'saas_subscription',
      target_id: row.id,
      before: row,
      after: updated,
    });
    return toSubscriptionPlanDto(updated, this.today(org));
  }

  async remove(
    request: FastifyRequest,
    org: Organization,
    provider: string,
    id: string,
    ifMatch: string | undefined,
  ): Promise<void> {
    const row = this.matching(await this.visible(org, provider, id), ifMatch);
    await this.records.remove(row);
    await this.audit.record(request, org.id, {
      action: 'subscription_plan.delete',
      target_type: 'saas_subscription',
      target_id: row.id,
      before: row,
    });
  }

  /** The organization's plan of this provider (not deleted); 404 for anything else. */
  private async visible(org: Organization, provider: string, id: string): Promise<SubscriptionRecord> {
    const row = await this.records.get(id);
    if (row.org_id !== org.id || row.provider !== provider)
      throw ProblemException.notFound(`Subscription plan ${id}`);
    return row;
  }

  private matching(row: SubscriptionRecord, ifMatch: string | undefined): SubscriptionRecord {
    checkIfMatch(ifMatch, row.version);
    return row;
  }

  private today(org: Organization): string {
    return new OrgCalendar(org.timezone).day(this.clock.now());
  }
}
