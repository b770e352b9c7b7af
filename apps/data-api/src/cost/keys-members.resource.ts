import {
  CreateOrgApiKeyRecordDto,
  CreateOrgMemberRecordDto,
  ORG_API_KEY_RECORD_SORT,
  ORG_MEMBER_RECORD_SORT,
  OrgApiKeyRecordDto,
  OrgApiKeyRecordListQueryDto,
  OrgMemberRecordDto,
  OrgMemberRecordListQueryDto,
  UpdateOrgApiKeyRecordDto,
  UpdateOrgMemberRecordDto,
} from '@slipway/contracts';
import type { OrgApiKeyRow, OrgMemberRow } from '../database/entities';
import {
  eq,
  isNotNull,
  isoOrNull,
  oneOf,
  type ResourceDefinition,
  withRecord,
} from '../resources/definition';

/** Registry users' roles in organizations, one per (organization, user). */
export const orgMembersResource: ResourceDefinition<OrgMemberRow, OrgMemberRecordDto> = {
  path: 'org_members',
  label: 'Organization member',
  table: 'org_members',
  dto: {
    create: CreateOrgMemberRecordDto,
    update: UpdateOrgMemberRecordDto,
    response: OrgMemberRecordDto,
    list: OrgMemberRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: ORG_MEMBER_RECORD_SORT,
  filters: { org_id: eq('org_id'), user_id: eq('user_id'), role: oneOf('role') },
  toResponse: (row) => withRecord(row, { org_id: row.org_id, user_id: row.user_id, role: row.role }),
};

/** Organizations' API keys, found by their SHA-256 (the key itself is never stored). */
export const orgApiKeysResource: ResourceDefinition<OrgApiKeyRow, OrgApiKeyRecordDto> = {
  path: 'org_api_keys',
  label: 'Organization API key',
  table: 'org_api_keys',
  dto: {
    create: CreateOrgApiKeyRecordDto,
    update: UpdateOrgApiKeyRecordDto,
    response: OrgApiKeyRecordDto,
    list: OrgApiKeyRecordListQueryDto,
  },
  access: 'service',
  softDelete: false,
  sortable: ORG_API_KEY_RECORD_SORT,
  filters: {
    org_id: eq('org_id'),
    key_hash: eq('key_hash'),
    key_prefix: eq('key_prefix'),
    revoked: isNotNull('revoked_at'),
  },
  toResponse: (row) =>
    withRecord(row, {
      org_id: row.org_id,
      name: row.name,
      key_prefix: row.key_prefix,
      key_hash: row.key_hash,
      role: row.role,
      created_by: row.created_by,
      last_used_at: isoOrNull(row.last_used_at),
      expires_at: isoOrNull(row.expires_at),
      revoked_at: isoOrNull(row.revoked_at),
    }),
};
