import {
  CreateSaasSubscriptionRecordDto,
  SAAS_SUBSCRIPTION_RECORD_SORT,
  SaasSubscriptionRecordDto,
  SaasSubscriptionRecordListQueryDto,
  SoftDeleteGetQueryDto,
  UpdateSaasSubscriptionRecordDto,
} from '@slipway/contracts';
import type { SaasSubscriptionRow } from '../database/entities';
import { decimal, eq, isoOrNull, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';

/** The SaaS tools an organization pays for, priced per seat or flat; soft-deleted. */
export const saasSubscriptionsResource: ResourceDefinition<SaasSubscriptionRow, SaasSubscriptionRecordDto> = {
  path: 'saas_subscriptions',
  label: 'SaaS subscription',
  table: 'saas_subscriptions',
  dto: {
    create: CreateSaasSubscriptionRecordDto,
    update: UpdateSaasSubscriptionRecordDto,
    response: SaasSubscriptionRecordDto,
    list: SaasSubscriptionRecordListQueryDto,
    get: SoftDeleteGetQueryDto,
  },
  access: 'service',
  softDelete: true,
  sortable: SAAS_SUBSCRIPTION_RECORD_SORT,
  filters: { org_id: eq('org_id'), provider: eq('provider'), status: oneOf('status') },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      provider: row.provider,
      plan_name: row.plan_name,
      pricing_model: row.pricing_model,
      unit_price: decimal(row.unit_price),
      seats: row.seats,
      currency: row.currency,
      billing_period: row.billing_period,
      start_date: row.start_date,
      end_date: row.end_date,
      status: row.status,
      notes: row.notes,
      deleted_at: isoOrNull(row.deleted_at ?? null),
    }),
};
