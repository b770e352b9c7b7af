import { BaseConfig, EnvVar, envSpecs, PortVar, ServiceTokenVar } from '@slipway/platform';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

/** An image reference with a tag other than latest, or a digest. */
const PINNED_IMAGE = /^[^\s@]+(:(?!latest$)\w[\w.-]{0,127}|@sha256:[a-f0-9]{64})$/;
const CPU_QUANTITY = /^(\d+(\.\d+)?|\d+m)$/;
const MEMORY_QUANTITY = /^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

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

  @EnvVar({
    description:
      'Where jobs run: local (in the runner, under RUNNER_WORKDIR) or kubernetes (a Job each, through the in-cluster service account or KUBECONFIG).',
    default: 'local',
  })
  @IsIn(['local', 'kubernetes'])
  RUNNER_EXECUTOR!: 'local' | 'kubernetes';

  @EnvVar({
    description:
      "Namespace of the jobs' Kubernetes Jobs; unset, the kubeconfig context's (in a cluster, the runner's own).",
    optional: true,
  })
  @IsOptional()
  @Matches(DNS_LABEL, { message: 'K8S_NAMESPACE must be a Kubernetes namespace name' })
  K8S_NAMESPACE?: string;

  @EnvVar({
    description:
      'Image that runs the steps in Kubernetes: slipway/ci-jobs, or an image built from it with the tools the pipelines need.',
    default: 'slipway/ci-jobs:0.1.0',
  })
  @Matches(PINNED_IMAGE, {
    message: 'K8S_RUNNER_IMAGE must be pinned by a tag other than latest or a digest',
  })
  K8S_RUNNER_IMAGE!: string;

  @EnvVar({
    description: 'Image that clones the commit in Kubernetes: any image with git and sh.',
    default: 'slipway/ci-jobs:0.1.0',
  })
  @Matches(PINNED_IMAGE, { message: 'K8S_GIT_IMAGE must be pinned by a tag other than latest or a digest' })
  K8S_GIT_IMAGE!: string;

  @EnvVar({
    description: 'CPU request and limit of a Kubernetes job container, in cores or millicores.',
    default: '2',
  })
  @Matches(CPU_QUANTITY, { message: 'K8S_CPU_LIMIT must be a CPU quantity such as 2 or 500m' })
  K8S_CPU_LIMIT!: string;

  @EnvVar({ description: 'Memory request and limit of a Kubernetes job container.', default: '4Gi' })
  @Matches(MEMORY_QUANTITY, { message: 'K8S_MEMORY_LIMIT must be a memory quantity such as 4Gi' })
  K8S_MEMORY_LIMIT!: string;

  @EnvVar({
    description:
      "Service account of the Kubernetes job pods, with its token mounted; unset, the namespace's default account without a token.",
    optional: true,
  })
  @IsOptional()
  @Matches(DNS_SUBDOMAIN, { message: 'K8S_SERVICE_ACCOUNT must be a service account name' })
  K8S_SERVICE_ACCOUNT?: string;

  @EnvVar({
    description: 'How long a Kubernetes job may run, checkout and waiting for a node included, in seconds.',
    default: '3600',
  })
  @IsInt()
  @Min(60)
  @Max(7 * 86400)
  K8S_JOB_DEADLINE_SECONDS!: number;

  @EnvVar({
    description:
      'Kubernetes removes a finished Job this long after it ends (ttlSecondsAfterFinished), in seconds; the runner deletes its Jobs itself unless K8S_KEEP_JOBS.',
    default: '600',
  })
  @IsInt()
  @Min(0)
  K8S_JOB_TTL_SECONDS!: number;

  @EnvVar({
    description: 'Leave finished Kubernetes Jobs and their pods for inspection until K8S_JOB_TTL_SECONDS.',
    default: 'false',
  })
  @IsBoolean()
  K8S_KEEP_JOBS!: boolean;

  @EnvVar({
    description:
      "Base URL of cost-api, whose validator admits the jobs of an organization's projects (by repo_url) as they start (refused or unreachable: the job ends in error) and frees their slot when they end. Unset: no admission.",
    optional: true,
  })
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  COST_API_URL?: string;
}

/** The settings the shared CI_JOBS_CONFIG file may hold: those of ci-jobs and of ci-runner. */
export const CONFIG_FILE_KEYS = [
  ...new Set([...envSpecs(CiJobsConfig), ...envSpecs(RunnerConfig)].map((spec) => spec.name)),
];

export const CONFIG_FILE = { fileVariable: CONFIG_FILE_VARIABLE, fileKeys: CONFIG_FILE_KEYS };
