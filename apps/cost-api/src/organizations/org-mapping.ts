import type { OrgApiKeyDto, MemberDto, OrganizationDto, PlanLimitsDto } from '@slipway/contracts';
import type { Schemas } from '@slipway/data-client';
import type { Organization } from './org-directory';

export const toOrganizationDto = (org: Organization, limits: PlanLimitsDto): OrganizationDto => ({
  id: org.id,
  slug: org.slug,
  name: org.name,
  locale: {
    currency: org.currency,
    timezone: org.timezone,
    country: org.country,
    fiscal_year_start: org.fiscal_year_start,
  },
  plan: org.plan,
  pending_plan: org.pending_plan,
  pending_plan_from: org.pending_plan_from,
  limits,
  status: org.status,
  hierarchy_levels: org.hierarchy_levels,
  version: org.version,
  created_at: org.created_at,
});

export const toApiKeyDto = (key: Schemas['OrgApiKeyRecordDto']): OrgApiKeyDto => ({
  id: key.id,
  name: key.name,
  prefix: key.key_prefix,
  role: key.role,
  expires_at: key.expires_at,
  revoked_at: key.revoked_at,
  created_at: key.created_at,
});

export const toMemberDto = (member: Schemas['OrgMemberRecordDto']): MemberDto => ({
  user_id: member.user_id,
  role: member.role,
  created_at: member.created_at,
});

/** What the audit log keeps of an organization: everything it shows. */
export const auditedOrg = (org: Organization): Record<string, unknown> => ({
  slug: org.slug,
  name: org.name,
  currency: org.currency,
  timezone: org.timezone,
  country: org.country,
  fiscal_year_start: org.fiscal_year_start,
  plan: org.plan,
  pending_plan: org.pending_plan,
  pending_plan_from: org.pending_plan_from,
});
