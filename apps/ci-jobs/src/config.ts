import { BaseConfig, EnvVar, envSpecs, PortVar, ServiceTokenVar } from '@slipway/platform';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

/** What the ci-jobs API and the ci-runner share: Redis, the service token, data-api, forge credentials. */
export const CONFIG_FILE_VARIABLE = 'CI_JOBS_CONFIG';

export abstract class CiSharedConfig extends BaseConfig {
  @EnvVar({
    description:
      'A YAML file of these settings (VARIABLE: value); the environment overrides it. See apps/ci-jobs/ci-jobs.example.yaml.',
    optional: true,
  })
  @IsOptional()
  @IsString()
  CI_JOBS_CONFIG?: string;

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

  @ServiceTokenVar()
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
}

export class CiJobsConfig extends CiSharedConfig {
  @PortVar(3003)
  PORT!: number;

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
    description:
      'How long a webhook delivery and its (repo, event, ref, sha) are remembered for deduplication, in seconds.',
    default: '86400',
  })
  @IsInt()
  @Min(60)
  @Max(7 * 86400)
  WEBHOOK_DEDUPE_SECONDS!: number;
}

export class RunnerConfig extends CiSharedConfig {
  @PortVar(9102)
  PORT!: number;

  @EnvVar({ description: 'Jobs one ci-runner process runs at a time.', default: '2' })
  @IsInt()
  @Min(1)
  @Max(64)
  RUNNER_CONCURRENCY!: number;

  @EnvVar({
    description: 'Directory under which each job gets a fresh workspace (removed afterwards).',
    default: '/tmp/slipway-ci',
  })
  @IsString()
  RUNNER_WORKDIR!: string;

  @EnvVar({
    description: 'Claims of one job before it ends in error with reason lost (a runner died each time).',
    default: '3',
  })
  @IsInt()
  @Min(1)
  @Max(10)
  RUNNER_MAX_ATTEMPTS!: number;

  @EnvVar({
    description: 'A job message unacknowledged this long is taken over by another runner, in milliseconds.',
    default: '60000',
  })
  @IsInt()
  @Min(500)
  RUNNER_VISIBILITY_TIMEOUT_MS!: number;

  @EnvVar({
    description: 'How often a running job is checked for a cancel request, in milliseconds.',
    default: '1000',
  })
  @IsInt()
  @Min(50)
  RUNNER_HEARTBEAT_MS!: number;

  @EnvVar({
    description: 'After SIGTERM, how long a step has before SIGKILL, in milliseconds.',
    default: '10000',
  })
  @IsInt()
  @Min(0)
  RUNNER_KILL_GRACE_MS!: number;

  @EnvVar({
    description: 'Time limit of each git command of the checkout, in milliseconds.',
    default: '120000',
  })
  @IsInt()
  @Min(1000)
  RUNNER_GIT_TIMEOUT_MS!: number;
}

/** The settings the shared CI_JOBS_CONFIG file may hold: those of ci-jobs and of ci-runner. */
export const CONFIG_FILE_KEYS = [
  ...new Set([...envSpecs(CiJobsConfig), ...envSpecs(RunnerConfig)].map((spec) => spec.name)),
];

export const CONFIG_FILE = { fileVariable: CONFIG_FILE_VARIABLE, fileKeys: CONFIG_FILE_KEYS };
