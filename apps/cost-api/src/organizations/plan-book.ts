import { Inject, Injectable } from '@nestjs/common';
import { PLAN_LIMITS, type PlanDto, type PlanLimitsDto } from '@slipway/contracts';
import { DataApiClient, type Schemas } from '@slipway/data-client';
import { Money } from '@slipway/pricing';
import { APP_CONFIG } from '@slipway/platform';
import { TtlCache } from '../access/ttl-cache';
import type { CostSharedConfig } from '../config';
import type { Organization } from './org-directory';

export type Plan = Schemas['OrgPlanRecordDto'];

/** The plan an organization is on at `at`: the pending one once its date has come. */
export const planNameAt = (org: Organization, at: Date): string =>
  org.pending_plan && org.pending_plan_from && Date.parse(org.pending_plan_from) <= at.getTime()
    ? org.pending_plan
    : org.plan;

/** A plan's limits with an organization's own overrides laid over them. */
export const limitsOf = (plan: Plan, overrides: Record<string, number>): PlanLimitsDto => {
  const limits = {} as PlanLimitsDto;
  for (const name of PLAN_LIMITS) limits[name] = overrides[name] ?? plan[name];
  return limits;
};

/** The plans data-api keeps (org_plans), believed for ORG_CACHE_TTL_MS. */
@Injectable()
export class PlanBook {
  private readonly plans: TtlCache<Plan | null>;

  constructor(
    private readonly data: DataApiClient,
    @Inject(APP_CONFIG) config: CostSharedConfig,
  ) {
    this.plans = new TtlCache(config.ORG_CACHE_TTL_MS);
  }

  byName(name: string): Promise<Plan | null> {
    return this.plans.get(name, async () => {
      const { data } = await this.data.get('/api/org_plans', { params: { query: { name, limit: 1 } } });
      return data.items[0] ?? null;
    });
  }

  /** The limits in force for `org` at `at`; a plan that vanished allows nothing. */
  async limitsAt(org: Organization, at: Date): Promise<PlanLimitsDto> {
    const plan = await this.byName(planNameAt(org, at));
    if (!plan)
      return { daily_pipelines: 0, monthly_pipelines: 0, concurrent_pipelines: 0, providers: 0, seats: 0 };
    return limitsOf(plan, org.limit_overrides);
  }

  /** Every plan, cheapest first. */
  async all(): Promise<PlanDto[]> {
    const { data } = await this.data.get('/api/org_plans', {
      params: { query: { limit: 100, sort: 'name' } },
    });
    return data.items
      .map((plan) => ({
        name: plan.name,
        label: plan.label,
        price_monthly: plan.price_monthly,
        currency: plan.currency,
        ...limitsOf(plan, {}),
      }))
      .sort((a, b) => new Money(a.price_monthly).comparedTo(b.price_monthly) || a.name.localeCompare(b.name));
  }

  forget(name: string): void {
    this.plans.delete(name);
  }
}
