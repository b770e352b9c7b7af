import {
  API_KEY_SORT,
  ApiKeyDto,
  ApiKeyListQueryDto,
  CreateApiKeyDto,
  UpdateApiKeyDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';
import type { ApiKeyRow } from '../database/entities';
import { eq, isNotNull, isoOrNull, type ResourceDefinition, withRecord } from '../resources/definition';

export const toApiKeyDto = (row: ApiKeyRow): ApiKeyDto =>
  withRecord(row, {
    name: row.name,
    owner_id: row.owner_id,
    scopes: row.scopes,
    key_prefix: row.key_prefix,
    expires_at: isoOrNull(row.expires_at),
    last_used_at: isoOrNull(row.last_used_at),
    revoked_at: isoOrNull(row.revoked_at),
  });

export const apiKeysResource: ResourceDefinition<ApiKeyRow, ApiKeyDto> = {
  path: 'api_keys',
  label: 'API key',
  table: 'api_keys',
  dto: { create: CreateApiKeyDto, update: UpdateApiKeyDto, response: ApiKeyDto, list: ApiKeyListQueryDto },
  access: 'owner',
  softDelete: false,
  sortable: API_KEY_SORT,
  filters: { owner_id: eq('owner_id'), revoked: isNotNull('revoked_at') },
  toResponse: toApiKeyDto,
  prepareUpdate: async (values) => {
    if (values.revoked_at === null) {
      throw ProblemException.validation([
        { field: 'revoked_at', message: 'a revoked key stays revoked; create a new key instead' },
      ]);
    }
    return values;
  },
};
