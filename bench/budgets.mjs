// npm run bench:budgets — cost-api's budget reservations (the built BudgetStore: one Lua script
// holds a call's worst case on a three-node path, root → department → team, or refuses it) beside
// a naive check-then-INCRBYFLOAT (read each node's spend, compare, then add to each: separate round
// trips), BENCH_CALLERS callers at once against real Redis, the sides in alternating turns on one
// auto-pipelining connection each, as the app's shared one. A third side settles each held call at
// once (reserve, then settle: the whole life of a call). Every round gives a fresh organization a
// team budget that fits `limit` calls; what a side admits past it is its overshoot. The limit
// varies by round within [LIMIT, LIMIT + CALLERS), as in bench:cost-admission, so that callers
// falling into step cannot hide check-then-INCRBYFLOAT's race.
import { randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { Redis } from 'ioredis';
import { deletePrefix, percentile } from './support.mjs';

const require = createRequire(import.meta.url);
const { BudgetStore } = require('../dist/apps/cost-api/budget-store.js');

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `bench:budgets:${randomBytes(3).toString('hex')}:`;
const CALLERS = Number(process.env.BENCH_CALLERS ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SLICES = Number(process.env.BENCH_SLICES ?? 5);
const LIMIT = Number(process.env.BENCH_LIMIT ?? 5000);
/** One call's worst case, in micro-dollars (0.002 USD), and what it actually costs when settled. */
const AMOUNT = 2_000;
const ACTUAL = 2_000;
const DAY = '2026-05-04';
const MONTH = '2026-05';

const step = (line) => process.stderr.write(`[bench:budgets] ${line}\n`);

/** A round's organization: a path of three nodes, the team's daily budget fitting `limit` calls. */
function openRound(limit) {
  const orgId = randomBytes(8).toString('hex');
  const path = [
    { id: randomUUID(), daily: null, monthly: null, hard: true },
    { id: randomUUID(), daily: null, monthly: Number.MAX_SAFE_INTEGER, hard: true },
    { id: randomUUID(), daily: limit * AMOUNT, monthly: null, hard: true },
  ];
  return { orgId, path, limit, admitted: 0, refused: 0 };
}

/** Ours: the reserve script; with `settle`, each held call is settled to its actual at once. */
function scriptSide(redis, settle) {
  const store = new BudgetStore(redis, `${PREFIX}${settle ? 'cycle' : 'script'}:`);
  const record = { provider: 'openai', model: 'gpt-bench', price: null };
  return {
    name: settle ? 'reserve + settle' : 'reserve script',
    open: async ({ orgId }) => {
      await store.seed(orgId, 'daily', DAY, new Map());
      await store.seed(orgId, 'monthly', MONTH, new Map());
    },
    async admit({ orgId, path }) {
      const reservationId = randomUUID();
      const nowMs = Date.now();
      const outcome = await store.reserve({
        orgId,
        reservationId,
        day: DAY,
        month: MONTH,
        nowMs,
        leaseMs: 600_000,
        amount: AMOUNT,
        path,
        record,
      });
      if (outcome.outcome === 'needs_seed') throw new Error('the round was not seeded');
      if (outcome.outcome !== 'held') return false;
      if (settle)
        await store.settle({
          orgId,
          reservationId,
          day: DAY,
          month: MONTH,
          nowMs,
          actual: ACTUAL,
          fallback: { s: 'settled', a: '0', n: [], e: '0', ...record },
        });
      return true;
    },
    /** What the team's budget carries at the end: spent and held, in micro-dollars. */
    async used({ orgId, path }) {
      const figures = await store.figures(orgId, DAY, MONTH, Date.now());
      const team = path[2].id;
      return (figures.daily.spent.get(team) ?? 0) + (figures.reserved.get(team) ?? 0);
    },
  };
}

/** The baseline: read every node's spend, compare, then add to each — what a budget check without a script does. */
function checkThenIncrSide(redis) {
  const key = (orgId, nodeId) => `${PREFIX}bare:{org:${orgId}}:spent:${DAY}:${nodeId}`;
  const amount = AMOUNT / 1_000_000;
  return {
    name: 'check-then-INCRBYFLOAT',
    open: async () => undefined,
    async admit({ orgId, path }) {
      const spent = await redis.mget(...path.map((node) => key(orgId, node.id)));
      for (const [i, node] of path.entries()) {
        if (node.daily === null) continue;
        if (Number(spent[i] ?? 0) + amount > node.daily / 1_000_000 + 1e-12) return false;
      }
      for (const node of path) await redis.incrbyfloat(key(orgId, node.id), amount);
      return true;
    },
    async used({ orgId, path }) {
      return Math.round(Number((await redis.get(key(orgId, path[2].id))) ?? 0) * 1_000_000);
    },
  };
}

/**
 * One turn of `ms`: CALLERS loops reserving calls; the first refusal of a round opens the next one
 * (a fresh org). Answers the calls held, the time, each reservation's latency and the rounds.
 */
async function turn(side, ms) {
  const rounds = [];
  const open = () => {
    const round = openRound(LIMIT + Math.floor(Math.random() * CALLERS));
    round.ready = side.open(round);
    rounds.push(round);
    return round;
  };
  let current = open();
  const latencies = [];
  const started = performance.now();
  const end = started + ms;
  const caller = async () => {
    while (performance.now() < end) {
      const round = current;
      await round.ready;
      const t0 = performance.now();
      const admitted = await side.admit(round);
      latencies.push(performance.now() - t0);
      if (admitted) {
        round.admitted += 1;
        continue;
      }
      round.refused += 1;
      if (current === round) current = open();
    }
  };
  await Promise.all(Array.from({ length: CALLERS }, caller));
  const seconds = (performance.now() - started) / 1000;
  for (const round of rounds) round.used = await side.used(round);
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
    // Micro-dollars the team's budget carries past its budget, summed over the rounds.
    overBudget: rounds.reduce((sum, round) => sum + Math.max(0, round.used - round.limit * AMOUNT), 0),
  };
}

const redis = [0, 1, 2].map(() => new Redis(REDIS_URL, { enableAutoPipelining: true }));
let results;
try {
  const sides = [scriptSide(redis[0], false), scriptSide(redis[1], true), checkThenIncrSide(redis[2])];
  step(
    `${CALLERS} callers, a team budget of ${LIMIT}–${LIMIT + CALLERS - 1} calls per round, ${SECONDS} s each side in ${SLICES} alternating turns`,
  );
  for (const side of sides) await turn(side, 500); // warm-up: scripts loaded, connections open
  const turns = sides.map(() => []);
  for (let slice = 0; slice < SLICES; slice++) {
    const order = slice % 2 ? [2, 1, 0] : [0, 1, 2];
    for (const i of order) turns[i].push(await turn(sides[i], (SECONDS * 1000) / SLICES));
  }
  results = turns.map(summary);
} finally {
  await deletePrefix(redis[0], PREFIX);
  await Promise.all(redis.map((connection) => connection.quit()));
}

const [ours, cycle, bare] = results;
const ms = (n) => `${n.toFixed(2)} ms`;
const usd = (micros) => (micros / 1_000_000).toFixed(6);
const line = (name, x) =>
  `  ${name.padEnd(24)} ${x.perSecond.toFixed(0).padStart(7)} calls held/s  p50 ${ms(x.p50).padStart(9)}  p99 ${ms(x.p99).padStart(9)}  ` +
  `${x.rounds} full rounds: ${x.overshoot} held over the budget (worst round +${x.worst}), ${usd(x.overBudget)} USD over`;
process.stdout.write(
  [
    '',
    `Budget reservations, ${CALLERS} callers at once, a three-node path, a team budget of ${LIMIT}–${LIMIT + CALLERS - 1} calls per round, ${SECONDS} s each side in ${SLICES} alternating turns`,
    line('reserve script', ours),
    line('reserve + settle', cycle),
    line('check-then-INCRBYFLOAT', bare),
    '',
  ].join('\n'),
);
const zero = (x) => x.overshoot === 0 && x.overBudget === 0;
const rows = [
  ['reservations/s, reserve script', ours.perSecond.toFixed(0), '≥ 5000', ours.perSecond >= 5000],
  ['calls/s, reserve + settle', cycle.perSecond.toFixed(0), 'reported', null],
  ['checks/s, check-then-INCRBYFLOAT', bare.perSecond.toFixed(0), 'baseline', null],
  ['script / check-then-INCRBYFLOAT', `${(ours.perSecond / bare.perSecond).toFixed(2)}×`, 'reported', null],
  ['overshoot, reserve script', String(ours.overshoot), '0', zero(ours)],
  ['overshoot, reserve + settle', String(cycle.overshoot), '0', zero(cycle)],
  ['overshoot, check-then-INCRBYFLOAT', String(bare.overshoot), 'reported', null],
];
process.stdout.write(`${'figure'.padEnd(34)} ${'value'.padStart(10)}  ${'target'.padEnd(9)} result\n`);
for (const [name, value, target, pass] of rows)
  process.stdout.write(
    `${name.padEnd(34)} ${value.padStart(10)}  ${target.padEnd(9)} ${pass === null ? '—' : pass ? 'pass' : 'MISS'}\n`,
  );
process.exit(0);
