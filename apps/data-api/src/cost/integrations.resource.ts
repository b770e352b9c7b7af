import {
  CreateOrgIntegrationRecordDto,
  ORG_INTEGRATION_RECORD_SORT,
  OrgIntegrationRecordDto,
  OrgIntegrationRecordListQueryDto,
  UpdateOrgIntegrationRecordDto,
} from '@slipway/contracts';
import type { OrgIntegrationRow } from '../database/entities';
import { eq, isoOrNull, oneOf, type ResourceDefinition, withRecord } from '../resources/definition';

/** An organization's credentials for a provider, one per (organization, provider), sealed by the cost service. */
export const orgIntegrationsResource: ResourceDefinition<OrgIntegrationRow, OrgIntegrationRecordDto> = {
  path: 'org_integrations',
  label: 'Organization integration',
  table: 'org_integrations',
  dto: {
    create: CreateOrgIntegrationRecordDto,
    update: UpdateOrgIntegrationRecordDto,
    response: OrgIntegrationRecordDto,
    list: OrgIntegrationRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: ORG_INTEGRATION_RECORD_SORT,
  filters: { org_id: eq('org_id'), provider: eq('provider'), status: oneOf('status') },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      provider: row.provider,
      ciphertext: row.ciphertext,
      key_id: row.key_id,
      fingerprint: row.fingerprint,
      base_url: row.base_url,
      settings: row.settings,
      status: row.status,
      status_reason: row.status_reason,
      validated_at: isoOrNull(row.validated_at),
    }),
};
