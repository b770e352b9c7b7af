import { freePort, waitFor } from '@slipway/devstack';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, join } from 'node:path';

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t',
};

/** A real git repository as the forge: a bare repo under `root` whose main branch holds `files` in one commit. */
export function forgeRepository(root: string, files: Record<string, string>): { url: string; sha: string } {
  const work = join(root, `src-${randomBytes(4).toString('hex')}`);
  mkdirSync(work, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: work, env: { ...process.env, ...GIT_IDENTITY } })
      .toString()
      .trim();
  git('init', '-q', '-b', 'main');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(work, path, '..'), { recursive: true });
    writeFileSync(join(work, path), content);
  }
  git('add', '.');
  git('commit', '-q', '-m', 'ci');
  execFileSync('git', ['clone', '-q', '--bare', work, `${work}.git`]);
  return { url: `file://${work}.git`, sha: git('rev-parse', 'HEAD') };
}

export interface GitDaemon {
  /** `git://127.0.0.1:<port>`, under which each repository of the root is served by its directory name. */
  url: string;
  /** The git:// URL of a repository `forgeRepository` made under the daemon's root, as a forge names it. */
  urlOf(repository: { url: string }): string;
  close(): Promise<void>;
}

/**
 * A git daemon serving the repositories under `root`, so that projects name them by git:// URLs as
 * they would a forge's (data-api takes no file:// repo_url).
 */
export async function startGitDaemon(root: string): Promise<GitDaemon> {
  const port = await freePort();
  const daemon = spawn(
    'git',
    [
      'daemon',
      '--export-all',
      '--reuseaddr',
      '--listen=127.0.0.1',
      `--port=${port}`,
      `--base-path=${root}`,
      root,
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => daemon.once('exit', () => resolve()));
  await waitFor(
    () =>
      new Promise<true | undefined>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.end();
          resolve(true);
        });
        socket.on('error', () => resolve(undefined));
      }),
    'git daemon',
  );
  const url = `git://127.0.0.1:${port}`;
  return {
    url,
    urlOf: (repository) => `${url}/${basename(repository.url.replace(/^file:\/\//, ''))}`,
    close: async () => {
      if (daemon.exitCode === null && daemon.signalCode === null) daemon.kill('SIGTERM');
      await exited;
    },
  };
}
