import { KubeConfig } from '@kubernetes/client-node';
import { Module, type DynamicModule } from '@nestjs/common';
import { CostClientModule } from '@slipway/cost-client';
import { CI_STREAMS } from '@slipway/contracts';
import { DataClientModule } from '@slipway/data-client';
import { HealthModule, PlatformModule } from '@slipway/platform';
import { RedisModule, RedisReadiness } from '@slipway/redis';
import { StreamsModule } from '@slipway/streams';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import type { RunnerConfig } from '../config';
import { CommitStatusReporter, FORGE_ENDPOINTS, forgeEndpoints } from '../forge-status/commit-status';
import { JobStore } from '../jobs/job-store';
import { LogStore } from '../logs/log-store';
import { RunnerMetrics } from '../metrics';
import { EXECUTOR, type Executor } from './executor';
import { JobAdmission } from './job-admission';
import { JobEvents } from './job-events';
import { JobRunner, RUNNER_SETTINGS, type RunnerSettings } from './job-runner';
import { KubernetesApi } from './kubernetes-api';
import { KubernetesExecutor } from './kubernetes-executor';
import { LocalExecutor } from './local-executor';
import { RunnerController } from './runner.controller';

export const RUNNER_DESCRIPTION = {
  service: 'ci-runner',
  title: 'Slipway ci-runner',
  description: 'Runs CI jobs from the ci.jobs stream: health and metrics only.',
  version: '0.1.0',
};

/** Where jobs run, by RUNNER_EXECUTOR: in this process's workspace, or a Kubernetes Job each. */
function executorFor(config: RunnerConfig): Executor {
  if (config.RUNNER_EXECUTOR === 'local') {
    mkdirSync(config.RUNNER_WORKDIR, { recursive: true });
    return new LocalExecutor({
      workRoot: config.RUNNER_WORKDIR,
      gitTimeoutMs: config.RUNNER_GIT_TIMEOUT_MS,
      killGraceMs: config.RUNNER_KILL_GRACE_MS,
    });
  }
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromDefault();
  const namespace =
    config.K8S_NAMESPACE ??
    kubeConfig.getContextObject(kubeConfig.getCurrentContext())?.namespace ??
    'default';
  return new KubernetesExecutor(new KubernetesApi(kubeConfig, namespace), {
    runnerImage: config.K8S_RUNNER_IMAGE,
    gitImage: config.K8S_GIT_IMAGE,
    cpu: config.K8S_CPU_LIMIT,
    memory: config.K8S_MEMORY_LIMIT,
    serviceAccount: config.K8S_SERVICE_ACCOUNT,
    deadlineSeconds: config.K8S_JOB_DEADLINE_SECONDS,
    ttlSecondsAfterFinished: config.K8S_JOB_TTL_SECONDS,
    killGraceMs: config.RUNNER_KILL_GRACE_MS,
    keepJobs: config.K8S_KEEP_JOBS,
  });
}

/** The ci-runner process: consumes ci.jobs, runs each job, emits ci.job-events, serves /health, /ready and /metrics. */
@Module({})
export class RunnerModule {
  static register(config: RunnerConfig): DynamicModule {
    const settings: RunnerSettings = {
      runnerId: `${hostname()}-${process.pid}`,
      maxAttempts: config.RUNNER_MAX_ATTEMPTS,
      heartbeatMs: config.RUNNER_HEARTBEAT_MS,
    };
    return {
      module: RunnerModule,
      imports: [
        PlatformModule.forApp('ci-runner', config),
        RedisModule.forRoot(config, 'ci-runner'),
        DataClientModule.forRoot({ baseUrl: config.DATA_API_URL, serviceToken: config.SERVICE_TOKEN }),
        CostClientModule.forRoot({ baseUrl: config.COST_API_URL, serviceToken: config.SERVICE_TOKEN }),
        StreamsModule.forProducer({
          url: config.REDIS_URL,
          prefix: config.REDIS_PREFIX,
          producer: 'ci-runner',
          contracts: CI_STREAMS,
        }),
        HealthModule.forChecks([RedisReadiness]),
      ],
      controllers: [RunnerController],
      providers: [
        JobStore,
        LogStore,
        RunnerMetrics,
        { provide: EXECUTOR, useFactory: () => executorFor(config) },
        { provide: FORGE_ENDPOINTS, useValue: forgeEndpoints(config) },
        CommitStatusReporter,
        { provide: RUNNER_SETTINGS, useValue: settings },
        JobAdmission,
        JobEvents,
        JobRunner,
      ],
    };
  }
}
