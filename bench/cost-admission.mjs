// npm run bench:cost-admission — cost-api's admission (the built AdmissionStore: one Lua reserve,
// then a release so the concurrency limit never binds) beside a bare check-then-INCR loop (GET,
// compare, INCR: separate round trips), BENCH_CALLERS callers at once against real Redis, the two
// sides in alternating turns on one auto-pipelining connection each, as the app's shared one.
// Every round gives a fresh organization a daily limit the callers run into; what each side
// admits past it is its overshoot. The limit varies by round within [LIMIT, LIMIT + CALLERS):
// callers sharing one pipelined connection fall into step (a batch of GETs, then a batch of
// INCRs), so a limit that is a multiple of CALLERS would hide check-then-INCR's race.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { Redis } from 'ioredis';
import { deletePrefix, percentile } from './support.mjs';

const require = createRequire(import.meta.url);
const { AdmissionStore } = require('../dist/apps/cost-api/admission-store.js');

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench:cost-admission:${randomBytes(3).toString('hex')}:`;
const CALLERS = Number(process.env.BENCH_CALLERS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SLICES = Number(process.env.BENCH_SLICES ?? 5);
const LIMIT = Number(process.env.BENCH_DAILY_LIMIT ?? 5000);
const DAY = '2026-05-04';
const MONTH = '2026-05';

const step = (line) => process.stderr.write(`[bench:cost-admission] ${line}\n`);

/** Ours: reserve in one script; an admitted pipeline is released at once (its count stays). */
function scriptSide(redis) {
  const store = new AdmissionStore(redis, `${PREFIX}script:`);
  return {
    name: 'reserve script',
    open: (orgId) =>
      store.seed(orgId, { day: DAY, month: MONTH, dailyUsed: 0, monthlyUsed: 0, leases: [] }, Date.now()),
    async admit({ orgId, limit }, member) {
      const outcome = await store.reserve({
        orgId,
        member,
        day: DAY,
        month: MONTH,
        limits: { daily: limit, monthly: Number.MAX_SAFE_INTEGER, concurrent: CALLERS },
        nowMs: Date.now(),
        leaseMs: 60_000,
      });
      if (outcome.outcome === 'needs_seed') throw new Error('the round was not seeded');
      if (outcome.outcome !== 'admitted') return false;
      await store.release(orgId, member);
      return true;
    },
    counted: async (orgId) => (await store.usage(orgId, DAY, MONTH, Date.now())).daily,
  };
}

/** The baseline: read the count, compare, increment — what LiteLLM #34732 describes. */
function checkThenIncrSide(redis) {
  const key = (orgId) => `${PREFIX}bare:{org:${orgId}}:daily:${DAY}`;
  return {
    name: 'check-then-INCR',
    open: async () => undefined,
    async admit({ orgId, limit }) {
      const used = Number((await redis.get(key(orgId))) ?? 0);
      if (used >= limit) return false;
      await redis.incr(key(orgId));
      return true;
    },
    counted: async (orgId) => Number(await redis.get(key(orgId))),
  };
}

/**
 * One turn of `ms`: CALLERS loops admitting new pipelines; the first refusal of a round opens the
 * next one (a fresh org). Answers the admissions, the time, each admission's latency and the
 * rounds (admitted, and the counter the side kept).
 */
async function turn(side, ms) {
  const rounds = [];
  const open = () => {
    const limit = LIMIT + Math.floor(Math.random() * CALLERS);
    const round = { orgId: randomBytes(8).toString('hex'), limit, admitted: 0, refused: 0 };
    round.ready = side.open(round.orgId);
    rounds.push(round);
    return round;
  };
  let current = open();
  const latencies = [];
  const started = performance.now();
  const end = started + ms;
  const caller = async (c) => {
    for (let n = 0; performance.now() < end; n++) {
      const round = current;
      await round.ready;
      const t0 = performance.now();
      const admitted = await side.admit(round, `run:${c}-${n}`);
      latencies.push(performance.now() - t0);
      if (admitted) {
        round.admitted += 1;
        continue;
      }
      round.refused += 1;
      if (current === round) current = open();
    }
  };
  await Promise.all(Array.from({ length: CALLERS }, (_, c) => caller(c)));
  const seconds = (performance.now() - started) / 1000;
  for (const round of rounds) round.counter = await side.counted(round.orgId);
  return { seconds, latencies, rounds };
}

function summary(turns) {
  const rounds = turns.flatMap((t) => t.rounds);
  const full = rounds.filter((round) => round.refused > 0);
  const admitted = rounds.reduce((sum, round) => sum + round.admitted, 0);
  const latencies = turns.flatMap((t) => t.latencies);
  return {
    perSecond: admitted / turns.reduce((sum, t) => sum + t.seconds, 0),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rounds: full.length,
    overshoot: full.reduce((sum, round) => sum + Math.max(0, round.admitted - round.limit), 0),
    worst: Math.max(0, ...full.map((round) => round.admitted - round.limit)),
    counterOver: full.reduce((sum, round) => sum + Math.max(0, round.counter - round.limit), 0),
  };
}

const redis = [
  new Redis(REDIS_URL, { enableAutoPipelining: true }),
  new Redis(REDIS_URL, { enableAutoPipelining: true }),
];
let results;
try {
  const sides = [scriptSide(redis[0]), checkThenIncrSide(redis[1])];
  step(
    `${CALLERS} callers, daily limit ${LIMIT}–${LIMIT + CALLERS - 1} per round, ${SECONDS} s each side in ${SLICES} alternating turns`,
  );
  await turn(sides[0], 500); // warm-up: the script loaded, connections open
  await turn(sides[1], 500);
  const turns = sides.map(() => []);
  for (let slice = 0; slice < SLICES; slice++)
    for (const i of slice % 2 ? [1, 0] : [0, 1])
      turns[i].push(await turn(sides[i], (SECONDS * 1000) / SLICES));
  results = turns.map(summary);
} finally {
  await deletePrefix(redis[0], PREFIX);
  await Promise.all(redis.map((connection) => connection.quit()));
}

const [ours, bare] = results;
const ms = (n) => `${n.toFixed(2)} ms`;
const line = (name, x) =>
  `  ${name.padEnd(16)} ${x.perSecond.toFixed(0).padStart(7)} admissions/s  p50 ${ms(x.p50).padStart(9)}  p99 ${ms(x.p99).padStart(9)}  ` +
  `${x.rounds} full rounds: ${x.overshoot} admitted over the limit (worst round +${x.worst}), counters ${x.counterOver} over`;
process.stdout.write(
  [
    '',
    `Admissions, ${CALLERS} callers at once, daily limit ${LIMIT}–${LIMIT + CALLERS - 1} per round, ${SECONDS} s each side in ${SLICES} alternating turns`,
    line('reserve script', ours),
    line('check-then-INCR', bare),
    '',
  ].join('\n'),
);
const rows = [
  ['admissions/s, reserve script', ours.perSecond.toFixed(0), '≥ 5000', ours.perSecond >= 5000],
  ['admissions/s, check-then-INCR', bare.perSecond.toFixed(0), 'baseline', null],
  ['script / check-then-INCR', `${(ours.perSecond / bare.perSecond).toFixed(2)}×`, 'reported', null],
  [
    'overshoot, reserve script',
    String(ours.overshoot + ours.counterOver),
    '0',
    ours.overshoot + ours.counterOver === 0,
  ],
  ['overshoot, check-then-INCR', String(bare.overshoot), 'reported', null],
];
process.stdout.write(`${'figure'.padEnd(32)} ${'value'.padStart(10)}  ${'target'.padEnd(9)} result\n`);
for (const [name, value, target, pass] of rows)
  process.stdout.write(
    `${name.padEnd(32)} ${value.padStart(10)}  ${target.padEnd(9)} ${pass === null ? '—' : pass ? 'pass' : 'MISS'}\n`,
  );
process.exit(0);
