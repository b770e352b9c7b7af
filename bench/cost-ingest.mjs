// npm run bench:cost-ingest — the built cost-worker pricing cost.usage into data-api's spend ledger
// (a fresh database, local Redis): BENCH_EVENTS model calls of BENCH_PROJECTS projects in
// BENCH_ORGS organizations are added to the stream as fast as Redis takes them, and the figure is
// events per second from the first XADD until the worker's group has acknowledged the last, every
// row counted in the ledger. Beside it, in the same run, the same number of rows POSTed straight to
// data-api's /api/spend_ledger/bulk in batches of the worker's size, two at a time as the worker
// writes: the ledger's own ceiling, with no stream, lookup or pricing in front of it.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { deletePrefix, dropDatabase, freePort, migratedDatabase, Processes, sleep } from './support.mjs';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench:cost-ingest:${randomBytes(3).toString('hex')}:`;
const TOKEN = 'bench-service-token-0123456789';
const EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const ORGS = Number(process.env.BENCH_ORGS ?? 20);
const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 200);
const BATCH = Number(process.env.BENCH_BATCH ?? 1000);
const DATABASE = 'slipway_bench_cost_ingest';
const MODELS = ['gpt-bench-a', 'gpt-bench-b', 'gpt-bench-c', 'gpt-bench-d'];
/** BENCH_CPU_PROFILE_DIR: where the worker writes a V8 CPU profile of the run (node --cpu-prof). */
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR;

const processes = new Processes();
const step = (line) => process.stderr.write(`[bench:cost-ingest] ${line}\n`);

const databaseUrl = await migratedDatabase(DATABASE);
const dataApiPort = await freePort();
const dataApi = `http://127.0.0.1:${dataApiPort}`;
const workerPort = await freePort();
const redis = new Redis(REDIS_URL);

async function post(path, body) {
  const response = await fetch(`${dataApi}${path}`, {
    method: 'POST',
    headers: { 'x-service-token': TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function ledgerCount() {
  const response = await fetch(`${dataApi}/api/spend_ledger?limit=1&count=true`, {
    headers: { 'x-service-token': TOKEN },
  });
  return (await response.json()).total;
}

/** The worker group's unread and unacknowledged entries of cost.usage. */
async function outstanding() {
  const groups = await redis.xinfo('GROUPS', `${PREFIX}cost.usage`).catch(() => []);
  for (const group of groups) {
    const fields = Object.fromEntries(group.flatMap((value, i) => (i % 2 ? [] : [[value, group[i + 1]]])));
    if (fields.name === 'cost-worker') return Number(fields.lag) + Number(fields.pending);
  }
  return Infinity;
}

const envelope = (payload) =>
  JSON.stringify({
    id: randomUUID(),
    type: 'cost.usage',
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'bench',
    correlationId: randomUUID(),
    payload,
  });

const call = (projectId, i) => ({
  provider_response_id: `bench-${i}-${randomUUID()}`,
  source: 'run',
  run_id: randomUUID(),
  phase: 'planning',
  owner_id: 'bench',
  project_id: projectId,
  agent_id: 'bench',
  provider: 'openai',
  model: MODELS[i % MODELS.length],
  input_tokens: 1000 + (i % 500),
  output_tokens: 200 + (i % 50),
  cached_input_tokens: i % 300,
  reasoning_tokens: 0,
  cost_usd: '0',
  price_snapshot: {},
  occurred_at: new Date(Date.now() - (i % 86_400) * 1000).toISOString(),
});

/** CPU seconds a process has used so far (user + system, from /proc; Linux). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Adds calls to the stream in pipelines of 1,000. */
async function emit(calls) {
  for (let start = 0; start < calls.length; start += 1000) {
    const pipeline = redis.pipeline();
    for (const payload of calls.slice(start, start + 1000))
      pipeline.xadd(`${PREFIX}cost.usage`, 'MAXLEN', '~', '1000000', '*', 'data', envelope(payload));
    await pipeline.exec();
  }
}

try {
  await processes.start(
    ['dist/apps/data-api/main.js'],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(dataApiPort),
      SERVICE_TOKEN: TOKEN,
      LOG_LEVEL: 'warn',
      MIGRATIONS_RUN: 'false',
    },
    `${dataApi}/ready`,
  );
  const plan = {
    label: 'Bench',
    daily_pipelines: 1,
    monthly_pipelines: 1,
    concurrent_pipelines: 1,
    providers: 1,
    seats: 1,
  };
  await post('/api/org_plans', {
    name: 'bench',
    ...plan,
    price_monthly: '0',
    currency: 'USD',
    shipped: false,
    shipped_version: 0,
  });
  const user = await post('/api/users', {
    telegram_id: 4242,
    role: 'member',
    is_active: true,
    username: 'bench',
  });
  for (const model of MODELS)
    await post('/api/model_prices', {
      provider: 'openai',
      model,
      input_per_1m: '2.5',
      cached_input_per_1m: '1.25',
      output_per_1m: '10',
      valid_from: '2020-01-01T00:00:00Z',
      source: 'custom',
    });
  const orgs = [];
  for (let o = 0; o < ORGS; o += 1) {
    const timezone = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo'][o % 4];
    orgs.push(
      await post('/api/organizations', {
        slug: `bench-${o}-${randomBytes(2).toString('hex')}`,
        name: `Bench ${o}`,
        currency: 'USD',
        timezone,
        country: 'US',
        plan: 'bench',
      }),
    );
  }
  const projects = [];
  for (let p = 0; p < PROJECTS; p += 1) {
    const project = await post('/api/projects', { name: `bench-${p}`, modules: [], owner_id: user.id });
    await post('/api/org_projects', { project_id: project.id, org_id: orgs[p % ORGS].id });
    projects.push(project.id);
  }

  const worker = await processes.start(
    [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), 'dist/apps/cost-api/worker.js'],
    {
      REDIS_URL,
      REDIS_PREFIX: PREFIX,
      SERVICE_TOKEN: TOKEN,
      DATA_API_URL: dataApi,
      PORT: String(workerPort),
      INGEST_BATCH_SIZE: String(BATCH),
      LOG_LEVEL: 'warn',
    },
    `http://127.0.0.1:${workerPort}/ready`,
  );
  step('processes up; warming the worker’s caches (one call per project)');
  await emit(projects.map((projectId, i) => call(projectId, i)));
  while ((await outstanding()) > 0) await sleep(50);
  const warm = await ledgerCount();

  step(`(a) ${EVENTS} calls through the cost-worker`);
  const calls = Array.from({ length: EVENTS }, (_, i) => call(projects[i % PROJECTS], i));
  const cpuBefore = cpuSeconds(worker.pid);
  const started = performance.now();
  await emit(calls);
  while ((await outstanding()) > 0) await sleep(20);
  const workerSeconds = (performance.now() - started) / 1000;
  const cpuPerEvent = ((cpuSeconds(worker.pid) - cpuBefore) / EVENTS) * 1e6;
  const counted = (await ledgerCount()) - warm;
  if (counted !== EVENTS) throw new Error(`the ledger counted ${counted} of ${EVENTS} calls`);

  step(`(b) ${EVENTS} rows straight to POST /api/spend_ledger/bulk, ${BATCH} a request, two at once`);
  const rows = calls.map((usage, i) => ({
    event_id: `bare:${usage.provider_response_id}`,
    org_id: orgs[(i % PROJECTS) % ORGS].id,
    occurred_at: usage.occurred_at,
    local_day: usage.occurred_at.slice(0, 10),
    source: 'run',
    project_id: usage.project_id,
    provider: usage.provider,
    model: usage.model,
    user_id: usage.owner_id,
    run_id: usage.run_id,
    input_tokens: usage.input_tokens - usage.cached_input_tokens,
    output_tokens: usage.output_tokens,
    cached_input_tokens: usage.cached_input_tokens,
    amount: '0.004',
    price_snapshot: { bench: true },
  }));
  const batches = [];
  for (let start = 0; start < rows.length; start += BATCH) batches.push(rows.slice(start, start + BATCH));
  const bareStarted = performance.now();
  const lane = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift())
      await post('/api/spend_ledger/bulk', batch);
  };
  await Promise.all([lane(), lane()]);
  const bareSeconds = (performance.now() - bareStarted) / 1000;

  const ours = EVENTS / workerSeconds;
  const bare = EVENTS / bareSeconds;
  console.log(`cost.usage → ledger, ${EVENTS} events, ${PROJECTS} projects, ${ORGS} orgs, batch ${BATCH}`);
  console.log(
    `cost-worker (stream, lookups, pricing, bulk write, ack)  ${ours.toFixed(0).padStart(8)} events/s`,
  );
  console.log(
    `data-api bulk write alone (baseline)                     ${bare.toFixed(0).padStart(8)} rows/s`,
  );
  console.log(`worker/baseline ${(ours / bare).toFixed(2)} (target ≥ 5000 events/s)`);
  console.log(
    `cost-worker CPU per event ${cpuPerEvent.toFixed(0)} µs: ${(1e6 / cpuPerEvent).toFixed(0)} events/s per core it has to itself`,
  );
} finally {
  await processes.stopAll();
  await deletePrefix(redis, PREFIX);
  await redis.quit();
  await dropDatabase(DATABASE);
}
