// npm run bench:streams — the Redis Streams transport beside a raw XREADGROUP/XACK loop and BullMQ,
// each consuming the same N messages with a trivial handler, in the same run.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';

const require = createRequire(import.meta.url);
const { benchTransport } = require('../dist/libs/streams/bench.js');

const N = Number(process.env.BENCH_MESSAGES ?? 20000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100);
const URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench:streams:${Date.now().toString(36)}${randomBytes(2).toString('hex')}:`;

const envelope = (n) =>
  JSON.stringify({
    id: `${PREFIX}${n}`,
    type: 'bench.events',
    version: 1,
    occurredAt: new Date().toISOString(),
    producer: 'bench',
    correlationId: `${PREFIX}${n}`,
    payload: { name: 'tick', n },
  });

/** The baseline: XREADGROUP COUNT 100, parse and handle each entry, XACK the batch. */
async function benchRaw(redis) {
  const stream = `${PREFIX}raw`;
  for (let sent = 0; sent < N; sent += 1000) {
    const pipeline = redis.pipeline();
    for (let n = sent; n < Math.min(N, sent + 1000); n += 1) pipeline.xadd(stream, '*', 'data', envelope(n));
    await pipeline.exec();
  }
  await redis.xgroup('CREATE', stream, 'bench', '0', 'MKSTREAM');
  let handled = 0;
  const started = performance.now();
  while (handled < N) {
    const reply = await redis.xreadgroup(
      'GROUP',
      'bench',
      'raw-1',
      'COUNT',
      100,
      'BLOCK',
      200,
      'STREAMS',
      stream,
      '>',
    );
    if (!reply) continue;
    const ids = [];
    for (const [id, fields] of reply[0][1]) {
      const { payload } = JSON.parse(fields[1]);
      if (typeof payload.n === 'number') handled += 1;
      ids.push(id);
    }
    await redis.xack(stream, 'bench', ...ids);
  }
  return N / ((performance.now() - started) / 1000);
}

async function benchBullmq() {
  const connection = { url: URL, maxRetriesPerRequest: null };
  const prefix = `${PREFIX}bull`;
  const queue = new Queue('bench', { connection, prefix });
  for (let sent = 0; sent < N; sent += 1000)
    await queue.addBulk(
      Array.from({ length: Math.min(1000, N - sent) }, (_, i) => ({
        name: 'tick',
        data: { name: 'tick', n: sent + i },
        opts: { removeOnComplete: true },
      })),
    );
  let handled = 0;
  let finish;
  const done = new Promise((resolve) => (finish = resolve));
  const started = performance.now();
  const worker = new Worker(
    'bench',
    async (job) => {
      if (typeof job.data.n === 'number') handled += 1;
      if (handled === N) finish();
    },
    { connection, prefix, concurrency: CONCURRENCY },
  );
  await done;
  const rate = N / ((performance.now() - started) / 1000);
  await worker.close();
  await queue.close();
  return rate;
}

async function deleteBenchKeys(redis) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

const redis = new Redis(URL);
try {
  console.log(`bench:streams — ${N} messages, trivial handler, concurrency ${CONCURRENCY}, Redis ${URL}`);
  const raw = await benchRaw(redis);
  console.log(`raw XREADGROUP/XACK loop  ${raw.toFixed(0).padStart(8)} msgs/s`);
  const ours = await benchTransport({
    url: URL,
    prefix: `${PREFIX}ours:`,
    messages: N,
    concurrency: CONCURRENCY,
  });
  console.log(`@slipway/streams          ${ours.toFixed(0).padStart(8)} msgs/s`);
  const bull = await benchBullmq();
  console.log(`BullMQ Queue + Worker     ${bull.toFixed(0).padStart(8)} msgs/s`);
  console.log(`ours/raw    ${(ours / raw).toFixed(2)}`);
  console.log(`ours/bullmq ${(ours / bull).toFixed(2)}`);
} finally {
  await deleteBenchKeys(redis);
  await redis.quit();
}
