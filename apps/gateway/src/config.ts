import { BaseConfig, EnvVar, PortVar, ServiceTokenVar } from '@slipway/platform';
import { IsBoolean, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

const URL_OPTIONS = { require_tld: false, protocols: ['http', 'https'], require_protocol: true };

export class GatewayConfig extends BaseConfig {
  @PortVar(3000)
  PORT!: number;

  @ServiceTokenVar()
  SERVICE_TOKEN!: string;

  @EnvVar({
    description: 'Redis connection URL (sessions, rate-limit counters).',
    default: 'redis://127.0.0.1:6379',
    sensitive: true,
  })
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  @EnvVar({ description: 'Prefix of every Redis key this service writes.', default: '' })
  @IsString()
  REDIS_PREFIX!: string;

  @EnvVar({
    description: 'Base URL of data-api: /api/<entity> routes and API key verification.',
    default: 'http://127.0.0.1:3001',
  })
  @IsUrl(URL_OPTIONS)
  DATA_API_URL!: string;

  @EnvVar({
    description: 'Base URL of orchestrator-runs: /runs, /api/planner, /api/agent.',
    default: 'http://127.0.0.1:3002',
  })
  @IsUrl(URL_OPTIONS)
  ORCHESTRATOR_URL!: string;

  @EnvVar({ description: 'Base URL of ci-jobs: /jobs and /webhook.', default: 'http://127.0.0.1:3003' })
  @IsUrl(URL_OPTIONS)
  CI_JOBS_URL!: string;

  @EnvVar({
    description:
      'Base URL of cost-api: /api/v1. Unset: those routes answer 503 and /ready does not wait for it.',
    optional: true,
  })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  COST_API_URL?: string;

  @EnvVar({
    description: 'The gateway’s public origin (the console’s origin, OIDC redirect base).',
    default: 'http://127.0.0.1:3000',
  })
  @IsUrl(URL_OPTIONS)
  PUBLIC_URL!: string;

  @EnvVar({
    description:
      'Directory of the built web console, served at `/` (unset: dist/apps/console beside the gateway’s build).',
    optional: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  CONSOLE_DIR?: string;

  @EnvVar({
    description:
      'Proxies in front of the gateway (an ingress) whose X-Forwarded-For names the client; 0 believes none.',
    default: '0',
  })
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS!: number;

  @EnvVar({
    description:
      'How long an accepted API key is believed without asking data-api again, in ms (revocation takes effect within it).',
    default: '30000',
  })
  @IsInt()
  @Min(0)
  @Max(600_000)
  AUTH_CACHE_TTL_MS!: number;

  @EnvVar({ description: 'A browser session unused this long ends, in ms.', default: String(12 * 3600_000) })
  @IsInt()
  @Min(60_000)
  SESSION_IDLE_MS!: number;

  @EnvVar({
    description: 'A browser session ends this long after login whatever its use, in ms.',
    default: String(7 * 86_400_000),
  })
  @IsInt()
  @Min(60_000)
  SESSION_ABSOLUTE_MS!: number;

  @EnvVar({ description: 'Mark the session cookie Secure (HTTPS only); on behind TLS.', default: 'false' })
  @IsBoolean()
  SESSION_COOKIE_SECURE!: boolean;

  @EnvVar({
    description:
      'Origins (comma-separated) other than the gateway’s own whose pages may call the API with credentials.',
    default: '',
  })
  @IsString()
  CORS_ORIGINS!: string;

  @EnvVar({
    description: 'Requests per minute per key, session user or anonymous IP on ordinary routes.',
    default: '1200',
  })
  @IsInt()
  @Min(1)
  RATE_LIMIT_DEFAULT_PER_MIN!: number;

  @EnvVar({
    description:
      'Requests per minute per caller on expensive routes (POST /runs, POST /api/planner/generate).',
    default: '10',
  })
  @IsInt()
  @Min(1)
  RATE_LIMIT_EXPENSIVE_PER_MIN!: number;

  @EnvVar({ description: 'Webhook deliveries per minute per source IP.', default: '300' })
  @IsInt()
  @Min(1)
  RATE_LIMIT_WEBHOOK_PER_MIN!: number;

  @EnvVar({
    description:
      'Per source IP and minute: API keys data-api is asked about (logins, keys not in the verdict cache, guesses) and single sign-on starts.',
    default: '60',
  })
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGIN_PER_MIN!: number;

  @EnvVar({
    description:
      'Time an upstream has to answer an ordinary request, in ms (above orchestrator-runs’ NEXT_WAIT_MS, which POST /runs/{id}/next may wait).',
    default: '60000',
  })
  @IsInt()
  @Min(100)
  UPSTREAM_TIMEOUT_MS!: number;

  @EnvVar({
    description: 'Time an upstream has to answer an expensive request (runs, planner), in ms.',
    default: '120000',
  })
  @IsInt()
  @Min(100)
  UPSTREAM_EXPENSIVE_TIMEOUT_MS!: number;

  @EnvVar({ description: 'Time to open a connection to an upstream, in ms.', default: '5000' })
  @IsInt()
  @Min(100)
  UPSTREAM_CONNECT_TIMEOUT_MS!: number;

  @EnvVar({ description: 'Keep-alive connections per upstream.', default: '128' })
  @IsInt()
  @Min(1)
  UPSTREAM_CONNECTIONS!: number;

  @EnvVar({
    description: 'OpenID Connect issuer URL; set to offer single sign-on (with OIDC_CLIENT_ID).',
    optional: true,
  })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  OIDC_ISSUER?: string;

  @EnvVar({ description: 'OIDC client id registered at the issuer.', optional: true })
  @IsOptional()
  @IsString()
  OIDC_CLIENT_ID?: string;

  @EnvVar({
    description:
      'Accept an OIDC login whose provider sends no email_verified claim (some never do); off: the provider must say the address is verified.',
    default: 'false',
  })
  @IsBoolean()
  OIDC_TRUST_UNVERIFIED_EMAIL!: boolean;

  @EnvVar({
    description: 'OIDC client secret (absent: a public client with PKCE only).',
    optional: true,
    sensitive: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  OIDC_CLIENT_SECRET?: string;
}

/** Whether SSO is configured: an issuer and a client. */
export const oidcEnabled = (config: GatewayConfig): boolean =>
  config.OIDC_ISSUER !== undefined && config.OIDC_CLIENT_ID !== undefined;
