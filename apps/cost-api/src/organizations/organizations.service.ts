import { Injectable } from '@nestjs/common';
import type {
  ChangeSubscriptionDto,
  OnboardedOrganizationDto,
  OnboardOrganizationDto,
  OrganizationDto,
  SubscriptionDto,
  UpdateLocaleDto,
} from '@slipway/contracts';
import { DataApiClient } from '@slipway/data-client';
import { principalOf } from '@slipway/identity';
import { ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { DEFAULT_PLAN } from '../admin/shipped-plans';
import { AuditLog } from '../audit/audit-log';
import { QuotaService } from '../quota/quota.service';
import { ApiKeysService } from './api-keys.service';
import { OrgDirectory, type Organization } from './org-directory';
import { auditedOrg, toOrganizationDto } from './org-mapping';
import { limitsOf, PlanBook, type Plan } from './plan-book';

/** Slugs that name routes where an organization's slug would stand (`/api/v1/integrations/providers`). */
const RESERVED_SLUGS = new Set(['providers', 'onboard', 'plans', 'admin']);

/**
 * Organizations: onboarded once with their first key, their locale, and the plan they are on —
 * changed at once or from a date, never to one their current usage already exceeds.
 */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly data: DataApiClient,
    private readonly directory: OrgDirectory,
    private readonly plans: PlanBook,
    private readonly keys: ApiKeysService,
    private readonly quota: QuotaService,
    private readonly audit: AuditLog,
  ) {}

  async onboard(request: FastifyRequest, dto: OnboardOrganizationDto): Promise<OnboardedOrganizationDto> {
    const principal = principalOf(request);
    if (principal.kind === 'org_key')
      throw new ProblemException('forbidden', 'An organization’s key cannot onboard another organization');
    if (RESERVED_SLUGS.has(dto.slug))
      throw ProblemException.validation([{ field: 'slug', message: `${dto.slug} is reserved` }]);
    const planName = dto.plan ?? DEFAULT_PLAN;
    await this.plan(planName);
    const { data: org } = await this.data.post('/api/organizations', {
      body: {
        slug: dto.slug,
        name: dto.name,
        currency: dto.currency,
        timezone: dto.timezone,
        country: dto.country,
        fiscal_year_start: dto.fiscal_year_start ?? 1,
        plan: planName,
      },
    });
    try {
      if (principal.kind === 'user')
        await this.data.post('/api/org_members', {
          body: { org_id: org.id, user_id: principal.id, role: 'owner' },
        });
      request.orgRole = 'owner';
      const apiKey = await this.keys.create(request, org, { name: 'default', role: 'owner' });
      await this.audit.record(request, org.id, {
        action: 'organization.onboard',
        target_type: 'organization',
        target_id: org.id,
        after: auditedOrg(org),
      });
      return { organization: await this.toDto(org), api_key: apiKey };
    } catch (error) {
      // Nothing half-made stays: the slug is free again for a retry.
      await this.data
        .delete('/api/organizations/{id}', { params: { path: { id: org.id } } })
        .catch(() => undefined);
      throw error;
    }
  }

  toDto(org: Organization): Promise<OrganizationDto> {
    return this.plans.limitsAt(org, new Date()).then((limits) => toOrganizationDto(org, limits));
  }

  async updateLocale(
    request: FastifyRequest,
    org: Organization,
    dto: UpdateLocaleDto,
  ): Promise<OrganizationDto> {
    const changed = await this.patch(org, { ...dto });
    // The quota windows follow the timezone: the new day and month count what was admitted in them.
    if (changed.timezone !== org.timezone) await this.quota.repair(changed);
    await this.audit.record(request, org.id, {
      action: 'organization.update_locale',
      target_type: 'organization',
      target_id: org.id,
      before: auditedOrg(org),
      after: auditedOrg(changed),
    });
    return this.toDto(changed);
  }

  async subscription(org: Organization): Promise<SubscriptionDto> {
    return {
      plan: org.plan,
      limits: await this.plans.limitsAt(org, new Date()),
      pending_plan: org.pending_plan,
      pending_plan_from: org.pending_plan_from,
    };
  }

  /**
   * Moves to another plan: at once (no date, or a past one) after checking that nothing in use
   * exceeds the new limits — the refusal lists each figure — or from a future date, which takes over
   * by itself then (it is not checked against the usage of that day).
   */
  async changeSubscription(
    request: FastifyRequest,
    org: Organization,
    dto: ChangeSubscriptionDto,
  ): Promise<SubscriptionDto> {
    const plan = await this.plan(dto.plan);
    const from = dto.effective_date ? new Date(dto.effective_date) : new Date();
    const now = from.getTime() <= Date.now();
    if (now) await this.assertFits(org, plan);
    const changed = await this.patch(
      org,
      now
        ? { plan: plan.name, pending_plan: null, pending_plan_from: null }
        : { pending_plan: plan.name, pending_plan_from: from.toISOString() },
    );
    await this.audit.record(request, org.id, {
      action: 'organization.change_subscription',
      target_type: 'organization',
      target_id: org.id,
      before: auditedOrg(org),
      after: auditedOrg(changed),
    });
    return this.subscription(changed);
  }

  private async assertFits(org: Organization, plan: Plan): Promise<void> {
    const limits = limitsOf(plan, org.limit_overrides);
    const usage = await this.quota.usage(org);
    const over = usage.quotas
      .filter((q) => q.used > limits[q.name])
      .map((q) => ({ field: q.name, message: `uses ${q.used}, ${plan.name} allows ${limits[q.name]}` }));
    if (over.length)
      throw new ProblemException('conflict', `${org.slug} uses more than ${plan.name} allows`, over);
  }

  private async plan(name: string): Promise<Plan> {
    const plan = await this.plans.byName(name);
    if (!plan) throw ProblemException.validation([{ field: 'plan', message: `No plan ${name}` }]);
    return plan;
  }

  private async patch(org: Organization, body: Record<string, unknown>): Promise<Organization> {
    const { data } = await this.data.patch('/api/organizations/{id}', {
      params: { path: { id: org.id } },
      headers: { 'if-match': `"${org.version}"` },
      body,
    });
    this.directory.forgetOrg(org.slug);
    return data;
  }
}
