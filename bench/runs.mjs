// npm run bench:runs — the built orchestrator-runs API and agent-workers (template provider) on a
// fresh data-api database and local Redis: runs created per second beside data-api's bare
// POST /api/runs, phases advanced per second with one worker and with BENCH_WORKERS, and event
// latency worker → SSE client beside a raw Redis PUBLISH → SUBSCRIBE, all measured in the same run.
import autocannon from 'autocannon';
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
  sleep,
} from './support.mjs';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench:${randomBytes(3).toString('hex')}:`;
const TOKEN = 'bench-service-token-0123456789';
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const WORKER_CONCURRENCY = Number(process.env.BENCH_WORKER_CONCURRENCY ?? 4);
const ADVANCE_RUNS = Number(process.env.BENCH_ADVANCE_RUNS ?? 24);
const ADVANCE_CONCURRENCY = 16;
const LATENCY_RUNS = Number(process.env.BENCH_LATENCY_RUNS ?? 8);
const PROFILE = 'analytics_forecast_app';
const PHASES = 6;
const DATABASE = 'slipway_bench_runs';
const USER = {
  'x-service-token': TOKEN,
  'x-user-id': 'bench',
  'x-user-email': 'bench@example.com',
};
const artifacts = mkdtempSync(join(tmpdir(), 'slipway-bench-runs-'));
const processes = new Processes();

const step = (line) => process.stderr.write(`[bench:runs] ${line}\n`);

async function load(url, options) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...options });
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

// ── the processes ────────────────────────────────────────────────────────────────────────────

const databaseUrl = await migratedDatabase(DATABASE);

const dataApiPort = await freePort();
const dataApi = `http://127.0.0.1:${dataApiPort}`;
const apiPort = await freePort();
const api = `http://127.0.0.1:${apiPort}`;
const shared = {
  REDIS_URL,
  REDIS_PREFIX: PREFIX,
  SERVICE_TOKEN: TOKEN,
  DATA_API_URL: dataApi,
  ARTIFACTS_DIR: artifacts,
  PROFILES_DIR: join(root, 'apps/orchestrator-runs/profiles'),
  LLM_PROVIDER: 'template',
  LOG_LEVEL: 'warn',
};
const startWorker = async () => {
  const port = await freePort();
  return processes.start(
    ['dist/apps/orchestrator-runs/worker.js'],
    { ...shared, PORT: String(port), WORKER_CONCURRENCY: String(WORKER_CONCURRENCY) },
    `http://127.0.0.1:${port}/ready`,
  );
};

const redis = new Redis(REDIS_URL);
const subscriber = new Redis(REDIS_URL);
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
  const registered = await fetch(`${dataApi}/api/available_models`, {
    method: 'POST',
    headers: { 'x-service-token': TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify({
      provider: 'template',
      model_name: 'slipway-template-1',
      input_price_per_1k: '0.003',
      output_price_per_1k: '0.015',
      cached_input_price_per_1k: '0.0003',
    }),
  });
  if (registered.status !== 201)
    throw new Error(`model price: ${registered.status} ${await registered.text()}`);
  await processes.start(
    ['dist/apps/orchestrator-runs/main.js'],
    {
      ...shared,
      PORT: String(apiPort),
      NEXT_WAIT_MS: '120000',
      // The limiter still runs on every request; the bench's one user must not hit it.
      RATE_LIMIT_CREATE_PER_MINUTE: '100000000',
      RATE_LIMIT_ADVANCE_PER_MINUTE: '100000000',
    },
    `${api}/ready`,
  );
  await startWorker();

  const call = async (method, path, body) => {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: { ...USER, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    return { status: response.status, body: json };
  };
  const createRun = async (intake) => {
    const { status, body } = await call('POST', '/runs', { profile: PROFILE, intake });
    if (status !== 201) throw new Error(`POST /runs: ${status} ${JSON.stringify(body)}`);
    return body.run_id;
  };

  step('processes up; (a) runs created per second');
  // ── (a) runs created per second, beside data-api's bare POST /api/runs ───────────────────
  const runBody = { profile: PROFILE, intake: 'Forecast demand for a chain of bakeries' };
  const bare = await load(`${dataApi}/api/runs`, {
    method: 'POST',
    headers: { 'x-service-token': TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify({ ...runBody, owner_id: 'bench', owner_email: 'bench@example.com' }),
  });
  // What POST /runs asks of data-api (the run, its six phases, the run.created event), done by a bare client.
  const sequence = await (async () => {
    const headers = { 'x-service-token': TOKEN, 'content-type': 'application/json' };
    const post = async (path, body) => {
      const response = await fetch(`${dataApi}${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      if (response.status !== 201)
        throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    };
    const latencies = [];
    const deadline = performance.now() + DURATION * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < deadline) {
          const sent = performance.now();
          const run = await post('/api/runs', {
            ...runBody,
            owner_id: 'bench',
            owner_email: 'bench@example.com',
          });
          await post(
            '/api/run_phases/bulk',
            ['planning', 'architecture', 'data', 'development', 'qa', 'documentation'].map((phase) => ({
              run_id: run.id,
              phase,
              status: 'pending',
            })),
          );
          await post('/api/run_events', {
            run_id: run.id,
            type: 'run.created',
            phase: 'planning',
            payload: {},
          });
          latencies.push(performance.now() - sent);
        }
      }),
    );
    return {
      rps: latencies.length / DURATION,
      p50: percentile(latencies, 50).toFixed(0),
      p99: percentile(latencies, 99).toFixed(0),
    };
  })();
  const created = await load(`${api}/runs`, {
    method: 'POST',
    headers: { ...USER, 'content-type': 'application/json' },
    body: JSON.stringify(runBody),
  });
  rows.push(
    `runs created, ${CONNECTIONS} concurrent, ${DURATION} s: POST /runs ${created.rps.toFixed(0)}/s p50 ${created.p50} ms p99 ${created.p99} ms | bare data-api POST /api/runs ${bare.rps.toFixed(0)}/s p50 ${bare.p50} ms p99 ${bare.p99} ms | ratio ${(created.rps / bare.rps).toFixed(2)}x`,
    `  the data-api writes of one POST /runs (run, phases bulk, event) by a bare client: ${sequence.rps.toFixed(0)}/s p50 ${sequence.p50} ms p99 ${sequence.p99} ms | POST /runs / that: ${(created.rps / sequence.rps).toFixed(2)}x`,
  );

  // ── (b) phases advanced per second: POST /next answers once the phase has completed ───────
  const advanceAll = async (label) => {
    const ids = await Promise.all(Array.from({ length: ADVANCE_RUNS }, (_, i) => createRun(`${label} ${i}`)));
    const latencies = [];
    const queue = [...ids];
    const began = performance.now();
    await Promise.all(
      Array.from({ length: ADVANCE_CONCURRENCY }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          for (let phase = 0; phase < PHASES; phase++) {
            const sent = performance.now();
            const { status, body } = await call('POST', `/runs/${id}/next`, {});
            if (status !== 200) throw new Error(`POST /runs/${id}/next: ${status} ${JSON.stringify(body)}`);
            latencies.push(performance.now() - sent);
          }
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    return { rate: latencies.length / seconds, count: latencies.length, latencies };
  };
  step('(b) phases advanced, 1 worker');
  const single = await advanceAll('one worker');
  step(`(b) phases advanced, ${WORKERS} workers`);
  for (let i = 1; i < WORKERS; i++) await startWorker();
  const scaled = await advanceAll(`${WORKERS} workers`);
  const fmtAdvance = ({ rate, latencies }) =>
    `${rate.toFixed(1)} phases/s, /next p50 ${percentile(latencies, 50).toFixed(0)} ms p99 ${percentile(latencies, 99).toFixed(0)} ms`;
  rows.push(
    `phases advanced (${ADVANCE_RUNS} runs × ${PHASES} phases, ${ADVANCE_CONCURRENCY} runs at a time, WORKER_CONCURRENCY ${WORKER_CONCURRENCY}): ${WORKERS} workers ${fmtAdvance(scaled)} | 1 worker ${fmtAdvance(single)} | ratio ${(scaled.rate / single.rate).toFixed(2)}x`,
  );

  // ── (c) event latency, row written (created_at) → SSE client, beside raw Redis pub/sub ─────
  step('(c) event latency');
  const ids = await Promise.all(Array.from({ length: LATENCY_RUNS }, (_, i) => createRun(`latency ${i}`)));
  const received = [];
  const byType = new Map();
  const controller = new AbortController();
  let measureFrom = Infinity;
  const readers = await Promise.all(
    ids.map(async (id) => {
      const stream = await fetch(`${api}/runs/${id}/events`, { headers: USER, signal: controller.signal });
      if (stream.status !== 200) throw new Error(`GET /runs/${id}/events: ${stream.status}`);
      const reader = stream.body.getReader();
      // Wrapped: an async function returning the loop's promise would wait for the stream to end.
      const reading = (async () => {
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ done: true }));
          if (done) return;
          const arrived = Date.now();
          buffer += decoder.decode(value, { stream: true });
          const messages = buffer.split('\n\n');
          buffer = messages.pop() ?? '';
          for (const message of messages) {
            const data = message
              .split('\n')
              .filter((line) => line.startsWith('data: '))
              .map((line) => line.slice(6))
              .join('\n');
            if (!data) continue;
            const event = JSON.parse(data);
            if (event.created_at === undefined || Date.parse(event.created_at) < measureFrom) continue;
            const latency = arrived - Date.parse(event.created_at);
            received.push(latency);
            byType.set(event.type, [...(byType.get(event.type) ?? []), latency]);
          }
        }
      })();
      return { reading };
    }),
  );
  await sleep(300);
  measureFrom = Date.now();
  await Promise.all(
    ids.map(async (id) => {
      for (let phase = 0; phase < PHASES; phase++) {
        const { status } = await call('POST', `/runs/${id}/next`, {});
        if (status !== 200) throw new Error(`POST /runs/${id}/next: ${status}`);
      }
    }),
  );
  await sleep(500);
  controller.abort();
  await Promise.all(readers.map((r) => r.reading));

  const pubsub = [];
  const channel = `${PREFIX}bench:pubsub`;
  await subscriber.subscribe(channel);
  subscriber.on('message', (_, message) => pubsub.push(Date.now() - Number(message)));
  for (let i = 0; i < 300; i++) {
    await redis.publish(channel, String(Date.now()));
    await sleep(2);
  }
  await sleep(200);

  const p = (values) => `p50 ${percentile(values, 50)} ms p99 ${percentile(values, 99)} ms`;
  const worker = ['phase.started', 'artifact.created', 'phase.completed'].flatMap((t) => byType.get(t) ?? []);
  rows.push(
    `event created_at → SSE client (${received.length} events of ${LATENCY_RUNS} runs advancing at once): all ${p(received)}; worker's (phase.started, artifact.created, phase.completed: ${worker.length}) ${p(worker)} | raw Redis PUBLISH → SUBSCRIBE (${pubsub.length}): ${p(pubsub)}`,
  );
} finally {
  await processes.stopAll();
  subscriber.disconnect();
  await deletePrefix(redis, PREFIX);
  await redis.quit();
  await dropDatabase(DATABASE).catch(() => undefined);
  rmSync(artifacts, { recursive: true, force: true });
}
process.stdout.write(
  `\norchestrator-runs bench: template provider, ${WORKERS} agent-workers, LOG_LEVEL warn, ${CONNECTIONS} connections\n${rows.join('\n')}\n`,
);
process.exit(0);
