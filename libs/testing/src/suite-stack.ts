import { ensureFirstAdmin, freePort, testRedis, type TestRedis } from '@slipway/devstack';
import { startDataApiProcess, type DataApiProcess } from './data-api-process';
import { BUILT, startServiceProcess, type ServiceProcess } from './service-process';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SuiteOptions {
  /** The gateway's AUTH_CACHE_TTL_MS: how long an accepted key or a confirmed session is believed. */
  authCacheTtlMs: number;
  /** More variables for every process (a test's stand-in model server, say). */
  env?: Record<string, string>;
}

/** The whole suite as `npm start` runs it, each built process on a port of its own. */
export interface SuiteStack {
  gateway: ServiceProcess;
  dataApi: DataApiProcess;
  redis: TestRedis;
  /** Scratch space: the runs' artifacts, the runner's workspaces, the stand-in forge's repositories. */
  workDir: string;
  giteaSecret: string;
  serviceToken: string;
  /** cost-api's root key (COST_ROOT_API_KEY), as `npm start` makes it. */
  costRootKey: string;
  /** The first admin's key, as `npm start` creates it, and the file it wrote it to. */
  admin: { key: string; file: string; fileText: string };
  close(): Promise<void>;
}

/**
 * Starts data-api on an empty database (it migrates on boot), then cost-api and its cost-worker,
 * ci-jobs, ci-runner, orchestrator-runs and agent-worker (those that admit pipelines told where cost-api is), then the
 * gateway in front of them (its /ready waits for theirs), all on one Redis key prefix; then creates
 * the first admin and its key the way `npm start` does. What has started is stopped again if a
 * later step fails.
 */
export async function startSuiteStack(options: SuiteOptions): Promise<SuiteStack> {
  const serviceToken = `suite-token-${randomBytes(12).toString('hex')}`;
  const giteaSecret = `suite-gitea-${randomBytes(12).toString('hex')}`;
  const costRootKey = `suite-root-${randomBytes(16).toString('hex')}`;
  const redis = testRedis();
  const workDir = await mkdtemp(join(tmpdir(), 'slipway-suite-'));
  let dataApi: DataApiProcess | undefined;
  const started: ServiceProcess[] = [];
  const close = async () => {
    // The front door first, then what it fronted, data-api (and its database) last.
    const [gateway, ...behind] = started.splice(0).reverse();
    await gateway?.stop();
    await Promise.all(behind.map((service) => service.stop()));
    await dataApi?.close();
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
    const common = {
      SERVICE_TOKEN: serviceToken,
      REDIS_URL: redis.url,
      REDIS_PREFIX: redis.prefix,
      LOG_LEVEL: 'warn',
      // Nothing balances load in front of these processes: no need to wait before stopping.
      SHUTDOWN_DRAIN_MS: '0',
      ...options.env,
    };
    dataApi = await startDataApiProcess({
      SERVICE_TOKEN: serviceToken,
      LOG_LEVEL: 'warn',
      SHUTDOWN_DRAIN_MS: '0',
    });
    // cost-api and orchestrator-runs each told where the other listens before either does.
    const [costPort, orchestratorPort] = [await freePort(), await freePort()];
    const costApiUrl = `http://127.0.0.1:${costPort}`;
    const behind = { ...common, DATA_API_URL: dataApi.url, COST_API_URL: costApiUrl };
    const runs = { ...behind, ARTIFACTS_DIR: join(workDir, 'runs') };
    const start = async (main: string, env: Record<string, string>, port?: number) => {
      const service = await startServiceProcess(main, env, { readyTimeoutMs: 45_000, port });
      started.push(service);
      return service;
    };
    // Independent of one another: started together, every one settled before going on.
    const credentialsKey = `k1:${randomBytes(32).toString('base64')}`;
    const [costApi, ciJobs, orchestrator] = await allStarted([
      start(
        BUILT.costApi,
        {
          ...common,
          DATA_API_URL: dataApi.url,
          ORCHESTRATOR_URL: `http://127.0.0.1:${orchestratorPort}`,
          COST_ROOT_API_KEY: costRootKey,
          CREDENTIALS_ENCRYPTION_KEY: credentialsKey,
        },
        costPort,
      ),
      start(BUILT.ciJobs, { ...behind, GITEA_WEBHOOK_SECRET: giteaSecret }),
      start(BUILT.orchestratorRuns, runs, orchestratorPort),
      start(BUILT.ciRunner, { ...behind, RUNNER_WORKDIR: join(workDir, 'ci'), RUNNER_HEARTBEAT_MS: '200' }),
      start(BUILT.agentWorker, runs),
      start(BUILT.costWorker, {
        ...common,
        DATA_API_URL: dataApi.url,
        CREDENTIALS_ENCRYPTION_KEY: credentialsKey,
      }),
    ]);
    const gateway = await start(BUILT.gateway, {
      ...common,
      DATA_API_URL: dataApi.url,
      ORCHESTRATOR_URL: orchestrator.url,
      CI_JOBS_URL: ciJobs.url,
      COST_API_URL: costApi.url,
      AUTH_CACHE_TTL_MS: String(options.authCacheTtlMs),
    });
    const adminDir = join(workDir, 'admin');
    const first = await ensureFirstAdmin(dataApi.url, serviceToken, adminDir);
    if (!first.created) throw new Error('a fresh registry already had an admin');
    return {
      gateway,
      dataApi,
      redis,
      workDir,
      giteaSecret,
      serviceToken,
      costRootKey,
      admin: { key: first.key, file: first.file, fileText: await readFile(first.file, 'utf8') },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Waits for every start; the first failure is thrown once none is still pending (so none is left running). */
async function allStarted(starts: Promise<ServiceProcess>[]): Promise<ServiceProcess[]> {
  const settled = await Promise.allSettled(starts);
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
}
