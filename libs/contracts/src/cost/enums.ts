/** The values of the cost domain's enumerated columns (data-api's PostgreSQL enums carry the same names). */

export const OrgStatus = { active: 'active', suspended: 'suspended' } as const;
export type OrgStatus = (typeof OrgStatus)[keyof typeof OrgStatus];

/** A member's or key's role in an organization, strongest first. */
export const OrgMemberRole = { owner: 'owner', admin: 'admin', member: 'member', viewer: 'viewer' } as const;
export type OrgMemberRole = (typeof OrgMemberRole)[keyof typeof OrgMemberRole];

/** Who wrote an audit record. */
export const AuditActorType = { user: 'user', api_key: 'api_key', root: 'root', service: 'service' } as const;
export type AuditActorType = (typeof AuditActorType)[keyof typeof AuditActorType];

export const IntegrationStatus = { pending: 'pending', valid: 'valid', invalid: 'invalid' } as const;
export type IntegrationStatus = (typeof IntegrationStatus)[keyof typeof IntegrationStatus];

/** Where a model price comes from: the shipped catalogue or an organization's own. */
export const PriceSource = { catalogue: 'catalogue', custom: 'custom' } as const;
export type PriceSource = (typeof PriceSource)[keyof typeof PriceSource];

export const PricingModel = { per_seat: 'per_seat', flat: 'flat' } as const;
export type PricingModel = (typeof PricingModel)[keyof typeof PricingModel];

export const BillingPeriod = { monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly' } as const;
export type BillingPeriod = (typeof BillingPeriod)[keyof typeof BillingPeriod];

export const SubscriptionStatus = { active: 'active', cancelled: 'cancelled', expired: 'expired' } as const;
export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];

export const BudgetEnforcement = { hard: 'hard', soft: 'soft' } as const;
export type BudgetEnforcement = (typeof BudgetEnforcement)[keyof typeof BudgetEnforcement];

/** What a quota-counted pipeline is: an orchestrator run or a CI job. */
export const PipelineKind = { run: 'run', ci_job: 'ci_job' } as const;
export type PipelineKind = (typeof PipelineKind)[keyof typeof PipelineKind];

export const PipelineStatus = {
  admitted: 'admitted',
  succeeded: 'succeeded',
  failed: 'failed',
  cancelled: 'cancelled',
  expired: 'expired',
} as const;
export type PipelineStatus = (typeof PipelineStatus)[keyof typeof PipelineStatus];

/** The limits a plan sets, which an organization's `limit_overrides` may raise or lower. */
export const PLAN_LIMITS = [
  'daily_pipelines',
  'monthly_pipelines',
  'concurrent_pipelines',
  'providers',
  'seats',
] as const;
export type PlanLimit = (typeof PLAN_LIMITS)[number];

/** What a spend ledger row prices: a run's or the planner's model call, CI runner time, a SaaS day, or a correction. */
export const SpendSource = {
  run: 'run',
  planner: 'planner',
  ci: 'ci',
  saas: 'saas',
  adjustment: 'adjustment',
} as const;
export type SpendSource = (typeof SpendSource)[keyof typeof SpendSource];
