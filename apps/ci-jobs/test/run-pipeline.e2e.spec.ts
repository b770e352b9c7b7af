import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { decodePodOutput, type PodOutput } from '../src/runner/pod-pipeline';

const RUNNER = join(__dirname, '../../../dist/apps/ci-jobs/runner.js');

/**
 * The main container of a Kubernetes job runs `node runner.js run-pipeline <checkout>` from the
 * built bundle; deleting the Job sends it SIGTERM.
 */
describe('runner.js run-pipeline (the built bundle, as the pod runs it)', () => {
  const root = mkdtempSync(join(tmpdir(), 'slipway-run-pipeline-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const start = (pipeline: string, onOutput: (output: PodOutput, stop: () => void) => void) => {
    const checkout = mkdtempSync(join(root, 'src-'));
    mkdirSync(join(checkout, '.slipway'));
    writeFileSync(join(checkout, '.slipway/ci.yml'), pipeline);
    const child = spawn(process.execPath, [RUNNER, 'run-pipeline', checkout], {
      env: { PATH: process.env.PATH, CI_COMMIT_BRANCH: 'main', SLIPWAY_KILL_GRACE_MS: '500' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const outputs: PodOutput[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      const output = decodePodOutput(line);
      outputs.push(output);
      onOutput(output, () => child.kill('SIGTERM'));
    });
    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    return { outputs, exited };
  };

  it('runs the steps and exits with the failing step’s code', async () => {
    const { outputs, exited } = start(
      'steps:\n  - name: show\n    run: echo "on $CI_COMMIT_BRANCH"\n  - name: fail\n    run: exit 4\n',
      () => undefined,
    );
    expect(await exited).toBe(4);
    expect(outputs).toContainEqual({ line: { stream: 'stdout', step: 'show', text: 'on main' } });
    expect(outputs.at(-1)).toEqual({
      result: expect.objectContaining({ status: 'failed', exit_code: 4, reason: 'fail exited with 4' }),
    });
  });

  it('stops the running step on SIGTERM and reports the cancel', async () => {
    const { outputs, exited } = start(
      'steps:\n  - name: long\n    run: echo started; sleep 30\n',
      (output, stop) => {
        if ('line' in output && output.line.text === 'started') stop();
      },
    );
    expect(await exited).toBe(143);
    expect(outputs.at(-1)).toEqual({
      result: expect.objectContaining({ status: 'cancelled', reason: 'cancelled during long' }),
    });
  });
});
