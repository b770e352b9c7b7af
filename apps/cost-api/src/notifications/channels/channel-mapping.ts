import type { NotificationChannelDto } from '@slipway/contracts';
import type { ChannelRecord } from '../records/channel-records';
import { channelConfigOf } from './channel-settings';

/** A channel as the routes answer it: the kind's settings without a secret, and which secrets are sealed. */
export function toChannelDto(row: ChannelRecord): NotificationChannelDto {
  const config = channelConfigOf(row.kind, row.config);
  const base = {
    id: row.id,
    version: row.version,
    name: row.name,
    kind: row.kind,
    enabled: row.enabled,
    sealed_fields: config?.sealed ?? [],
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
  switch (config?.kind) {
    case 'email':
      return { ...base, email: { to: config.to, from: config.from, smtp: config.smtp } };
    case 'slack':
      return { ...base, slack: { webhook_host: config.webhook_host } };
    case 'webhook':
      return { ...base, webhook: { url: config.url } };
    case undefined:
      return base;
  }
}
