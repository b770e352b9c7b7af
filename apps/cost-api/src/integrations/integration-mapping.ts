import type { IntegrationDto, IntegrationProviderDto } from '@slipway/contracts';
import type { IntegrationRecord } from './integration-records';
import { isProviderId, PROVIDERS, type ProviderSpec } from './providers';

/** Settings as stored (jsonb): only their string values are ever written. */
export const settingsOf = (record: Pick<IntegrationRecord, 'settings'>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(record.settings).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );

/** An integration as shown: status and masked fingerprint, never the secret or its ciphertext. */
export const toIntegrationDto = (record: IntegrationRecord): IntegrationDto => ({
  provider: record.provider,
  label: isProviderId(record.provider) ? PROVIDERS[record.provider].label : record.provider,
  status: record.status,
  fingerprint: record.fingerprint,
  status_reason: record.status_reason,
  validated_at: record.validated_at,
  base_url: record.base_url,
  settings: settingsOf(record),
  created_at: record.created_at,
  updated_at: record.updated_at,
});

/** What the audit log keeps of an integration: what it shows, plus the key id that seals it. */
export const auditedIntegration = (record: IntegrationRecord | null): Record<string, unknown> | null =>
  record && {
    provider: record.provider,
    status: record.status,
    status_reason: record.status_reason,
    fingerprint: record.fingerprint,
    key_id: record.key_id,
    base_url: record.base_url,
    settings: settingsOf(record),
    validated_at: record.validated_at,
  };

export const toProviderDto = (spec: ProviderSpec): IntegrationProviderDto => ({
  provider: spec.id,
  label: spec.label,
  category: spec.category,
  fields: spec.fields.map(({ name, kind, required, description }) => ({ name, kind, required, description })),
  default_base_url: spec.defaultBaseUrl ?? null,
});
