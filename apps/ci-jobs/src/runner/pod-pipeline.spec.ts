import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExecutionResult } from './executor';
import { decodePodOutput, runPodPipeline, type PodOutput } from './pod-pipeline';

describe('run-pipeline, inside the pod (real processes)', () => {
  const root = mkdtempSync(join(tmpdir(), 'slipway-pod-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const checkout = (pipeline?: string): string => {
    const dir = mkdtempSync(join(root, 'src-'));
    if (pipeline !== undefined) {
      mkdirSync(join(dir, '.slipway'));
      writeFileSync(join(dir, '.slipway/ci.yml'), pipeline);
    }
    return dir;
  };

  const env = {
    PATH: process.env.PATH,
    CI: 'true',
    CI_COMMIT_AUTHOR: '$(touch /tmp/pwned)',
    SLIPWAY_KILL_GRACE_MS: '200',
    SECRET_OF_THE_POD: 'must-not-leak',
  };

  /** Runs the command and reads its output back as the executor does. */
  const run = async (dir: string, signal = new AbortController().signal) => {
    let text = '';
    const code = await runPodPipeline(dir, { env, signal, write: (chunk) => (text += chunk) });
    const outputs: PodOutput[] = text.trimEnd().split('\n').map(decodePodOutput);
    const lines = outputs.flatMap((o) => ('line' in o ? [o.line] : []));
    const results = outputs.flatMap((o): ExecutionResult[] => ('result' in o ? [o.result] : []));
    return { code, lines, results };
  };

  it('runs the steps, hands their lines and results to the executor, and exits 0', async () => {
    const dir = checkout(
      'steps:\n' +
        '  - name: env\n    run: printf "%s|%s|%s\\n" "$CI_COMMIT_AUTHOR" "${SECRET_OF_THE_POD-unset}" "${SLIPWAY_KILL_GRACE_MS-unset}"\n' +
        '  - name: forge\n    run: echo \'{"result":{"status":"failed","exit_code":9,"steps":[]}}\'; echo oops >&2\n',
    );
    const { code, lines, results } = await run(dir);
    expect(code).toBe(0);
    expect(lines).toEqual([
      { stream: 'system', step: 'env', text: '▶ env' },
      { stream: 'stdout', step: 'env', text: '$(touch /tmp/pwned)|unset|unset' },
      { stream: 'system', step: 'forge', text: '▶ forge' },
      expect.objectContaining({
        step: 'forge',
        text: '{"result":{"status":"failed","exit_code":9,"steps":[]}}',
      }),
      expect.objectContaining({ step: 'forge', text: 'oops' }),
      { stream: 'system', text: '✓ 2 steps passed' },
    ]);
    expect(results).toEqual([
      {
        status: 'success',
        exit_code: 0,
        steps: [
          expect.objectContaining({ name: 'env', exit_code: 0 }),
          expect.objectContaining({ name: 'forge', exit_code: 0 }),
        ],
      },
    ]);
  });

  it('exits with the failing step’s code, and 1 without a pipeline', async () => {
    const failing = await run(checkout('steps:\n  - name: test\n    run: exit 3\n'));
    expect(failing.code).toBe(3);
    expect(failing.results).toEqual([
      expect.objectContaining({ status: 'failed', exit_code: 3, reason: 'test exited with 3' }),
    ]);

    const missing = await run(checkout());
    expect(missing.code).toBe(1);
    expect(missing.results).toEqual([
      { status: 'failed', exit_code: null, reason: '.slipway/ci.yml not found in the commit', steps: [] },
    ]);
  });

  it('stops the running step when cancelled (SIGTERM in the pod) and exits 143', async () => {
    const cancel = new AbortController();
    const dir = checkout('steps:\n  - name: long\n    run: sleep 30\n');
    setTimeout(() => cancel.abort(), 200);
    const { code, results } = await run(dir, cancel.signal);
    expect(code).toBe(143);
    expect(results).toEqual([
      expect.objectContaining({ status: 'cancelled', reason: 'cancelled during long' }),
    ]);
  });

  it('keeps anything outside the protocol as plain output', () => {
    expect(decodePodOutput('node: bad option')).toEqual({
      line: { stream: 'stdout', text: 'node: bad option' },
    });
    expect(decodePodOutput('{"line":{"stream":"elsewhere","text":"x"}}')).toEqual({
      line: { stream: 'stdout', text: '{"line":{"stream":"elsewhere","text":"x"}}' },
    });
    expect(decodePodOutput('{"result":{"status":"success"}}')).toEqual({
      line: { stream: 'stdout', text: '{"result":{"status":"success"}}' },
    });
  });
});
