// Ingestion for bench:costs, into the ledger of 10M rows the reads were measured on: cost.usage
// events through the built cost-worker (as bench:cost-ingest does on a fresh database), else the
// bulk write the worker makes, in events per second.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { call, step, TOKEN } from './costs-data.mjs';
import { freePort, root, sleep } from './support.mjs';

const INGEST_EVENTS = Number(process.env.BENCH_INGEST_EVENTS ?? 50_000);

/** An organization with registry projects of its own (org_projects) and a global price for its model. */
async function ingestionOrg(dataApi) {
  const service = { 'x-service-token': TOKEN };
  const org = await call(dataApi, 'POST', '/api/organizations', service, {
    slug: 'bench-ingest',
    name: 'Bench ingest',
    currency: 'USD',
    timezone: 'Europe/Paris',
    country: 'FR',
    plan: 'bench',
  });
  const owner = await call(dataApi, 'POST', '/api/users', service, { telegram_id: 4242, role: 'admin' });
  const projects = [];
  for (let p = 0; p < 4; p++) {
    const project = await call(dataApi, 'POST', '/api/projects', service, {
      name: `ingest ${p}`,
      modules: [],
      owner_id: owner.id,
    });
    await call(dataApi, 'POST', '/api/org_projects', service, { project_id: project.id, org_id: org.id });
    projects.push(project.id);
  }
  await call(dataApi, 'POST', '/api/model_prices', service, {
    provider: 'openai',
    model: 'bench-model',
    input_per_1m: '2.5',
    output_per_1m: '10',
    cached_input_per_1m: '1.25',
    valid_from: '2020-01-01T00:00:00.000Z',
    source: 'catalogue',
  });
  return { id: org.id, owner: owner.id, projects };
}

const ledgerCount = async (pool, orgId) =>
  Number((await pool.query('SELECT count(*) FROM spend_ledger WHERE org_id = $1', [orgId])).rows[0].count);

/** cost.usage events on the stream as the planner writes them, through the cost-worker into the ledger. */
async function workerIngestion({ processes, env, redis, pool, prefix }, org) {
  const port = await freePort();
  await processes.start(
    ['dist/apps/cost-api/worker.js'],
    { ...env, PORT: String(port) },
    `http://127.0.0.1:${port}/health`,
  );
  const at = new Date().toISOString();
  const t0 = performance.now();
  for (let i = 0; i < INGEST_EVENTS; i += 1000) {
    const batch = redis.pipeline();
    for (let j = i; j < Math.min(INGEST_EVENTS, i + 1000); j++) {
      const id = randomUUID();
      const payload = {
        provider_response_id: `bench-ingest-${j}`,
        source: 'planner',
        endpoint: 'generate',
        owner_id: org.owner,
        project_id: org.projects[j % org.projects.length],
        agent_id: 'planner',
        provider: 'openai',
        model: 'bench-model',
        input_tokens: 1200,
        output_tokens: 300,
        cached_input_tokens: 400,
        reasoning_tokens: 0,
        cost_usd: '0.0055',
        price_snapshot: {},
        occurred_at: at,
      };
      const envelope = {
        id,
        type: 'cost.usage',
        version: 1,
        occurredAt: at,
        producer: 'bench',
        correlationId: id,
        payload,
      };
      batch.xadd(`${prefix}cost.usage`, '*', 'data', JSON.stringify(envelope));
    }
    await batch.exec();
  }
  for (let waited = 0; (await ledgerCount(pool, org.id)) < INGEST_EVENTS; waited += 100) {
    if (waited > 600_000) throw new Error('the cost-worker did not write every event within 10 minutes');
    await sleep(100);
  }
  return {
    path: 'cost.usage → cost-worker → ledger',
    perSecond: INGEST_EVENTS / ((performance.now() - t0) / 1000),
  };
}

/** The same events written as the cost-worker writes them: POST /api/spend_ledger/bulk, 1,000 a call, two calls at once. */
async function bulkIngestion(dataApi, pool, org) {
  const at = new Date().toISOString();
  const day = at.slice(0, 10);
  const batches = [];
  for (let i = 0; i < INGEST_EVENTS; i += 1000)
    batches.push(
      Array.from({ length: Math.min(1000, INGEST_EVENTS - i) }, (_, j) => ({
        event_id: `bench-bulk-${i + j}`,
        org_id: org.id,
        occurred_at: at,
        local_day: day,
        source: 'planner',
        project_id: org.projects[(i + j) % org.projects.length],
        provider: 'openai',
        model: 'bench-model',
        user_id: org.owner,
        input_tokens: 1200,
        output_tokens: 300,
        cached_input_tokens: 400,
        amount: '0.0055',
      })),
    );
  const t0 = performance.now();
  const sender = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift())
      await call(dataApi, 'POST', '/api/spend_ledger/bulk', { 'x-service-token': TOKEN }, batch);
  };
  await Promise.all([sender(), sender()]);
  if ((await ledgerCount(pool, org.id)) < INGEST_EVENTS) throw new Error('bulk ingestion lost events');
  return {
    path: 'POST /api/spend_ledger/bulk',
    perSecond: INGEST_EVENTS / ((performance.now() - t0) / 1000),
  };
}

/**
 * Events per second into the ledger: through the cost-worker when it is built (the bulk write when
 * it cannot be measured), else the bulk write. `run`: the processes, their env, Redis, the pool,
 * data-api's URL and the Redis prefix.
 */
export async function ingestion(run) {
  const org = await ingestionOrg(run.dataApi);
  let measured = null;
  if (existsSync(join(root, 'dist/apps/cost-api/worker.js')))
    measured = await workerIngestion(run, org).catch((error) => {
      step(`the cost-worker could not be measured (${error.message}); measuring the bulk write instead`);
      return null;
    });
  return measured ?? bulkIngestion(run.dataApi, run.pool, org);
}
