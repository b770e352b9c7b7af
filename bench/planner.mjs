// npm run bench:planner — the built orchestrator-runs API (offline planner) and data-api on a fresh
// database: an idea of a dozen features generated into a 60-task PatchSet and applied, per second,
// beside the same 60 creates sent to data-api as one POST /api/batch and as 60 sequential POSTs,
// all measured in the same run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import {
  deletePrefix,
  dropDatabase,
  freePort,
  migratedDatabase,
  percentile,
  Processes,
  root,
} from './support.mjs';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench:${randomBytes(3).toString('hex')}:`;
const TOKEN = 'bench-service-token-0123456789';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const TASKS = 60;
const DATABASE = 'slipway_bench_planner';
const IDEA = [
  'Build a marketplace for local makers.',
  'Users must sign up and log in with email or Google.',
  'Sellers must list products in a catalogue with photo uploads.',
  'Buyers should search products and pay by card with Stripe.',
  'Send email notifications when an order ships.',
  'An admin back office moderates listings.',
  'Analytics dashboards report sales.',
  'Buyers and sellers chat in real time.',
  'Integrate with shipping carriers through webhooks.',
  'Support English and French.',
  'Monitoring and logging for every service.',
  'Sellers could schedule sales on a calendar.',
  'Recommend products with AI.',
].join(' ');

const artifacts = mkdtempSync(join(tmpdir(), 'slipway-bench-planner-'));
const processes = new Processes();
const step = (line) => process.stderr.write(`[bench:planner] ${line}\n`);

async function call(base, method, path, headers, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

/** Runs `round` ROUNDS times one after another: rounds per second and latency percentiles. */
async function measure(round) {
  await round(); // warm-up
  const latencies = [];
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    const sent = performance.now();
    await round(i);
    latencies.push(performance.now() - sent);
  }
  const seconds = (performance.now() - started) / 1000;
  return { rate: ROUNDS / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

const databaseUrl = await migratedDatabase(DATABASE);
const dataApiPort = await freePort();
const dataApi = `http://127.0.0.1:${dataApiPort}`;
const apiPort = await freePort();
const api = `http://127.0.0.1:${apiPort}`;
const redis = new Redis(REDIS_URL);
const rows = [];
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
  await processes.start(
    ['dist/apps/orchestrator-runs/main.js'],
    {
      REDIS_URL,
      REDIS_PREFIX: PREFIX,
      SERVICE_TOKEN: TOKEN,
      DATA_API_URL: dataApi,
      ARTIFACTS_DIR: artifacts,
      PROFILES_DIR: join(root, 'apps/orchestrator-runs/profiles'),
      PORT: String(apiPort),
      LOG_LEVEL: 'warn',
      // The limiter still runs on every request; the bench's one user must not hit it.
      RATE_LIMIT_GENERATE_PER_MINUTE: '100000000',
    },
    `${api}/ready`,
  );
  const service = { 'x-service-token': TOKEN };
  const user = await call(dataApi, 'POST', '/api/users', service, { telegram_id: 777001, username: 'bench' });
  const asUser = { ...service, 'x-user-id': user.id };

  step('(a) generate → apply of a 60-task plan');
  let tasksPerPlan = 0;
  const planner = await measure(async () => {
    const { patch_set: patch } = await call(api, 'POST', '/api/planner/generate', asUser, {
      idea: IDEA,
      max_tasks: TASKS,
    });
    tasksPerPlan = patch.ops.filter((op) => op.op === 'create_task').length;
    const { id, format_version, base, source, ops, rationale } = patch;
    await call(api, 'POST', '/api/planner/apply', asUser, {
      id,
      format_version,
      base,
      source,
      ops,
      rationale,
    });
  });
  if (tasksPerPlan !== TASKS) throw new Error(`the plan has ${tasksPerPlan} tasks, not ${TASKS}`);

  const project = await call(dataApi, 'POST', '/api/projects', asUser, { name: 'Bench', modules: [] });
  const taskBody = (i) => ({
    project_id: project.id,
    type: 'engineering',
    title: `Task ${i}`,
    payload: { phase: 'bench' },
  });

  step('(b) 60 creates in one /api/batch');
  const batch = await measure(() =>
    call(dataApi, 'POST', '/api/batch', asUser, {
      operations: Array.from({ length: TASKS }, (_, i) => ({
        method: 'create',
        resource: 'tasks',
        body: taskBody(i),
      })),
    }),
  );

  step('(c) 60 sequential creates');
  const sequential = await measure(async () => {
    for (let i = 0; i < TASKS; i++) await call(dataApi, 'POST', '/api/tasks', asUser, taskBody(i));
  });

  const line = (name, r) =>
    `${name}: ${r.rate.toFixed(2)}/s p50 ${r.p50.toFixed(0)} ms p99 ${r.p99.toFixed(0)} ms`;
  rows.push(
    `${ROUNDS} rounds each, one after another, ${TASKS} tasks a round`,
    line('  offline generate → apply (PatchSet of a project, 60 tasks, their dependencies)', planner),
    line('  data-api: 60 task creates in one POST /api/batch', batch),
    line('  data-api: 60 sequential POST /api/tasks', sequential),
    `  generate → apply / one batch: ${(planner.rate / batch.rate).toFixed(2)}x · / sequential: ${(planner.rate / sequential.rate).toFixed(2)}x`,
  );
} finally {
  await processes.stopAll();
  await deletePrefix(redis, PREFIX);
  await redis.quit();
  await dropDatabase(DATABASE);
  rmSync(artifacts, { recursive: true, force: true });
}
process.stdout.write(`${rows.join('\n')}\n`);
