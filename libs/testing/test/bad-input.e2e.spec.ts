import { realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { kinds, statuses, summarize, unhandled } from './bad-input/report';
import { sendAll, Sender } from './bad-input/send';
import { ROOT, Stack } from './bad-input/stack';
import { BadInputSuite } from './bad-input/suite';

/**
 * Every route of the HTTP services (the gateway's own /auth routes among them) fed generated bad
 * input, from their OpenAPI documents: wrong types, missing fields, over-long strings, NULs, deep
 * nesting, huge numbers, bad enums, malformed path parameters, queries and cursors, malformed JSON
 * and CSV, wrong content types, odd identity headers and API keys (each key a 401), HEAD on every
 * GET. Whatever comes back is a 4xx problem+json (or a success), never a 5xx, a stack trace, SQL or
 * a path of the server. Deterministic: BAD_INPUT_SEED picks another sample. The services run as
 * their built bundles (`npm run build`).
 */

const SEED = Number(process.env.BAD_INPUT_SEED ?? 20_240_506);
const CONCURRENCY = 4;

jest.setTimeout(240_000);

describe('bad input against every route of data-api, orchestrator-runs, ci-jobs, cost-api and the gateway', () => {
  let stack: Stack;
  let sender: Sender;

  beforeAll(async () => {
    stack = await Stack.start();
    const serverPaths = [
      ...new Set([ROOT, '/tmp/', `${tmpdir()}/`, `${realpathSync(tmpdir())}/`, 'node_modules']),
    ];
    sender = new Sender(stack.urls, serverPaths);
  });

  afterAll(async () => {
    await sender?.close();
    await stack?.close();
  });

  it('answers no 5xx, errors only as problem+json, and never a stack trace, SQL or a server path', async () => {
    const suite = await BadInputSuite.prepare(stack, sender, SEED);
    const cases = suite.cases();
    const started = Date.now();
    const outcomes = await sendAll(cases, CONCURRENCY, suite.send);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const failures = outcomes.filter((o) => o.problems.length > 0);
    console.log(
      [
        `bad input, seed ${SEED}: ${outcomes.length} requests to ${suite.operations.length} operations in ${seconds} s`,
        `kinds: ${kinds(cases)}`,
        `statuses: ${statuses(outcomes)}`,
        `seeded: ${[...suite.known.entries()].map(([name, ids]) => `${name}×${ids.length}`).join(' ')}; cursors: ${suite.cursors.size}`,
        ...suite.unseeded.map((line) => `not seeded: ${line}`),
        `failures: ${failures.length}`,
        ...summarize(failures),
        ...unhandled(stack.output()),
      ].join('\n'),
    );
    expect(summarize(failures)).toEqual([]);
    expect(unhandled(stack.output())).toEqual([]);
  });
});
