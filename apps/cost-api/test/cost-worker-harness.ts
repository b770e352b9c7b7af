import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { CiJobFinished, UsageRecorded } from '@slipway/contracts';
import type { Schemas } from '@slipway/data-client';
import { waitFor } from '@slipway/devstack';
import { createApp, loadConfig } from '@slipway/platform';
import { StreamProducer } from '@slipway/streams';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { CostWorkerConfig } from '../src/config';
import { COST_JOBS_QUEUE, costJobsPrefix } from '../src/schedules/cost-jobs';
import { WorkerSchedules } from '../src/schedules/worker-schedules';
import {
  consumeWorkerStreams,
  WORKER_DESCRIPTION,
  WORKER_STREAMS,
  WorkerModule,
} from '../src/worker/worker.module';
import { CostHarness, SERVICE_TOKEN, type TestOrg } from './harness';

export type LedgerRecord = Schemas['SpendLedgerRecordDto'];
export type SpendAggregate = Schemas['SpendAggregateDto'];

/** A global price of the test model, per million tokens, from 2020 on unless told otherwise. */
export const GLOBAL_PRICE = {
  provider: 'openai',
  model: 'gpt-cost-test',
  input_per_1m: '2.5',
  cached_input_per_1m: '1.25',
  output_per_1m: '10',
};

/** A cost-worker's variables on the harness's data-api and Redis prefix, believing nothing it read. */
function workerEnvOf(cost: CostHarness): Record<string, string> {
  return {
    REDIS_URL: cost.config.REDIS_URL,
    REDIS_PREFIX: cost.prefix,
    SERVICE_TOKEN,
    DATA_API_URL: cost.dataApi.url,
    ORG_CACHE_TTL_MS: '0',
    PRICE_CACHE_TTL_MS: '0',
    INGEST_LINGER_MS: '5',
    LOG_LEVEL: 'silent',
  };
}

/**
 * cost-api (CostHarness: the built data-api on its own database, the API in-process) and the
 * cost-worker in-process on the same Redis prefix, with prices and organizations believed for 0 ms,
 * a producer of the worker's streams, and readers of the ledger and its rollups.
 */
export class CostWorkerHarness {
  private constructor(
    readonly cost: CostHarness,
    readonly worker: NestFastifyApplication | null,
    readonly producer: StreamProducer<typeof WORKER_STREAMS>,
    readonly workerConfig: CostWorkerConfig,
  ) {}

  /** `inProcess: false` leaves the worker to the test (a spawned process, say: see workerEnv). */
  static async start(env: Record<string, string> = {}, inProcess = true): Promise<CostWorkerHarness> {
    const cost = await CostHarness.start();
    try {
      const workerConfig = loadConfig(CostWorkerConfig, { ...workerEnvOf(cost), ...env });
      let worker: NestFastifyApplication | null = null;
      if (inProcess) {
        ({ app: worker } = await createApp(
          WorkerModule.register(workerConfig),
          workerConfig,
          WORKER_DESCRIPTION,
        ));
        consumeWorkerStreams(worker, workerConfig);
        await worker.init();
        await worker.startAllMicroservices();
      }
      const producer = new StreamProducer({
        url: workerConfig.REDIS_URL,
        prefix: workerConfig.REDIS_PREFIX,
        producer: 'test',
        contracts: WORKER_STREAMS,
      });
      return new CostWorkerHarness(cost, worker, producer, workerConfig);
    } catch (error) {
      await cost.close();
      throw error;
    }
  }

  get client(): CostHarness['client'] {
    return this.cost.client;
  }

  /** The worker's variables for a spawned cost-worker on this harness's data-api and Redis prefix. */
  workerEnv(): Record<string, string> {
    return workerEnvOf(this.cost);
  }

  schedules(): WorkerSchedules {
    if (!this.worker) throw new Error('the worker runs outside this harness');
    return this.worker.get(WorkerSchedules);
  }

  /** A global (or, with org_id, an organization's) price of the test model. */
  async price(
    body: Partial<Schemas['CreateModelPriceRecordDto']> = {},
  ): Promise<Schemas['ModelPriceRecordDto']> {
    const { data } = await this.client.post('/api/model_prices', {
      body: { ...GLOBAL_PRICE, valid_from: '2020-01-01T00:00:00.000Z', source: 'custom', ...body },
    });
    return data;
  }

  /** An organization and a registry project of it (placed under `nodeId` when given). */
  async orgWithProject(
    overrides: Record<string, unknown> = {},
    project: { repo_url?: string; nodeId?: string } = {},
  ): Promise<{ org: TestOrg; projectId: string }> {
    const org = await this.cost.createOrg(overrides);
    const projectId = await this.project(org, project);
    return { org, projectId };
  }

  async project(org: TestOrg, project: { repo_url?: string; nodeId?: string } = {}): Promise<string> {
    const { data } = await this.client.post('/api/projects', {
      body: {
        name: `p-${randomUUID().slice(0, 8)}`,
        modules: [],
        owner_id: this.cost.dataApi.users.member.id,
        ...(project.repo_url ? { repo_url: project.repo_url } : {}),
      },
    });
    await this.client.post('/api/org_projects', {
      body: { project_id: data.id, org_id: org.id, ...(project.nodeId ? { node_id: project.nodeId } : {}) },
    });
    return data.id;
  }

  /** A model call of a run, as the agent worker reports it (every field overridable). */
  usage(projectId: string, overrides: Partial<UsageRecorded> = {}): UsageRecorded {
    return {
      provider_response_id: `resp-${randomUUID()}`,
      source: 'run',
      run_id: randomUUID(),
      phase: 'planning',
      owner_id: 'user-1',
      project_id: projectId,
      agent_id: 'planner',
      provider: GLOBAL_PRICE.provider,
      model: GLOBAL_PRICE.model,
      input_tokens: 1000,
      output_tokens: 200,
      cached_input_tokens: 0,
      reasoning_tokens: 0,
      cost_usd: '0',
      price_snapshot: {},
      occurred_at: new Date().toISOString(),
      ...overrides,
    };
  }

  async emitUsage(usage: UsageRecorded, envelopeId?: string): Promise<void> {
    await this.producer.emit('cost.usage', usage, envelopeId ? { id: envelopeId } : {});
  }

  async emitJob(job: CiJobFinished): Promise<void> {
    await this.producer.emit('ci.job-events', job);
  }

  /** Waits until the worker's group has read and acknowledged everything on `stream` (lag and pending 0). */
  async drained(stream: keyof typeof WORKER_STREAMS): Promise<void> {
    await waitFor(async () => {
      const groups = (await this.cost.redis.xinfo('GROUPS', `${this.cost.prefix}${stream}`)) as unknown[][];
      const group = groups.map(fieldsOf).find((fields) => fields.get('name') === 'cost-worker');
      return group && group.get('pending') === 0 && group.get('lag') === 0 ? true : undefined;
    }, `the cost-worker to drain ${stream}`);
  }

  /** Every ledger row of the organization, oldest first. */
  async ledger(orgId: string): Promise<LedgerRecord[]> {
    const rows: LedgerRecord[] = [];
    let cursor: string | undefined;
    do {
      const { data } = await this.client.get('/api/spend_ledger', {
        params: { query: { org_id: orgId, sort: 'created_at', limit: 100, ...(cursor ? { cursor } : {}) } },
      });
      rows.push(...data.items);
      cursor = data.next_cursor ?? undefined;
    } while (cursor);
    return rows;
  }

  /** Waits until the organization's ledger holds `count` rows, then answers them. */
  ledgerOf(orgId: string, count: number): Promise<LedgerRecord[]> {
    return waitFor(async () => {
      const rows = await this.ledger(orgId);
      if (rows.length > count) throw new Error(`${rows.length} ledger rows, more than ${count}`);
      return rows.length === count ? rows : undefined;
    }, `${count} ledger rows of ${orgId}`);
  }

  /** The rollups' sums over the days, grouped as asked. */
  async rollups(
    orgId: string,
    fromDay: string,
    toDay: string,
    groupBy: Array<'source' | 'local_day' | 'model' | 'project_id'> = [],
  ): Promise<SpendAggregate> {
    const { data } = await this.client.get('/api/spend_rollups/aggregate', {
      params: {
        query: {
          org_id: orgId,
          from_day: fromDay,
          to_day: toDay,
          ...(groupBy.length ? { group_by: groupBy } : {}),
        },
      },
    });
    return data;
  }

  /** The state of a cost-worker queue job (completed, failed, active, waiting…) once it has ended. */
  async jobEnded(jobId: string): Promise<{ state: string; result: unknown }> {
    const queue = new Queue(COST_JOBS_QUEUE, {
      connection: { url: this.workerConfig.REDIS_URL, maxRetriesPerRequest: null },
      prefix: costJobsPrefix(this.workerConfig.REDIS_PREFIX),
    });
    try {
      return await waitFor(async () => {
        const job = await queue.getJob(jobId);
        const state = job ? await job.getState() : 'missing';
        return state === 'completed' || state === 'failed' ? { state, result: job?.returnvalue } : undefined;
      }, `cost job ${jobId} to end`);
    } finally {
      await queue.close();
    }
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.producer.close();
    await this.cost.close();
  }
}

/** XINFO's flat [field, value, …] reply as a map. */
function fieldsOf(reply: unknown[]): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (let i = 0; i + 1 < reply.length; i += 2) fields.set(String(reply[i]), reply[i + 1]);
  return fields;
}

export { SERVICE_TOKEN };
