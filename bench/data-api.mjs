// npm run bench:data-api — data-api beside a bare node:http + pg server doing the same queries, in the same run.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { readFileSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const TOKEN = 'bench-service-token-0123456789';
const SLIPWAY_PORT = 3191;
const BARE_PORT = 3192;
const server = process.env.DATABASE_URL
  ? new URL(process.env.DATABASE_URL)
  : new URL('postgres://postgres@127.0.0.1:5432/postgres');

async function recreateDatabase(name) {
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return Object.assign(new URL(server), { pathname: `/${name}` }).toString();
}

function run(args, env, waitFor) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (waitFor && out.includes(waitFor)) resolve(child);
    });
    child.once('exit', (code) =>
      waitFor ? reject(new Error(`${args[0]} exited ${code}: ${out}`)) : resolve(code),
    );
  });
}

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function load(url, options, pid) {
  const cpuBefore = cpuSeconds(pid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...options });
  if (result.non2xx || result.errors)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  const cpuUs = ((cpuSeconds(pid) - cpuBefore) * 1e6) / result.requests.total;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpuUs };
}

const url = await recreateDatabase('slipway_bench');
const migrate = await run(['dist/apps/data-api/main.js', 'migrate'], {
  DATABASE_URL: url,
  LOG_LEVEL: 'warn',
});
if (migrate !== 0) throw new Error('migrations failed');

const env = {
  DATABASE_URL: url,
  PORT: String(SLIPWAY_PORT),
  SERVICE_TOKEN: TOKEN,
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  MIGRATIONS_RUN: 'false',
};
const slipway = spawn(process.execPath, ['dist/apps/data-api/main.js'], {
  cwd: root,
  env: { ...process.env, ...env },
  stdio: 'inherit',
});
for (let i = 0; ; i++) {
  const healthy = await fetch(`http://127.0.0.1:${SLIPWAY_PORT}/health`).then(
    (r) => r.ok,
    () => false,
  );
  if (healthy) break;
  if (i > 200) throw new Error('data-api did not start');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const bare = await run(['bench/bare-server.mjs', url, String(BARE_PORT)], {}, 'ready');

const headers = { 'x-service-token': TOKEN, 'content-type': 'application/json' };
const api = (path, init = {}) =>
  fetch(`http://127.0.0.1:${SLIPWAY_PORT}${path}`, { headers, ...init }).then((r) => r.json());
const owner = await api('/api/users', {
  method: 'POST',
  body: JSON.stringify({ telegram_id: 4242, role: 'admin' }),
});
const statuses = ['created', 'active', 'paused', 'archived'];
for (let batch = 0; batch < 10; batch++) {
  const body = Array.from({ length: 200 }, (_, i) => ({
    name: `project ${batch}-${i}`,
    modules: ['api'],
    owner_id: owner.id,
  }));
  const rows = await api('/api/projects/bulk', { method: 'POST', body: JSON.stringify(body) });
  await Promise.all(
    rows
      .filter((_, i) => i % 2)
      .map((p, i) =>
        api(`/api/projects/${p.id}`, { method: 'PATCH', body: JSON.stringify({ status: statuses[i % 4] }) }),
      ),
  );
}
const [one] = (await api('/api/projects?limit=1')).items;

const scenarios = [
  { name: 'GET /api/projects/:id', path: `/api/projects/${one.id}`, options: {} },
  { name: 'GET /api/projects?status=active,paused', path: '/api/projects?status=active,paused', options: {} },
  {
    name: 'POST /api/projects',
    path: '/api/projects',
    options: {
      method: 'POST',
      body: JSON.stringify({ name: 'bench', modules: ['api'], owner_id: owner.id }),
    },
  },
];

const rows = [];
try {
  for (const s of scenarios) {
    const base = await load(`http://127.0.0.1:${BARE_PORT}${s.path}`, { ...s.options, headers }, bare.pid);
    const ours = await load(
      `http://127.0.0.1:${SLIPWAY_PORT}${s.path}`,
      { ...s.options, headers },
      slipway.pid,
    );
    rows.push({ scenario: s.name, ...ours, base });
  }
} finally {
  slipway.kill('SIGTERM');
  bare.kill('SIGTERM');
}

const fmt = (n) => n.toFixed(0).padStart(7);
process.stdout.write(
  `\ndata-api vs bare node:http + pg — ${CONNECTIONS} connections, ${DURATION} s each, log level ${env.LOG_LEVEL}\n`,
);
process.stdout.write(
  'scenario                               | data-api req/s p50 ms p99 ms CPU µs/req | bare req/s p50 ms p99 ms CPU µs/req | ratio req/s\n',
);
for (const r of rows) {
  const side = (x) =>
    `${fmt(x.rps)} ${String(x.p50).padStart(6)} ${String(x.p99).padStart(6)} ${fmt(x.cpuUs)}`;
  process.stdout.write(
    `${r.scenario.padEnd(38)} |        ${side(r)}    |    ${side(r.base)}    | ${(r.rps / r.base.rps).toFixed(2)}x\n`,
  );
}
process.exit(0);
