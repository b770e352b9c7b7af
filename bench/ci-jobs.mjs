// npm run bench:ci-jobs — GET /jobs/:id beside a bare node:http + ioredis server, webhook → claimed,
// and log line → SSE client latency, against the built ci-jobs and ci-runner on local Redis.
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { deletePrefix, freePort, percentile, Processes, sleep } from './support.mjs';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench:${randomBytes(3).toString('hex')}:`;
const SECRET = 'bench-gitea-secret-0123456789';
const TOKEN = 'bench-service-token-0123456789';
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const work = mkdtempSync(join(tmpdir(), 'slipway-bench-ci-'));
const processes = new Processes();

// A local forge: one commit whose pipeline does nothing, on many branches.
const src = join(work, 'src');
mkdirSync(join(src, '.slipway'), { recursive: true });
writeFileSync(join(src, '.slipway/ci.yml'), 'steps:\n  - name: noop\n    run: "true"\n');
const git = (...args) =>
  execFileSync('git', args, {
    cwd: src,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'b',
      GIT_AUTHOR_EMAIL: 'b@b',
      GIT_COMMITTER_NAME: 'b',
      GIT_COMMITTER_EMAIL: 'b@b',
    },
  })
    .toString()
    .trim();
git('init', '-q', '-b', 'main');
git('add', '.');
git('commit', '-q', '-m', 'bench');
execFileSync('git', ['clone', '-q', '--bare', src, `${src}.git`]);
const sha = git('rev-parse', 'HEAD');

const apiPort = await freePort();
const runnerPort = await freePort();
const barePort = await freePort();
const env = {
  REDIS_URL,
  REDIS_PREFIX: PREFIX,
  SERVICE_TOKEN: TOKEN,
  GITEA_WEBHOOK_SECRET: SECRET,
  LOG_LEVEL: 'warn',
  DATA_API_URL: `http://127.0.0.1:${await freePort()}`,
};
const api = `http://127.0.0.1:${apiPort}`;
await processes.start(['dist/apps/ci-jobs/main.js'], { ...env, PORT: String(apiPort) }, `${api}/health`);
await processes.start(
  ['bench/bare-job-server.mjs', REDIS_URL, PREFIX, String(barePort)],
  {},
  `http://127.0.0.1:${barePort}/jobs/none`,
  { anyAnswer: true },
);

const webhook = async (branch) => {
  const body = Buffer.from(
    JSON.stringify({
      ref: `refs/heads/${branch}`,
      after: sha,
      repository: { full_name: 'bench/app', clone_url: `file://${src}.git` },
    }),
  );
  const signature = createHmac('sha256', SECRET).update(body).digest('hex');
  const sent = Date.now();
  const response = await fetch(`${api}/webhook/gitea`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-gitea-event': 'push',
      'x-gitea-delivery': randomBytes(8).toString('hex'),
      'x-gitea-signature': signature,
    },
  });
  return { sent, job: (await response.json()).job_id };
};
const getJob = (id) =>
  fetch(`${api}/jobs/${id}`, { headers: { 'x-service-token': TOKEN } }).then((r) => r.json());

const redis = new Redis(REDIS_URL);
const rows = [];
try {
  // 1. log line → SSE client (before any runner exists, so the job stays open).
  const { job: logged } = await webhook('sse');
  const received = [];
  const controller = new AbortController();
  const stream = await fetch(`${api}/jobs/${logged}/logs`, {
    headers: { 'x-service-token': TOKEN },
    signal: controller.signal,
  });
  const reader = stream.body.getReader();
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (const match of buffer.matchAll(/"text":"bench (\d+)"/g))
        received.push(Date.now() - Number(match[1]));
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    }
  })();
  await sleep(300);
  for (let i = 0; i < 200; i++) {
    const line = {
      stream: 'stdout',
      step: 'bench',
      text: `bench ${Date.now()}`,
      at: new Date().toISOString(),
    };
    await redis.xadd(`${PREFIX}ci.logs.${logged}`, '*', 'data', JSON.stringify({ type: 'line', line }));
    await sleep(10);
  }
  await sleep(500);
  controller.abort();
  await reading;

  // 2. webhook → claimed (started_at written by the runner's claim).
  await processes.start(
    ['dist/apps/ci-jobs/runner.js'],
    { ...env, PORT: String(runnerPort), RUNNER_CONCURRENCY: '4', RUNNER_WORKDIR: join(work, 'ws') },
    `http://127.0.0.1:${runnerPort}/ready`,
  );
  const claims = [];
  for (let i = 0; i < 30; i++) {
    const { sent, job } = await webhook(`b${i}`);
    for (let tries = 0; tries < 200; tries++) {
      const state = await getJob(job);
      if (state.started_at) {
        claims.push(Date.parse(state.started_at) - sent);
        break;
      }
      await sleep(5);
    }
    await sleep(50);
  }

  // 3. GET /jobs/:id under load, beside the bare server.
  const { job: target } = await webhook('load');
  await sleep(500);
  const load = async (url, headers) => {
    const r = await autocannon({ url, connections: 32, duration: DURATION, headers });
    if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    return r;
  };
  const bare = await load(`http://127.0.0.1:${barePort}/jobs/${target}`, {});
  const ours = await load(`${api}/jobs/${target}`, { 'x-service-token': TOKEN });

  rows.push(
    `GET /jobs/:id, 32 connections, ${DURATION} s: ci-jobs ${ours.requests.average.toFixed(0)} req/s p50 ${ours.latency.p50} ms p99 ${ours.latency.p99} ms | bare node:http + HGETALL ${bare.requests.average.toFixed(0)} req/s p50 ${bare.latency.p50} ms p99 ${bare.latency.p99} ms | ratio ${(ours.requests.average / bare.requests.average).toFixed(2)}x`,
    `webhook → claimed by a runner (${claims.length} jobs): p50 ${percentile(claims, 50)} ms, p99 ${percentile(claims, 99)} ms`,
    `log line → SSE client (${received.length} lines): p50 ${percentile(received, 50)} ms, p99 ${percentile(received, 99)} ms`,
  );
} finally {
  await processes.stopAll();
  await deletePrefix(redis, PREFIX);
  await redis.quit();
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(
  `\nci-jobs bench (targets: status p99 < 5 ms at 32 connections, webhook → claimed p50 < 50 ms, log → client p99 < 250 ms)\n${rows.join('\n')}\n`,
);
process.exit(0);
