// npm run bench:costs — cost reads at scale. BENCH_ROWS (10M) ledger rows over 90 days, 50
// organizations (in five time zones), 200 projects and 40 models, generated inside PostgreSQL
// (INSERT … SELECT generate_series, on BENCH_GEN_WORKERS connections, indexes built after), their
// daily rollups built to match (INSERT … SELECT … GROUP BY), then VACUUM ANALYZE. The built
// data-api and cost-api answer summaries and trends; each read's p50/p95 through cost-api uncached
// (the org's cache generation bumped before every request, as the cost-worker does) and cached,
// beside the same aggregate as a plain SQL query over the ledger and, in turns with the cached
// requests, the same bodies from a bare node:http + Redis GET (the machine's floor), in the same
// run. Then ingestion:
// cost.usage events through the built cost-worker into the ledger when dist/apps/cost-api/worker.js
// exists, else POST /api/spend_ledger/bulk, in events per second.
import { loadavg } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  addDays,
  call,
  DAYS,
  FIRST_DAY,
  generate,
  GEN_WORKERS,
  LAST_DAY,
  MODELS,
  organizations,
  ORGS,
  PROJECTS,
  step,
  TOKEN,
} from './costs-data.mjs';
import { ingestion } from './costs-ingestion.mjs';
import { deletePrefix, dropDatabase, freePort, migratedDatabase, percentile, Processes } from './support.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
/** The plain SQL over the ledger takes a second a query at 10M rows: fewer of them. */
const SQL_REQUESTS = Number(process.env.BENCH_SQL_REQUESTS ?? 50);
const KEEP = process.env.BENCH_KEEP_DATABASE === 'true';
const DATABASE = 'slipway_bench_costs';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench:costs:${randomBytes(3).toString('hex')}:`;
const ROOT_KEY = `bench-root-key-${randomBytes(16).toString('hex')}`;

// ── the reads ───────────────────────────────────────────────────────────────────────────────────

const percentiles = (times) => ({ p50: percentile(times, 50), p95: percentile(times, 95) });

/** Runs `once(i)` `count` times in a row, `before(i)` untimed before each: latency percentiles in ms. */
async function measure(once, before = async () => undefined, count = REQUESTS) {
  for (let i = 0; i < Math.min(20, count); i++) {
    await before(i);
    await once(i);
  }
  const times = [];
  for (let i = 0; i < count; i++) {
    await before(i);
    const t0 = performance.now();
    await once(i);
    times.push(performance.now() - t0);
  }
  return percentiles(times);
}

/** Runs `a(i)` and `b(i)` in turns, REQUESTS times each, so both meet the machine as it is then. */
async function measureInTurns(a, b) {
  const times = [[], []];
  for (let i = -20; i < REQUESTS; i++)
    for (const [side, once] of [a, b].entries()) {
      const t0 = performance.now();
      await once(Math.abs(i));
      if (i >= 0) times[side].push(performance.now() - t0);
    }
  return times.map(percentiles);
}

/** The reads compared: cost-api's route and query, and the same aggregate over the ledger in SQL. */
function scenarios() {
  const last30 = addDays(LAST_DAY, -29);
  const week = addDays(LAST_DAY, -6);
  const sums = 'sum(amount)::text, sum(input_tokens), sum(output_tokens), sum(cached_input_tokens), count(*)';
  return [
    {
      name: 'summary by model, 30 days',
      path: `/summary?start_date=${last30}&end_date=${LAST_DAY}&group_by=model`,
      sql: `SELECT model, ${sums} FROM spend_ledger WHERE org_id = $1 AND local_day BETWEEN $2 AND $3 GROUP BY model ORDER BY sum(amount) DESC`,
      args: [last30, LAST_DAY],
    },
    {
      name: 'summary by project × user, 90 days',
      path: `/summary?start_date=${FIRST_DAY}&end_date=${LAST_DAY}&group_by=project,user`,
      sql: `SELECT project_id, user_id, ${sums} FROM spend_ledger WHERE org_id = $1 AND local_day BETWEEN $2 AND $3 GROUP BY 1, 2 ORDER BY sum(amount) DESC`,
      args: [FIRST_DAY, LAST_DAY],
    },
    {
      name: 'summary by level (team), 90 days',
      path: `/summary?start_date=${FIRST_DAY}&end_date=${LAST_DAY}&group_by=level&level=team`,
      sql: `SELECT node_id, ${sums} FROM spend_ledger WHERE org_id = $1 AND local_day BETWEEN $2 AND $3 GROUP BY node_id ORDER BY sum(amount) DESC`,
      args: [FIRST_DAY, LAST_DAY],
    },
    {
      name: 'trend by day, 90 days',
      path: `/trend-granular?start_date=${FIRST_DAY}&end_date=${LAST_DAY}&granularity=day`,
      sql: `SELECT local_day, ${sums} FROM spend_ledger WHERE org_id = $1 AND local_day BETWEEN $2 AND $3 GROUP BY local_day ORDER BY local_day`,
      args: [FIRST_DAY, LAST_DAY],
    },
    {
      name: 'trend by hour, 7 days',
      path: `/trend-granular?start_date=${week}&end_date=${LAST_DAY}&granularity=hour`,
      sql: `SELECT date_trunc('hour', occurred_at, $4), ${sums} FROM spend_ledger WHERE org_id = $1 AND occurred_at >= ($2::date::timestamp AT TIME ZONE $4) AND occurred_at < (($3::date + 1)::timestamp AT TIME ZONE $4) GROUP BY 1 ORDER BY 1`,
      args: [week, LAST_DAY],
      zoned: true,
    },
  ];
}

/**
 * Each scenario through cost-api uncached and cached, its cached answers also through the bare
 * server (the same bodies, one GET each: the machine's floor for a cached answer), and its SQL.
 */
async function reads(costApi, bare, orgs, redis, pool) {
  const root = { 'x-api-key': ROOT_KEY };
  const orgOf = (i) => orgs[i % orgs.length];
  const get = (org, path) => call(costApi, 'GET', `/api/v1/costs/${org.slug}${path}`, root);
  const bump = (org) => redis.incr(`${PREFIX}cost:cache-gen:${org.id}`);
  const results = [];
  for (const scenario of scenarios()) {
    const uncached = await measure(
      (i) => get(orgOf(i), scenario.path),
      (i) => bump(orgOf(i)),
    );
    const warm = orgs.slice(0, 10);
    for (const [w, org] of warm.entries())
      await redis.set(`${PREFIX}bare:${w}`, JSON.stringify(await get(org, scenario.path)));
    const [cached, floor] = await measureInTurns(
      (i) => get(warm[i % warm.length], scenario.path),
      (i) => call(bare, 'GET', `/${i % warm.length}`, {}),
    );
    const sql = await measure(
      (i) => {
        const org = orgOf(i);
        return pool.query(scenario.sql, [org.id, ...scenario.args, ...(scenario.zoned ? [org.tz] : [])]);
      },
      undefined,
      SQL_REQUESTS,
    );
    results.push({ name: scenario.name, uncached, cached, floor, sql });
    step(
      `${scenario.name}: uncached p95 ${uncached.p95.toFixed(1)} ms, cached p95 ${cached.p95.toFixed(2)} ms (bare GET ${floor.p95.toFixed(2)} ms), SQL over the ledger p95 ${sql.p95.toFixed(1)} ms`,
    );
  }
  return results;
}

// ── the run ─────────────────────────────────────────────────────────────────────────────────────

const processes = new Processes();
const redis = new Redis(REDIS_URL);
let pool;
let report;
try {
  step(
    `${ROWS.toLocaleString('en')} rows, ${ORGS} orgs, ${DAYS} days, ${PROJECTS} projects, ${MODELS} models; ${REQUESTS} requests per figure`,
  );
  const url = await migratedDatabase(DATABASE);
  pool = new pg.Pool({ connectionString: url, max: GEN_WORKERS + 2 });
  const [dataPort, costPort, barePort] = [await freePort(), await freePort(), await freePort()];
  const dataApi = `http://127.0.0.1:${dataPort}`;
  const costApi = `http://127.0.0.1:${costPort}`;
  const bare = `http://127.0.0.1:${barePort}`;
  const env = {
    DATABASE_URL: url,
    SERVICE_TOKEN: TOKEN,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    MIGRATIONS_RUN: 'false',
    DATA_API_URL: dataApi,
    REDIS_URL,
    REDIS_PREFIX: PREFIX,
    COST_ROOT_API_KEY: ROOT_KEY,
  };
  await processes.start(
    ['dist/apps/data-api/main.js'],
    { ...env, PORT: String(dataPort) },
    `${dataApi}/health`,
  );
  const orgs = await organizations(dataApi, pool);
  const rollups = await generate(pool, ROWS);
  await processes.start(
    ['dist/apps/cost-api/main.js'],
    { ...env, PORT: String(costPort) },
    `${costApi}/health`,
  );
  await processes.start(
    ['bench/bare-cache-server.mjs', REDIS_URL, PREFIX, String(barePort)],
    {},
    `${bare}/health`,
  );
  const results = await reads(costApi, bare, orgs, redis, pool);
  const ingested = await ingestion({ processes, env, redis, pool, dataApi, prefix: PREFIX });
  report = { results, ingestion: ingested, rollups };
} finally {
  await processes.stopAll();
  await pool?.end();
  await deletePrefix(redis, PREFIX);
  await redis.quit();
  if (!KEEP) await dropDatabase(DATABASE);
}

const ms = (n) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
const rows = [];
for (const r of report.results) {
  rows.push([
    `${r.name}: cost-api uncached p50 / p95`,
    `${ms(r.uncached.p50)} / ${ms(r.uncached.p95)}`,
    'p95 < 200 ms',
    r.uncached.p95 < 200,
  ]);
  rows.push([
    `${r.name}: cost-api cached p50 / p95`,
    `${ms(r.cached.p50)} / ${ms(r.cached.p95)}`,
    'p95 < 5 ms',
    r.cached.p95 < 5,
  ]);
  rows.push([
    `${r.name}: bare node:http + Redis GET p50 / p95`,
    `${ms(r.floor.p50)} / ${ms(r.floor.p95)}`,
    'baseline',
    null,
  ]);
  rows.push([
    `${r.name}: SQL over the ledger p50 / p95`,
    `${ms(r.sql.p50)} / ${ms(r.sql.p95)}`,
    'baseline',
    null,
  ]);
}
rows.push([
  `ingestion, ${report.ingestion.path}`,
  `${report.ingestion.perSecond.toFixed(0)} events/s`,
  '≥ 5000/s',
  report.ingestion.perSecond >= 5000,
]);
process.stdout.write(
  `\nCost reads over ${ROWS.toLocaleString('en')} ledger rows (${report.rollups.toLocaleString('en')} daily rollup rows), ${REQUESTS} sequential requests per figure (${SQL_REQUESTS} of plain SQL), orgs in turn; load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}\n`,
);
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value, target, pass] of rows)
  process.stdout.write(
    `${name.padEnd(width)}  ${value.padStart(21)}  ${target.padEnd(13)} ${pass === null ? '—' : pass ? 'pass' : 'MISS'}\n`,
  );
process.exit(0);
