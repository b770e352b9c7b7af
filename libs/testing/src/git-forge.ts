import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
