import {
  CreateOrgAuditLogRecordDto,
  CreateOrganizationRecordDto,
  CreateOrgPlanRecordDto,
  ORG_AUDIT_LOG_RECORD_SORT,
  ORG_PLAN_RECORD_SORT,
  ORGANIZATION_RECORD_SORT,
  OrgAuditLogRecordDto,
  OrgAuditLogRecordListQueryDto,
  OrganizationRecordDto,
  OrganizationRecordListQueryDto,
  OrgPlanRecordDto,
  OrgPlanRecordListQueryDto,
  UpdateOrgAuditLogRecordDto,
  UpdateOrganizationRecordDto,
  UpdateOrgPlanRecordDto,
} from '@slipway/contracts';
import type { OrgAuditLogRow, OrganizationRow, OrgPlanRow } from '../database/entities';
import { decimal, eq, isoOrNull, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';

/** The cost service's organizations: locale, plan and limits. */
export const organizationsResource: ResourceDefinition<OrganizationRow, OrganizationRecordDto> = {
  path: 'organizations',
  label: 'Organization',
  table: 'organizations',
  dto: {
    create: CreateOrganizationRecordDto,
    update: UpdateOrganizationRecordDto,
    response: OrganizationRecordDto,
    list: OrganizationRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: ORGANIZATION_RECORD_SORT,
  filters: { slug: eq('slug'), status: oneOf('status'), plan: eq('plan') },
  toResponse: (row) =>
    withRecord(row, {
      slug: row.slug,
      name: row.name,
      currency: row.currency,
      timezone: row.timezone,
      country: row.country,
      fiscal_year_start: row.fiscal_year_start,
      plan: row.plan,
      pending_plan: row.pending_plan,
      pending_plan_from: isoOrNull(row.pending_plan_from),
      limit_overrides: row.limit_overrides,
      hierarchy_levels: row.hierarchy_levels,
      status: row.status,
    }),
};

/** The plans an organization may be on, shipped by the cost service's bootstrap. */
export const orgPlansResource: ResourceDefinition<OrgPlanRow, OrgPlanRecordDto> = {
  path: 'org_plans',
  label: 'Organization plan',
  table: 'org_plans',
  dto: {
    create: CreateOrgPlanRecordDto,
    update: UpdateOrgPlanRecordDto,
    response: OrgPlanRecordDto,
    list: OrgPlanRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: ORG_PLAN_RECORD_SORT,
  filters: { name: eq('name'), shipped: eq('shipped') },
  toResponse: (row) =>
    withRecord(row, {
      name: row.name,
      label: row.label,
      daily_pipelines: row.daily_pipelines,
      monthly_pipelines: row.monthly_pipelines,
      concurrent_pipelines: row.concurrent_pipelines,
      providers: row.providers,
      seats: row.seats,
      price_monthly: decimal(row.price_monthly),
      currency: row.currency,
      shipped: row.shipped,
      shipped_version: row.shipped_version,
    }),
};

/** What was done in an organization, by whom: append-only. */
export const orgAuditLogsResource: ResourceDefinition<OrgAuditLogRow, OrgAuditLogRecordDto> = {
  path: 'org_audit_logs',
  label: 'Organization audit record',
  table: 'org_audit_logs',
  dto: {
    create: CreateOrgAuditLogRecordDto,
    update: UpdateOrgAuditLogRecordDto,
    response: OrgAuditLogRecordDto,
    list: OrgAuditLogRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  serviceWritten: true,
  appendOnly: true,
  sortable: ORG_AUDIT_LOG_RECORD_SORT,
  filters: {
    org_id: eq('org_id'),
    action: eq('action'),
    target_type: eq('target_type'),
    target_id: eq('target_id'),
  },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      actor_type: row.actor_type,
      actor_id: row.actor_id,
      action: row.action,
      target_type: row.target_type,
      target_id: row.target_id,
      before: row.before,
      after: row.after,
      request_id: row.request_id,
    }),
};
