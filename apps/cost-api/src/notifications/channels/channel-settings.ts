import type {
  CreateNotificationChannelDto,
  EmailChannelDto,
  FieldErrorDto,
  NotificationChannelKind,
  SlackChannelDto,
  UpdateNotificationChannelDto,
  WebhookChannelDto,
} from '@slipway/contracts';
import { ProblemException } from '@slipway/platform';

/** The secrets of a channel, sealed together: its SMTP password, Slack URL or signing key. */
export interface ChannelSecret {
  password?: string;
  webhook_url?: string;
  signing_secret?: string;
}

/** What a channel row's `config` holds: the kind's settings in the clear and the names of its sealed fields. */
export type ChannelConfig =
  | {
      kind: 'email';
      to: string[];
      from: string | null;
      smtp: { host: string; port: number; secure: boolean; username: string | null } | null;
      sealed: string[];
    }
  | { kind: 'slack'; webhook_host: string; sealed: string[] }
  | { kind: 'webhook'; url: string; sealed: string[] };

/** A channel's settings as read from a request: the config to store and the secret to seal (null: none). */
export interface ChannelSettings {
  config: ChannelConfig;
  /** Undefined: keep the sealed secret as it is. */
  secret: ChannelSecret | null | undefined;
}

const KINDS = ['email', 'slack', 'webhook'] as const;

function refuse(field: string, message: string): never {
  throw ProblemException.validation([{ field, message }] satisfies FieldErrorDto[]);
}

/** An http(s) URL the channel may call: https only unless NOTIFY_ALLOW_HTTP. Errors never quote it. */
function checkUrl(field: string, value: string, allowHttp: boolean): URL {
  const url = new URL(value);
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:'))
    refuse(field, `${field} must be an https:// URL`);
  if (url.username !== '' || url.password !== '') refuse(field, `${field} must not carry a user or password`);
  return url;
}

function onlyOwnBlock(kind: NotificationChannelKind, body: Partial<Record<(typeof KINDS)[number], unknown>>) {
  for (const other of KINDS)
    if (other !== kind && body[other] !== undefined)
      refuse(other, `${other} is for ${other} channels; this one is ${kind}`);
}

function email(block: EmailChannelDto, stored: ChannelConfig | null): ChannelSettings {
  const relay = block.smtp;
  const keepPassword =
    relay && relay.password === undefined && stored?.kind === 'email' && stored.sealed.includes('password');
  const password = relay?.password;
  return {
    config: {
      kind: 'email',
      to: [...block.to],
      from: block.from ?? null,
      smtp: relay
        ? {
            host: relay.host,
            port: relay.port,
            secure: relay.secure ?? false,
            username: relay.username ?? null,
          }
        : null,
      sealed: password !== undefined || keepPassword ? ['password'] : [],
    },
    secret: password !== undefined ? { password } : keepPassword ? undefined : null,
  };
}

function slack(block: SlackChannelDto, stored: ChannelConfig | null, allowHttp: boolean): ChannelSettings {
  if (block.webhook_url === undefined) {
    if (stored?.kind !== 'slack') refuse('slack.webhook_url', 'slack.webhook_url is required');
    return { config: stored, secret: undefined };
  }
  const url = checkUrl('slack.webhook_url', block.webhook_url, allowHttp);
  return {
    config: { kind: 'slack', webhook_host: url.host, sealed: ['webhook_url'] },
    secret: { webhook_url: block.webhook_url },
  };
}

function webhook(
  block: WebhookChannelDto,
  stored: ChannelConfig | null,
  allowHttp: boolean,
): ChannelSettings {
  checkUrl('webhook.url', block.url, allowHttp);
  if (block.signing_secret === undefined && stored?.kind !== 'webhook')
    refuse('webhook.signing_secret', 'webhook.signing_secret is required');
  return {
    config: { kind: 'webhook', url: block.url, sealed: ['signing_secret'] },
    secret: block.signing_secret === undefined ? undefined : { signing_secret: block.signing_secret },
  };
}

function settingsOf(
  kind: NotificationChannelKind,
  body: CreateNotificationChannelDto | UpdateNotificationChannelDto,
  stored: ChannelConfig | null,
  allowHttp: boolean,
): ChannelSettings | null {
  switch (kind) {
    case 'email':
      return body.email ? email(body.email, stored) : null;
    case 'slack':
      return body.slack ? slack(body.slack, stored, allowHttp) : null;
    case 'webhook':
      return body.webhook ? webhook(body.webhook, stored, allowHttp) : null;
  }
}

/** A new channel's settings: the block of its kind, required, and no other. */
export function readNewChannel(body: CreateNotificationChannelDto, allowHttp: boolean): ChannelSettings {
  onlyOwnBlock(body.kind, body);
  const settings = settingsOf(body.kind, body, null, allowHttp);
  if (!settings) return refuse(body.kind, `${body.kind} is required for a ${body.kind} channel`);
  return settings;
}

/** A change's settings, or null when it leaves them alone; a secret left out is kept. */
export function readChannelChange(
  stored: ChannelConfig,
  body: UpdateNotificationChannelDto,
  allowHttp: boolean,
): ChannelSettings | null {
  onlyOwnBlock(stored.kind, body);
  return settingsOf(stored.kind, body, stored, allowHttp);
}

/** The host a channel's new settings send to, with the field it came in; null for none (email through SMTP_URL, a kept secret). */
export function targetOf(settings: ChannelSettings): { field: string; host: string } | null {
  const { config, secret } = settings;
  if (config.kind === 'webhook') return { field: 'webhook.url', host: new URL(config.url).hostname };
  if (config.kind === 'slack' && secret?.webhook_url)
    return { field: 'slack.webhook_url', host: new URL(secret.webhook_url).hostname };
  if (config.kind === 'email' && config.smtp) return { field: 'email.smtp.host', host: config.smtp.host };
  return null;
}

/** A row's config, checked: null when it is not one this service wrote. */
export function channelConfigOf(
  kind: NotificationChannelKind,
  config: Record<string, unknown>,
): ChannelConfig | null {
  if (config.kind !== kind || !Array.isArray(config.sealed)) return null;
  return config as unknown as ChannelConfig;
}
