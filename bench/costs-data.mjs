// The data of bench:costs, generated inside PostgreSQL: organizations and their trees through
// data-api, then the ledger by INSERT … SELECT generate_series on GEN_WORKERS connections with its
// keys and indexes dropped (rebuilt after, as PostgreSQL printed them), its daily rollups by
// INSERT … SELECT … GROUP BY, and VACUUM ANALYZE.
import { randomUUID } from 'node:crypto';

export const TOKEN = 'bench-service-token-0123456789';
export const GEN_WORKERS = Number(process.env.BENCH_GEN_WORKERS ?? 2);
export const ORGS = 50;
export const DAYS = 90;
const PROJECTS_PER_ORG = 4; // 200 projects
export const PROJECTS = ORGS * PROJECTS_PER_ORG;
export const MODELS = 40;
const MODELS_PER_PROJECT = 3;
const USERS_PER_PROJECT = 5;
export const FIRST_DAY = '2026-01-01';
const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Africa/Lagos'];

export const step = (line) => process.stderr.write(`[bench:costs] ${line}\n`);
const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);
export const addDays = (day, n) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const LAST_DAY = addDays(FIRST_DAY, DAYS - 1);

export async function call(base, method, path, headers, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : undefined;
}

/** Organizations, their trees and the bench's lookup tables (projects under teams, each with its models). */
export async function organizations(dataApi, db) {
  const service = { 'x-service-token': TOKEN };
  await call(dataApi, 'POST', '/api/org_plans', service, {
    name: 'bench',
    label: 'Bench',
    daily_pipelines: 1000,
    monthly_pipelines: 10000,
    concurrent_pipelines: 10,
    providers: 10,
    seats: 100,
    price_monthly: '0',
    currency: 'USD',
  });
  const orgs = [];
  for (let i = 0; i < ORGS; i++) {
    const org = await call(dataApi, 'POST', '/api/organizations', service, {
      slug: `bench-org-${i}`,
      name: `Bench org ${i}`,
      currency: 'USD',
      timezone: ZONES[i % ZONES.length],
      country: 'US',
      plan: 'bench',
    });
    const departments = [0, 1].map((d) => ({
      id: randomUUID(),
      org_id: org.id,
      level: 'department',
      code: `D${d}`,
      name: `Department ${d}`,
      depth: 0,
    }));
    const teams = [0, 1, 2, 3].map((t) => ({
      id: randomUUID(),
      org_id: org.id,
      parent_id: departments[t % 2].id,
      level: 'team',
      code: `T${t}`,
      name: `Team ${t}`,
      depth: 1,
    }));
    await call(dataApi, 'POST', '/api/hierarchy_nodes/bulk', service, [...departments, ...teams]);
    orgs.push({ idx: i, id: org.id, slug: org.slug, tz: org.timezone, teams: teams.map((t) => t.id) });
  }
  await db.query(`
    CREATE SCHEMA bench;
    CREATE TABLE bench.orgs (idx int PRIMARY KEY, id uuid NOT NULL, tz text NOT NULL);
    CREATE TABLE bench.projects (org_idx int, k int, id uuid NOT NULL, node_id uuid NOT NULL, PRIMARY KEY (org_idx, k));
    CREATE TABLE bench.models (idx int PRIMARY KEY, provider text NOT NULL, model text NOT NULL);`);
  for (const org of orgs) {
    await db.query('INSERT INTO bench.orgs VALUES ($1, $2, $3)', [org.idx, org.id, org.tz]);
    for (let k = 0; k < PROJECTS_PER_ORG; k++)
      await db.query('INSERT INTO bench.projects VALUES ($1, $2, $3, $4)', [
        org.idx,
        k,
        randomUUID(),
        org.teams[k],
      ]);
  }
  const providers = ['openai', 'anthropic', 'gemini', 'mistral', 'deepseek'];
  for (let m = 0; m < MODELS; m++)
    await db.query('INSERT INTO bench.models VALUES ($1, $2, $3)', [
      m,
      providers[m % providers.length],
      `model-${m}`,
    ]);
  return orgs;
}

/** What the load drops and puts back: the tables' indexes and keys, as PostgreSQL prints them. */
async function definitions(db, tables) {
  const { rows: constraints } = await db.query(
    `SELECT conrelid::regclass::text AS tbl, conname, contype, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE conrelid = ANY($1::regclass[]) AND contype IN ('p', 'u', 'f')`,
    [tables],
  );
  const { rows: indexes } = await db.query(
    `SELECT tablename AS tbl, indexname, indexdef FROM pg_indexes
      WHERE tablename = ANY($1) AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u'))`,
    [tables],
  );
  return { constraints, indexes };
}

async function dropKeys(db, { constraints, indexes }) {
  for (const c of constraints.filter((c) => c.contype === 'f'))
    await db.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.conname}"`);
  for (const c of constraints.filter((c) => c.contype !== 'f'))
    await db.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.conname}"`);
  for (const i of indexes) await db.query(`DROP INDEX "${i.indexname}"`);
}

/** Builds the keys and indexes again, two at a time (2 cores), foreign keys last. */
async function restoreKeys(pool, { constraints, indexes }) {
  const statements = [
    ...constraints
      .filter((c) => c.contype !== 'f')
      .map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.conname}" ${c.def}`),
    ...indexes.map((i) => i.indexdef),
  ];
  const queue = [...statements];
  const worker = async () => {
    const client = await pool.connect();
    try {
      await client.query("SET maintenance_work_mem = '512MB'");
      for (let s = queue.shift(); s; s = queue.shift()) await client.query(s);
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: GEN_WORKERS }, worker));
  for (const c of constraints.filter((c) => c.contype === 'f'))
    await pool.query(`ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.conname}" ${c.def}`);
}

/**
 * Rows `from`…`to` of the ledger, every value a function of the row number (hashint8extended):
 * the org by number, an instant within the 90 days, a project of the org (its node fixed), one of
 * the project's models, one of the project's users; 85 % run, 10 % planner, 5 % CI minutes; amounts
 * with 12 decimals, sub-cent ones among them.
 */
const ledgerInsert = `
WITH src AS (
  SELECT g, g % ${ORGS} AS oi, (g / ${ORGS}) % ${PROJECTS_PER_ORG} AS pk,
    hashint8extended(g, 1) & 9223372036854775807 AS h1,
    hashint8extended(g, 2) & 9223372036854775807 AS h2,
    hashint8extended(g, 3) & 9223372036854775807 AS h3
  FROM generate_series($1::bigint, $2::bigint) g
), picked AS (
  SELECT s.*, o.id AS org_id, o.tz,
    timestamptz '${FIRST_DAY} 00:00:00+00' + (s.h1 % ${DAYS * 86400}) * interval '1 second' AS at,
    CASE WHEN s.h2 % 100 < 85 THEN 'run' WHEN s.h2 % 100 < 95 THEN 'planner' ELSE 'ci' END::spend_source AS source,
    p.id AS project_id, p.node_id,
    (s.h3 % 8000)::int AS input
  FROM src s JOIN bench.orgs o ON o.idx = s.oi JOIN bench.projects p ON p.org_idx = s.oi AND p.k = s.pk
)
INSERT INTO spend_ledger (event_id, org_id, occurred_at, local_day, source, node_id, project_id, provider, model,
  user_id, input_tokens, output_tokens, cached_input_tokens, amount)
SELECT 'bench-' || r.g, r.org_id, r.at, (r.at AT TIME ZONE r.tz)::date, r.source, r.node_id, r.project_id,
  CASE WHEN r.source = 'ci' THEN 'ci' ELSE m.provider END,
  CASE WHEN r.source = 'ci' THEN NULL ELSE m.model END,
  'user-' || r.oi || '-' || r.pk || '-' || (r.h2 / 300) % ${USERS_PER_PROJECT},
  CASE WHEN r.source = 'ci' THEN 0 ELSE r.input END,
  CASE WHEN r.source = 'ci' THEN 0 ELSE ((r.h3 / 8000) % 2000)::int END,
  CASE WHEN r.source = 'ci' THEN 0 ELSE (r.input * ((r.h3 / 16000000) % 500) / 1000)::int END,
  ((r.h1 / ${DAYS * 86400}) % 50000000000)::numeric / 1000000000000
FROM picked r JOIN bench.models m
  ON m.idx = ((r.oi * ${PROJECTS_PER_ORG} + r.pk) * ${MODELS_PER_PROJECT} + (r.h2 / 100) % ${MODELS_PER_PROJECT}) % ${MODELS}`;

const rollupInsert = `
INSERT INTO spend_rollups_daily (org_id, local_day, node_id, project_id, provider, model, source, user_id,
  amount, input_tokens, output_tokens, cached_input_tokens, events)
SELECT org_id, local_day, node_id, project_id, provider, model, source, user_id,
  sum(amount), sum(input_tokens), sum(output_tokens), sum(cached_input_tokens), count(*)
FROM spend_ledger GROUP BY org_id, local_day, node_id, project_id, provider, model, source, user_id`;

export async function generate(pool, count) {
  const tables = ['spend_ledger', 'spend_rollups_daily'];
  const defs = await definitions(pool, tables);
  await dropKeys(pool, defs);
  let t0 = performance.now();
  const per = Math.ceil(count / GEN_WORKERS);
  await Promise.all(
    Array.from({ length: GEN_WORKERS }, async (_, w) => {
      const client = await pool.connect();
      try {
        await client.query('SET synchronous_commit = off');
        await client.query(ledgerInsert, [w * per + 1, Math.min(count, (w + 1) * per)]);
      } finally {
        client.release();
      }
    }),
  );
  step(`${count.toLocaleString('en')} ledger rows inserted in ${seconds(t0)} s`);
  t0 = performance.now();
  await pool.query("SET work_mem = '256MB'");
  const rolled = await pool.query(rollupInsert);
  step(`${rolled.rowCount.toLocaleString('en')} rollup rows in ${seconds(t0)} s`);
  t0 = performance.now();
  await restoreKeys(pool, defs);
  step(`keys and indexes rebuilt in ${seconds(t0)} s`);
  t0 = performance.now();
  await pool.query('VACUUM (ANALYZE) spend_ledger');
  await pool.query('VACUUM (ANALYZE) spend_rollups_daily');
  step(`VACUUM ANALYZE in ${seconds(t0)} s`);
  return rolled.rowCount;
}
