// npm run bench:gateway — the built gateway in front of the built data-api (fresh database, local
// Redis) and a stand-in event-stream upstream (bench/sse-upstream.mjs), each figure beside the same
// thing done straight to the upstream in the same run: GET /api/projects/:id with a cached API key,
// an SSE line's latency, and 1,000 event streams held open at once (memory, delivery, closing).
// The two sides take turns (or run together) so a busy neighbour on a shared machine hits both.
// BENCH_GATEWAY_CPU_PROF=<dir> writes the gateway's CPU profile there.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { flatOut, openStream, paced, summary } from './load.mjs';
import {
  deletePrefix,
  dropDatabase,
  freePort,
  migratedDatabase,
  Processes,
  root,
  sleep,
} from './support.mjs';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench:gateway:${randomBytes(3).toString('hex')}:`;
const TOKEN = 'bench-service-token-0123456789';
const DATABASE = 'slipway_bench_gateway';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SLICES = 5;
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 5);
const SSE_CLIENTS = Number(process.env.BENCH_SSE_CLIENTS ?? 50);
const SSE_INTERVAL_MS = Number(process.env.BENCH_SSE_INTERVAL_MS ?? 20);
const SSE_SECONDS = Number(process.env.BENCH_SSE_SECONDS ?? 5);
const BURST = Number(process.env.BENCH_STREAMS ?? 1000);
const PROFILE_DIR = process.env.BENCH_GATEWAY_CPU_PROF;
const processes = new Processes();

const step = (line) => process.stderr.write(`[bench:gateway] ${line}\n`);
const rssKiB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);

/**
 * SSE_CLIENTS steady streams from each base at once, opened alternately; p50/p99 of SSE_SECONDS of
 * lines after half a second.
 */
async function sseLatency(targets) {
  const samples = targets.map(() => []);
  let recording = false;
  const streams = await Promise.all(
    Array.from({ length: SSE_CLIENTS }, (_, n) =>
      targets.map(({ base, headers }, i) =>
        openStream(`${base}/jobs/steady-${i}-${n}/logs`, headers, (ms) => recording && samples[i].push(ms)),
      ),
    ).flat(),
  );
  await sleep(500);
  recording = true;
  await sleep(SSE_SECONDS * 1000);
  recording = false;
  for (const stream of streams) stream.close();
  return samples.map((lines) => ({ ...summary(lines), lines: lines.length }));
}

/** BURST streams opened at once through the gateway, then closed: its RSS, delivery, upstream closes. */
async function burst(gateway, headers, pid, upstreamStats) {
  const start = await upstreamStats();
  const rssBefore = rssKiB(pid);
  const settled = await Promise.allSettled(
    Array.from({ length: BURST }, (_, i) => openStream(`${gateway}/jobs/burst-${i}/logs`, headers)),
  );
  const streams = settled.filter((s) => s.status === 'fulfilled').map((s) => s.value);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) step(`${BURST - streams.length} streams failed to open, e.g. ${failed.reason}`);
  for (const end = Date.now() + 10_000; streams.some((s) => s.lines === 0) && Date.now() < end;)
    await sleep(50);
  await sleep(1000);
  const rssOpen = rssKiB(pid);
  const received = streams.filter((s) => s.lines > 0).length;
  const opened = (await upstreamStats()).opened - start.opened;
  for (const stream of streams) stream.close();
  let stats = await upstreamStats();
  for (const end = Date.now() + 10_000; stats.closed - start.closed < opened && Date.now() < end;) {
    await sleep(100);
    stats = await upstreamStats();
  }
  await sleep(500);
  return {
    rssBefore,
    rssOpen,
    rssClosed: rssKiB(pid),
    received,
    opened,
    closed: stats.closed - start.closed,
    stillOpen: stats.open - start.open,
  };
}

// ── the processes and their data ─────────────────────────────────────────────────────────────

const databaseUrl = await migratedDatabase(DATABASE);

const dataApi = `http://127.0.0.1:${await freePort()}`;
const upstream = `http://127.0.0.1:${await freePort()}`;
const gateway = `http://127.0.0.1:${await freePort()}`;
const redis = new Redis(REDIS_URL);
let report;
try {
  const dataApiPid = (
    await processes.start(
      ['dist/apps/data-api/main.js'],
      {
        DATABASE_URL: databaseUrl,
        PORT: new URL(dataApi).port,
        SERVICE_TOKEN: TOKEN,
        LOG_LEVEL: 'warn',
        MIGRATIONS_RUN: 'false',
      },
      `${dataApi}/ready`,
    )
  ).pid;
  const create = async (path, body) => {
    const response = await fetch(`${dataApi}${path}`, {
      method: 'POST',
      headers: { 'x-service-token': TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const user = await create('/api/users', { username: 'bench', email: 'bench@example.com', role: 'member' });
  const project = await create('/api/projects', { name: 'bench', modules: ['api'], owner_id: user.id });
  const { key } = await create('/api/api_keys', { name: 'bench', owner_id: user.id, scopes: ['read'] });
  const bearer = { authorization: `Bearer ${key}` };
  // What the gateway sends data-api for this key, besides a request id and X-Forwarded-*.
  const asUser = {
    'x-service-token': TOKEN,
    'x-user-id': user.id,
    'x-user-role': user.role,
    'x-user-email': user.email,
  };

  await processes.start(
    ['bench/sse-upstream.mjs', new URL(upstream).port, String(SSE_INTERVAL_MS)],
    {},
    `${upstream}/ready`,
  );
  const upstreamStats = () => fetch(`${upstream}/stats`).then((r) => r.json());
  const gatewayPid = (
    await processes.start(
      [...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), 'dist/apps/gateway/main.js'],
      {
        PORT: new URL(gateway).port,
        SERVICE_TOKEN: TOKEN,
        REDIS_URL,
        REDIS_PREFIX: PREFIX,
        DATA_API_URL: dataApi,
        ORCHESTRATOR_URL: upstream,
        CI_JOBS_URL: upstream,
        LOG_LEVEL: 'warn',
        SHUTDOWN_DRAIN_MS: '0',
        RATE_LIMIT_DEFAULT_PER_MIN: '1000000000',
      },
      `${gateway}/ready`,
    )
  ).pid;

  const bareProxy = `http://127.0.0.1:${await freePort()}`;
  const bareProxyPid = (
    await processes.start(
      ['bench/bare-proxy.mjs', new URL(bareProxy).port, dataApi, JSON.stringify(asUser)],
      {},
      `${bareProxy}/ready`,
    )
  ).pid;

  const path = `/api/projects/${project.id}`;
  const direct = { url: `${dataApi}${path}`, headers: asUser, pids: [dataApiPid] };
  const bare = { url: `${bareProxy}${path}`, headers: {}, pids: [bareProxyPid, dataApiPid] };
  const proxied = { url: `${gateway}${path}`, headers: bearer, pids: [gatewayPid, dataApiPid] };
  step('warm-up: the key verified and cached, both paths compiled, 20 streams opened and closed');
  await flatOut([direct, proxied], { connections: CONNECTIONS, seconds: 2 });
  for (const stream of await Promise.all(
    Array.from({ length: 20 }, (_, i) => openStream(`${gateway}/jobs/warm-${i}/logs`, bearer)),
  ))
    stream.close();
  await sleep(500);

  step(`${BURST} event streams at once through the gateway`);
  const streams = await burst(gateway, bearer, gatewayPid, upstreamStats);
  step(`GET ${path} flat out, ${CONNECTIONS} connections, ${SECONDS} s each in ${SLICES} turns`);
  const flat = await flatOut([direct, proxied, bare], {
    connections: CONNECTIONS,
    seconds: SECONDS,
    slices: SLICES,
  });
  // Flat out, a p99 is mostly queueing behind the slower side; at half the slower side's maximum
  // it is the hop itself.
  const rate = Math.round(Math.min(flat[0].rps, flat[1].rps) / 2);
  step(`the same paced at ${rate} req/s, ${PACED_SECONDS} s each in ${SLICES} turns`);
  const steady = await paced([direct, proxied], {
    rate,
    connections: CONNECTIONS,
    seconds: PACED_SECONDS,
    slices: SLICES,
  });
  step(
    `SSE lines, ${SSE_CLIENTS} clients each side at once, one line per ${SSE_INTERVAL_MS} ms, ${SSE_SECONDS} s`,
  );
  const sse = await sseLatency([
    { base: upstream, headers: {} },
    { base: gateway, headers: bearer },
  ]);
  report = { flat, rate, steady, sse, streams };
} finally {
  await processes.stopAll();
  await deletePrefix(redis, PREFIX);
  await redis.quit();
  await dropDatabase(DATABASE);
}

// ── the report ───────────────────────────────────────────────────────────────────────────────

const { flat, rate, steady, sse, streams } = report;
const ms = (n) => `${n.toFixed(2)} ms`;
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;
const side = (name, x) => `  ${name.padEnd(20)} p50 ${ms(x.p50).padStart(9)}  p99 ${ms(x.p99).padStart(9)}`;
const ratio = flat[1].rps / flat[0].rps;
const added = (pair) => pair[1].p99 - pair[0].p99;
const perStream = (streams.rssOpen - streams.rssBefore) / BURST;
process.stdout.write(
  [
    '',
    `GET /api/projects/:id flat out: ${CONNECTIONS} connections, ${SECONDS} s each side in ${SLICES} alternating turns`,
    `${side('direct to data-api', flat[0])}  ${flat[0].rps.toFixed(0).padStart(6)} req/s  CPU µs/req: data-api ${flat[0].cpuUs[0].toFixed(0)}, autocannon ${flat[0].clientCpuUs.toFixed(0)}`,
    `${side('through the gateway', flat[1])}  ${flat[1].rps.toFixed(0).padStart(6)} req/s  CPU µs/req: gateway ${flat[1].cpuUs[0].toFixed(0)}, data-api ${flat[1].cpuUs[1].toFixed(0)}, autocannon ${flat[1].clientCpuUs.toFixed(0)}`,
    `${side('through a bare proxy', flat[2])}  ${flat[2].rps.toFixed(0).padStart(6)} req/s  CPU µs/req: proxy ${flat[2].cpuUs[0].toFixed(0)}, data-api ${flat[2].cpuUs[1].toFixed(0)}, autocannon ${flat[2].clientCpuUs.toFixed(0)}  (node:http + undici, nothing else)`,
    `GET /api/projects/:id paced at ${rate} req/s (half the slower side's maximum), ${PACED_SECONDS} s each side`,
    `${side('direct to data-api', steady[0])}  ${steady[0].failed} failed`,
    `${side('through the gateway', steady[1])}  ${steady[1].failed} failed`,
    `SSE line send → receive: ${SSE_CLIENTS} clients each side at once, a line per ${SSE_INTERVAL_MS} ms, ${SSE_SECONDS} s`,
    `${side('direct to upstream', sse[0])}  ${sse[0].lines} lines`,
    `${side('through the gateway', sse[1])}  ${sse[1].lines} lines`,
    `${BURST} event streams held open through the gateway: gateway RSS ${mib(streams.rssBefore)} before, ${mib(streams.rssOpen)} with them open, ${mib(streams.rssClosed)} after closing`,
    `  ${streams.received} received data; the upstream saw ${streams.opened} open and ${streams.closed} close (${streams.stillOpen} left open)`,
    '',
  ].join('\n'),
);
const rows = [
  ['GET req/s, through / direct', `${ratio.toFixed(2)}×`, '≥ 0.75×', ratio >= 0.75],
  ['GET req/s, bare proxy / direct', `${(flat[2].rps / flat[0].rps).toFixed(2)}×`, 'baseline', null],
  ['GET req/s, through / bare proxy', `${(flat[1].rps / flat[2].rps).toFixed(2)}×`, 'reported', null],
  ['GET added p99, flat out', ms(added(flat)), '< 2 ms', added(flat) < 2],
  [`GET added p99, ${rate} req/s`, ms(added(steady)), '< 2 ms', added(steady) < 2],
  [`GET added p50, ${rate} req/s`, ms(steady[1].p50 - steady[0].p50), 'reported', null],
  ['SSE line added p99', ms(added(sse)), '< 5 ms', added(sse) < 5],
  ['memory per open stream', `${perStream.toFixed(1)} KiB`, 'reported', null],
  ['streams that received data', `${streams.received}/${BURST}`, `all`, streams.received === BURST],
  ['streams the upstream saw close', `${streams.closed}/${BURST}`, `all`, streams.closed === BURST],
];
process.stdout.write(`${'figure'.padEnd(32)} ${'value'.padStart(10)}  ${'target'.padEnd(9)} result\n`);
for (const [name, value, target, pass] of rows)
  process.stdout.write(
    `${name.padEnd(32)} ${value.padStart(10)}  ${target.padEnd(9)} ${pass === null ? '—' : pass ? 'pass' : 'MISS'}\n`,
  );
process.exit(0);
