import { mkdtempSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgeRepository } from '../../test/git-forge';
import type { ExecutableJob } from './executor';
import { LocalExecutor } from './local-executor';
import type { LogLine, LogSink } from './log-batcher';

class RecordingSink implements LogSink {
  readonly batches: LogLine[][] = [];
  async write(lines: LogLine[]): Promise<void> {
    this.batches.push(lines);
  }
  get lines(): LogLine[] {
    return this.batches.flat();
  }
}

describe('LocalExecutor (real git, real processes)', () => {
  const root = mkdtempSync(join(tmpdir(), 'slipway-exec-'));
  const workRoot = join(root, 'workspaces');
  mkdirSync(workRoot);
  const executor = new LocalExecutor({
    workRoot,
    gitTimeoutMs: 30_000,
    killGraceMs: 300,
    batchIntervalMs: 50,
  });
  const job = (url: string, sha: string): ExecutableJob => ({
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    forge: 'gitea',
    event: 'push',
    repository: 'team/app',
    clone_url: url,
    ref: 'refs/heads/main',
    ref_kind: 'branch',
    branch: 'main',
    sha,
    author: 'gordon',
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('clones the commit, runs every step in order with its env, streams output and cleans up', async () => {
    const repo = forgeRepository(root, {
      '.slipway/ci.yml':
        'steps:\n  - name: hello\n    run: echo "hello from $CI_COMMIT_BRANCH at $CI_COMMIT_SHA"\n  - name: env\n    run: echo "greeting=$GREETING"; echo oops >&2\n    env: { GREETING: hi }\n',
    });
    const sink = new RecordingSink();
    const result = await executor.run(job(repo.url, repo.sha), sink, new AbortController().signal);
    expect(result).toMatchObject({
      status: 'success',
      exit_code: 0,
      steps: [
        { name: 'hello', exit_code: 0 },
        { name: 'env', exit_code: 0 },
      ],
    });
    const texts = sink.lines.map((l) => `${l.stream}:${l.text}`);
    expect(texts).toContain(`stdout:hello from main at ${repo.sha}`);
    expect(texts).toContain('stdout:greeting=hi');
    expect(texts).toContain('stderr:oops');
    expect(texts.indexOf(`stdout:hello from main at ${repo.sha}`)).toBeLessThan(
      texts.indexOf('stdout:greeting=hi'),
    );
    expect(readdirSync(workRoot)).toEqual([]);
  });

  it('stops at the first failing step and reports its exit code', async () => {
    const repo = forgeRepository(root, {
      '.slipway/ci.yml':
        'steps:\n  - name: test\n    run: echo failing; exit 3\n  - name: never\n    run: echo should-not-run\n',
    });
    const sink = new RecordingSink();
    const result = await executor.run(job(repo.url, repo.sha), sink, new AbortController().signal);
    expect(result).toMatchObject({ status: 'failed', exit_code: 3, reason: 'test exited with 3' });
    expect(result.steps.map((s) => s.name)).toEqual(['test']);
    expect(sink.lines.map((l) => l.text)).not.toContain('should-not-run');
  });

  it('kills a step past its timeout, and its children with it', async () => {
    const repo = forgeRepository(root, {
      '.slipway/ci.yml': 'steps:\n  - name: slow\n    run: sleep 30 & sleep 30\n    timeout: 1\n',
    });
    const result = await executor.run(
      job(repo.url, repo.sha),
      new RecordingSink(),
      new AbortController().signal,
    );
    expect(result).toMatchObject({
      status: 'failed',
      reason: 'slow timed out',
      steps: [{ name: 'slow', timed_out: true }],
    });
  });

  it('cancels a running step on abort', async () => {
    const repo = forgeRepository(root, {
      '.slipway/ci.yml': 'steps:\n  - name: long\n    run: echo started; sleep 30\n',
    });
    const abort = new AbortController();
    const sink: LogSink = {
      write: async (lines) => {
        if (lines.some((l) => l.text === 'started')) abort.abort();
      },
    };
    const result = await executor.run(job(repo.url, repo.sha), sink, abort.signal);
    expect(result).toMatchObject({ status: 'cancelled', reason: 'cancelled during long' });
  });

  it('fails clearly without a pipeline file, and errors on a commit the forge does not have', async () => {
    const repo = forgeRepository(root, { 'README.md': 'no pipeline' });
    expect(
      await executor.run(job(repo.url, repo.sha), new RecordingSink(), new AbortController().signal),
    ).toMatchObject({
      status: 'failed',
      reason: '.slipway/ci.yml not found in the commit',
    });
    const missing = await executor.run(
      job(repo.url, '1111111111111111111111111111111111111111'),
      new RecordingSink(),
      new AbortController().signal,
    );
    expect(missing).toMatchObject({ status: 'error', reason: 'git fetch failed' });
  });

  it('never runs webhook values as commands', async () => {
    const repo = forgeRepository(root, {
      '.slipway/ci.yml': 'steps:\n  - name: show\n    run: printf "%s\\n" "$CI_COMMIT_AUTHOR"\n',
    });
    const sink = new RecordingSink();
    const hostile = { ...job(repo.url, repo.sha), author: '$(touch /tmp/slipway-pwned); `id`' };
    const result = await executor.run(hostile, sink, new AbortController().signal);
    expect(result.status).toBe('success');
    expect(sink.lines.map((l) => l.text)).toContain('$(touch /tmp/slipway-pwned); `id`');
    const refused = await executor.run(
      { ...job(repo.url, repo.sha), clone_url: '--upload-pack=touch /tmp/x' },
      sink,
      new AbortController().signal,
    );
    expect(refused).toMatchObject({
      status: 'error',
      reason: 'clone URL is not an http(s), ssh, git or file URL',
    });
  });
});
