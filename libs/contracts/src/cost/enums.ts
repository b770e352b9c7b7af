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

export const NotificationChannelKind = { email: 'email', slack: 'slack', webhook: 'webhook' } as const;
export type NotificationChannelKind = (typeof NotificationChannelKind)[keyof typeof NotificationChannelKind];

/** What a notification rule reacts to. */
export const NotificationEvent = {
  alert_triggered: 'alert_triggered',
  alert_resolved: 'alert_resolved',
  quota_80: 'quota_80',
  quota_100: 'quota_100',
  integration_invalid: 'integration_invalid',
  budget_reached: 'budget_reached',
  daily_summary: 'daily_summary',
  weekly_summary: 'weekly_summary',
} as const;
export type NotificationEvent = (typeof NotificationEvent)[keyof typeof NotificationEvent];

export const DeliveryStatus = { pending: 'pending', sent: 'sent', failed: 'failed' } as const;
export type DeliveryStatus = (typeof DeliveryStatus)[keyof typeof DeliveryStatus];

export const CostAlertKind = {
  daily_spend_above: 'daily_spend_above',
  monthly_forecast_above_budget: 'monthly_forecast_above_budget',
  spike_vs_trailing_mean: 'spike_vs_trailing_mean',
  budget_percent: 'budget_percent',
} as const;
export type CostAlertKind = (typeof CostAlertKind)[keyof typeof CostAlertKind];

export const CostAlertState = { ok: 'ok', triggered: 'triggered', resolved: 'resolved' } as const;
export type CostAlertState = (typeof CostAlertState)[keyof typeof CostAlertState];
