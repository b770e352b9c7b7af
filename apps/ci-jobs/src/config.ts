import { BaseConfig, EnvVar, PortVar } from '@slipway/platform';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

export class CiJobsConfig extends BaseConfig {
  @PortVar(3003)
  PORT!: number;

  @EnvVar({ description: 'Redis connection URL.', default: 'redis://127.0.0.1:6379', sensitive: true })
  @Matches(/^rediss?:\/\//, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  @EnvVar({
    description:
      'Prefix of every Redis key and stream this service writes (several suites may share one Redis).',
    default: '',
  })
  @IsString()
  REDIS_PREFIX!: string;

  @EnvVar({
    description: 'Secret Gitea signs webhooks with (X-Gitea-Signature).',
    default: 'slipway-local-gitea-webhook-secret',
    sensitive: true,
  })
  @IsString()
  @MinLength(16)
  GITEA_WEBHOOK_SECRET!: string;

  @EnvVar({
    description: 'Secret GitHub signs webhooks with (X-Hub-Signature-256).',
    default: 'slipway-local-github-webhook-secret',
    sensitive: true,
  })
  @IsString()
  @MinLength(16)
  GITHUB_WEBHOOK_SECRET!: string;

  @EnvVar({
    description: 'Shared secret other services send as X-Service-Token.',
    default: 'slipway-local-service-token',
    sensitive: true,
  })
  @IsString()
  @MinLength(16)
  SERVICE_TOKEN!: string;

  @EnvVar({
    description: 'Base URL of data-api, where finished jobs are recorded.',
    default: 'http://127.0.0.1:3001',
  })
  @IsUrl({ require_tld: false })
  DATA_API_URL!: string;

  @EnvVar({
    description: 'Base URL of a Gitea to report commit statuses to (with GITEA_TOKEN).',
    optional: true,
  })
  @IsOptional()
  @IsUrl({ require_tld: false })
  GITEA_URL?: string;

  @EnvVar({ description: 'Gitea access token for commit statuses.', optional: true, sensitive: true })
  @IsOptional()
  @IsString()
  GITEA_TOKEN?: string;

  @EnvVar({
    description: 'GitHub API URL for commit statuses (with GITHUB_TOKEN).',
    default: 'https://api.github.com',
  })
  @IsUrl({ require_tld: false })
  GITHUB_API_URL!: string;

  @EnvVar({ description: 'GitHub token for commit statuses.', optional: true, sensitive: true })
  @IsOptional()
  @IsString()
  GITHUB_TOKEN?: string;

  @EnvVar({
    description:
      'How long a webhook delivery and its (repo, event, ref, sha) are remembered for deduplication, in seconds.',
    default: '86400',
  })
  @IsInt()
  @Min(60)
  @Max(7 * 86400)
  WEBHOOK_DEDUPE_SECONDS!: number;
}
