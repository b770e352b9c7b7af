import { BaseConfig, EnvVar, PortVar, ServiceTokenVar } from '@slipway/platform';
import { IsBoolean, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';
import { CredentialKeys, ProviderBaseUrls } from './integrations/integration-settings';
import { CiRates } from './ledger/ci-rates';
import { MailAddress, SmtpUrl } from './notifications/senders/smtp-settings';

const URL_OPTIONS = { require_tld: false, protocols: ['http', 'https'], require_protocol: true };

/** What cost-api and its cost-worker share: Redis, data-api, and how long they believe what they read. */
export abstract class CostSharedConfig extends BaseConfig {
  @ServiceTokenVar()
  SERVICE_TOKEN!: string;

  @EnvVar({
    description: 'Redis connection URL (quota counters and leases, caches, idempotency keys).',
    default: 'redis://127.0.0.1:6379',
    sensitive: true,
  })
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  @EnvVar({ description: 'Prefix of every Redis key this service writes.', default: '' })
  @IsString()
  REDIS_PREFIX!: string;

  @EnvVar({
    description: 'Base URL of data-api, where every cost record is kept.',
    default: 'http://127.0.0.1:3001',
  })
  @IsUrl(URL_OPTIONS)
  DATA_API_URL!: string;

  @EnvVar({
    description:
      'How long an organization’s profile and an accepted org API key are believed without asking data-api again, in ms (a revoked key stops working within it).',
    default: '5000',
  })
  @IsInt()
  @Min(0)
  @Max(300_000)
  ORG_CACHE_TTL_MS!: number;

  @EnvVar({
    description:
      'How long a pipeline’s concurrency slot lives without a heartbeat, in ms: a crashed caller’s slot comes back after it.',
    default: '120000',
  })
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  ADMISSION_LEASE_MS!: number;

  @EnvVar({
    description:
      'Keys sealing integration credentials (AES-256-GCM): `kid:base64-of-32-bytes[,kid:…]`; the first encrypts, every one decrypts (rotate with `main.js rotate-credentials`). Unset: credentials can be neither stored nor read.',
    optional: true,
    sensitive: true,
  })
  @IsOptional()
  @CredentialKeys()
  CREDENTIALS_ENCRYPTION_KEY?: string;

  @EnvVar({
    description:
      'The SMTP server email channels send through unless they name their own: `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`. Unset: such channels cannot send.',
    optional: true,
    sensitive: true,
  })
  @IsOptional()
  @SmtpUrl()
  SMTP_URL?: string;

  @EnvVar({
    description: 'The From of notification emails whose channel names none: `Name <address>` or an address.',
    default: 'Slipway <notifications@slipway.local>',
  })
  @MailAddress()
  SMTP_FROM!: string;

  @EnvVar({
    description: 'How long one notification send (an SMTP session, a webhook or Slack call) may take, in ms.',
    default: '10000',
  })
  @IsInt()
  @Min(100)
  @Max(120_000)
  NOTIFY_SEND_TIMEOUT_MS!: number;

  @EnvVar({
    description:
      'Accept http:// webhook and Slack URLs (a local receiver); otherwise a channel’s URL must be https://.',
    default: 'false',
  })
  @IsBoolean()
  NOTIFY_ALLOW_HTTP!: boolean;

  @EnvVar({
    description:
      "Let Slack and webhook channels and email channels' own SMTP servers reach loopback, private, link-local and metadata addresses (a local receiver, tests); otherwise such a URL or host is refused at create and update (422) and at every send, the address checked on the connection itself (DNS rebinding). SMTP_URL is not guarded.",
    default: 'false',
  })
  @IsBoolean()
  NOTIFY_ALLOW_PRIVATE_TARGETS!: boolean;

  @EnvVar({
    description:
      'A pending delivery untouched this long is presumed abandoned by its sender, and another message for the same channel and event may take it over, in ms.',
    default: '600000',
  })
  @IsInt()
  @Min(1_000)
  @Max(86_400_000)
  NOTIFY_CLAIM_STALE_MS!: number;

  @EnvVar({
    description:
      'Local hour (0-23, the organization’s timezone) from which the daily digest of the day before, and on Mondays the weekly digest of the week before, are sent.',
    default: '8',
  })
  @IsInt()
  @Min(0)
  @Max(23)
  SUMMARY_SEND_HOUR!: number;

  @EnvVar({
    description: 'How often the cost-worker evaluates every organization’s enabled cost alerts, in ms.',
    default: '300000',
  })
  @IsInt()
  @Min(1_000)
  @Max(86_400_000)
  ALERT_EVALUATION_MS!: number;
}

/** cost-api's settings: its peers, its keys, and how long it believes what it read. */
export class CostApiConfig extends CostSharedConfig {
  @PortVar(3004)
  PORT!: number;

  @EnvVar({
    description: 'Base URL of orchestrator-runs, for the pipelines proxy (/api/v1/pipelines/{org}/start…).',
    default: 'http://127.0.0.1:3002',
  })
  @IsUrl(URL_OPTIONS)
  ORCHESTRATOR_URL!: string;

  @EnvVar({
    description:
      'The operator’s root key (X-API-Key) for /api/v1/admin/* and every organization; at least 32 characters. Unset: only the service token reaches the admin routes.',
    optional: true,
    sensitive: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(32)
  COST_ROOT_API_KEY?: string;

  @EnvVar({
    description:
      'How long a budget reservation (the worst case of one model call) is held unless its caller names a lease, in ms: a crashed caller’s hold comes back after it.',
    default: '600000',
  })
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  BUDGET_RESERVATION_LEASE_MS!: number;

  @EnvVar({
    description:
      'How deep a hierarchy node may sit, a root being at depth 0 (a path from a root holds at most this + 1 nodes); at most 10, data-api’s limit.',
    default: '10',
  })
  @IsInt()
  @Min(0)
  @Max(10)
  HIERARCHY_MAX_DEPTH!: number;

  @EnvVar({
    description:
      'Cost answers (summaries, totals, trends, GenAI usage and costs) cached in Redis per organization, the least recently used evicted past it; each lives until the organization’s next midnight or its next ledger rows. 0: no cache.',
    default: '100',
  })
  @IsInt()
  @Min(0)
  @Max(10_000)
  COST_CACHE_ENTRIES!: number;

  @EnvVar({
    description:
      'Where each provider’s API is reached when validating a credential, `provider=url[,provider=url]` (a local stand-in, a proxy); providers left out use their public API.',
    default: '',
  })
  @ProviderBaseUrls()
  PROVIDER_BASE_URLS!: string;

  @EnvVar({
    description: 'How long a credential’s validation waits for the provider, in ms.',
    default: '10000',
  })
  @IsInt()
  @Min(100)
  @Max(120_000)
  INTEGRATION_VALIDATE_TIMEOUT_MS!: number;
}

/** The cost-worker's settings: how it batches the spend it prices, its rates, and its schedules. */
export class CostWorkerConfig extends CostSharedConfig {
  @PortVar(9103)
  PORT!: number;

  @EnvVar({
    description:
      'Events (cost.usage, ci.job-events) priced and written to the ledger in one bulk write, at most 5000; each stream reads up to this many at once.',
    default: '1000',
  })
  @IsInt()
  @Min(1)
  @Max(5_000)
  INGEST_BATCH_SIZE!: number;

  @EnvVar({
    description: 'How long a batch that is not full waits for more events before it is written, in ms.',
    default: '20',
  })
  @IsInt()
  @Min(0)
  @Max(5_000)
  INGEST_LINGER_MS!: number;

  @EnvVar({
    description:
      'An event read but not acknowledged this long (its worker died mid-batch) is taken over by another worker, in ms.',
    default: '30000',
  })
  @IsInt()
  @Min(500)
  @Max(3_600_000)
  INGEST_VISIBILITY_TIMEOUT_MS!: number;

  @EnvVar({
    description:
      'How long the model prices of an organization are believed before data-api is asked again, in ms; an event priced before a price change reached it is corrected by a recompute.',
    default: '60000',
  })
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  PRICE_CACHE_TTL_MS!: number;

  @EnvVar({
    description:
      'USD per minute of CI runner time, per executor class (RUNNER_EXECUTOR), as JSON of exact decimals: {"local":"0.008","kubernetes":"0.012"}. A job of a class not listed is not charged.',
    default: '{"local":"0.008","kubernetes":"0.012"}',
  })
  @CiRates()
  CI_RATES_USD_PER_MINUTE!: string;

  @EnvVar({
    description:
      'How often organizations are looked at for a new local day, in ms: an organization whose midnight (or month start) passed gets its quota counters reset then.',
    default: '60000',
  })
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  QUOTA_RESET_CHECK_MS!: number;

  @EnvVar({
    description:
      'How often active SaaS subscriptions are amortized into the ledger (each its share of the day, once per local day), in ms.',
    default: '3600000',
  })
  @IsInt()
  @Min(1_000)
  @Max(86_400_000)
  AMORTIZATION_INTERVAL_MS!: number;

  @EnvVar({
    description:
      'How often abandoned pipeline reservations (no heartbeat within ADMISSION_LEASE_MS) are expired and their slots freed, in ms.',
    default: '60000',
  })
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  RESERVATION_SWEEP_MS!: number;

  @EnvVar({
    description:
      'How often abandoned budget reservations (neither settled nor released within their lease) are lapsed, in ms: each is charged as spent at its worst case until a late settle or a rebuild from the ledger.',
    default: '60000',
  })
  @IsInt()
  @Min(1_000)
  @Max(3_600_000)
  BUDGET_SWEEP_MS!: number;

  @EnvVar({
    description:
      'How long after the ledger writer stored an organization’s rows its cost alerts are evaluated, in ms: every write of that wait makes one evaluation (ALERT_EVALUATION_MS still evaluates every organization on schedule).',
    default: '5000',
  })
  @IsInt()
  @Min(0)
  @Max(600_000)
  ALERT_DEBOUNCE_MS!: number;
}
