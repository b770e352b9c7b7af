import { freePort, testRedis } from '@slipway/devstack';
import {
  BUILT,
  startDataApi,
  startGitDaemon,
  startServiceProcess,
  TEST_SERVICE_TOKEN,
  type DataApiFixture,
  type GitDaemon,
  type ServiceProcess,
} from '@slipway/testing';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** cost-api's root key in this stack. */
export const ROOT_KEY = `admission-root-${randomBytes(16).toString('hex')}`;
/** A slot's lease: short, so that the callers' heartbeats (every third of it) show within a test. */
export const LEASE_MS = 3_000;

/** Every process an organization's pipelines pass through, built, each on a port of its own. */
export interface AdmissionStack {
  dataApi: DataApiFixture;
  costApi: ServiceProcess;
  orchestrator: ServiceProcess;
  ciJobs: ServiceProcess;
  /** The local forge: repositories under `workDir`, served over git://. */
  forge: GitDaemon;
  workDir: string;
  giteaSecret: string;
  close(): Promise<void>;
}

/**
 * data-api and a git daemon as the forge, then cost-api with its callers — orchestrator-runs with
 * an agent worker, ci-jobs with a ci-runner, all with COST_API_URL — on one Redis prefix. What has
 * started is stopped again if a step fails.
 */
export async function startAdmissionStack(): Promise<AdmissionStack> {
  const redis = testRedis();
  const workDir = await mkdtemp(join(tmpdir(), 'slipway-admission-'));
  const giteaSecret = `admission-gitea-${randomBytes(12).toString('hex')}`;
  const [costPort, orchestratorPort] = [await freePort(), await freePort()];
  const callers: ServiceProcess[] = [];
  let costApi: ServiceProcess | undefined;
  let dataApi: DataApiFixture | undefined;
  let forge: GitDaemon | undefined;
  const close = async () => {
    // The callers first, so that nothing reports to cost-api after it stopped; data-api last.
    await Promise.all(callers.splice(0).map((service) => service.stop()));
    await costApi?.stop();
    await dataApi?.close();
    await forge?.close();
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys(`${redis.prefix}*`);
      if (keys.length) await client.del(...keys);
    } finally {
      await client.quit();
    }
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    [dataApi, forge] = await Promise.all([startDataApi({ SHUTDOWN_DRAIN_MS: '0' }), startGitDaemon(workDir)]);
    const common = {
      SERVICE_TOKEN: TEST_SERVICE_TOKEN,
      DATA_API_URL: dataApi.url,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      LOG_LEVEL: 'warn',
      SHUTDOWN_DRAIN_MS: '0',
    };
    const start = (main: string, env: Record<string, string>, port?: number) =>
      startServiceProcess(main, env, { readyTimeoutMs: 45_000, port });
    const caller = async (main: string, env: Record<string, string>, port?: number) => {
      const service = await start(main, env, port);
      callers.push(service);
      return service;
    };
    // cost-api and orchestrator-runs each told where the other listens: all five start together.
    const toCost = { ...common, COST_API_URL: `http://127.0.0.1:${costPort}` };
    const runs = { ...toCost, ARTIFACTS_DIR: join(workDir, 'runs') };
    const settled = await Promise.allSettled([
      start(
        BUILT.costApi,
        {
          ...common,
          ORCHESTRATOR_URL: `http://127.0.0.1:${orchestratorPort}`,
          COST_ROOT_API_KEY: ROOT_KEY,
          ORG_CACHE_TTL_MS: '0',
          ADMISSION_LEASE_MS: String(LEASE_MS),
        },
        costPort,
      ).then((service) => (costApi = service)),
      caller(BUILT.orchestratorRuns, runs, orchestratorPort),
      caller(BUILT.ciJobs, { ...toCost, GITEA_WEBHOOK_SECRET: giteaSecret }),
      caller(BUILT.agentWorker, runs),
      caller(BUILT.ciRunner, { ...toCost, RUNNER_WORKDIR: join(workDir, 'ci'), RUNNER_HEARTBEAT_MS: '200' }),
    ]);
    const failed = settled.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
    const [cost, orchestrator, ciJobs] = settled.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    return { dataApi, costApi: cost, orchestrator, ciJobs, forge, workDir, giteaSecret, close };
  } catch (error) {
    await close();
    throw error;
  }
}
