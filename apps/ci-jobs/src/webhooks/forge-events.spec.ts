import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromGitea, fromGithub } from './forge-events';
import { validSignature } from './signatures';
import { createHmac } from 'node:crypto';

const FIXTURES = join(__dirname, '../../test/fixtures/webhooks');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

describe('forge events → job triggers (real payloads)', () => {
  it('Gitea push to a branch', () => {
    expect(fromGitea('push', fixture('gitea-HookPush.json'))).toEqual({
      kind: 'job',
      trigger: {
        forge: 'gitea',
        event: 'push',
        repository: 'gordon/hello-world',
        clone_url: 'http://gitea.golang.org/gordon/hello-world.git',
        ref: 'refs/heads/main',
        ref_kind: 'branch',
        branch: 'main',
        sha: 'ef98532add3b2feb7a137426bba1248724367df5',
        author: 'gordon',
      },
    });
  });

  it('Gitea tag creation', () => {
    expect(fromGitea('create', fixture('gitea-HookTag.json'))).toMatchObject({
      kind: 'job',
      trigger: {
        ref: 'refs/tags/v1.0.0',
        ref_kind: 'tag',
        tag: 'v1.0.0',
        sha: 'ef98532add3b2feb7a137426bba1248724367df5',
        author: 'gordon',
      },
    });
  });

  it('Gitea pull request opened; closed is ignored; release is ignored', () => {
    expect(fromGitea('pull_request', fixture('gitea-HookPullRequest.json'))).toMatchObject({
      kind: 'job',
      trigger: {
        ref: 'refs/pull/1/head',
        ref_kind: 'pull_request',
        branch: 'feature/changes',
        sha: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
        pull_request: 1,
      },
    });
    expect(fromGitea('pull_request', fixture('gitea-HookPullRequestClosed.json'))).toEqual({
      kind: 'ignored',
      reason: 'pull_request action closed does not start a job',
    });
    expect(fromGitea('release', fixture('gitea-HookRelease.json'))).toEqual({
      kind: 'ignored',
      reason: 'event release does not start a job',
    });
  });

  it('GitHub push to a branch and to a tag', () => {
    expect(fromGithub('push', fixture('github-HookPush.json'))).toMatchObject({
      kind: 'job',
      trigger: {
        forge: 'github',
        repository: 'woodpecker-ci/woodpecker',
        clone_url: 'https://github.com/woodpecker-ci/woodpecker.git',
        ref: 'refs/heads/main',
        branch: 'main',
        sha: '366701fde727cb7a9e7f21eb88264f59f6f9b89c',
        author: 'nupplaphil',
      },
    });
    expect(fromGithub('push', fixture('github-HookTag.json'))).toMatchObject({
      kind: 'job',
      trigger: {
        ref: 'refs/tags/the-tag-v1',
        ref_kind: 'tag',
        tag: 'the-tag-v1',
        sha: '67012991d6c69b1c58378346fca366b864d8d1a1',
      },
    });
  });

  it('GitHub pull request opened; closed is ignored', () => {
    expect(fromGithub('pull_request', fixture('github-HookPullRequest.json'))).toMatchObject({
      kind: 'job',
      trigger: { ref: 'refs/pull/1/head', branch: 'changes', pull_request: 1, author: 'baxterthehacker' },
    });
    expect(fromGithub('pull_request', fixture('github-HookPullRequestClosed.json'))).toMatchObject({
      kind: 'ignored',
    });
  });

  it('ignores deleted refs, non-objects and payloads without a repository', () => {
    const deleted = {
      ...(fixture('github-HookPush.json') as Record<string, unknown>),
      after: '0000000000000000000000000000000000000000',
      deleted: true,
    };
    expect(fromGithub('push', deleted)).toEqual({ kind: 'ignored', reason: 'ref deleted' });
    expect(fromGitea('push', [1, 2])).toEqual({ kind: 'ignored', reason: 'payload is not a JSON object' });
    expect(fromGitea('push', { ref: 'refs/heads/x', after: 'abc1234' })).toMatchObject({ kind: 'ignored' });
  });
});

describe('webhook signatures', () => {
  const body = Buffer.from('{"ref":"refs/heads/main"}');
  const hex = createHmac('sha256', 'shh').update(body).digest('hex');

  it('accepts the HMAC of the exact bytes, with and without the sha256= prefix as the forge sends it', () => {
    expect(validSignature(body, hex, 'shh')).toBe(true);
    expect(validSignature(body, `sha256=${hex}`, 'shh', 'sha256=')).toBe(true);
  });

  it('refuses other secrets, other bytes, missing, malformed or wrongly prefixed signatures', () => {
    expect(validSignature(body, hex, 'other')).toBe(false);
    expect(validSignature(Buffer.from(`${body.toString()} `), hex, 'shh')).toBe(false);
    expect(validSignature(body, undefined, 'shh')).toBe(false);
    expect(validSignature(body, 'zz', 'shh')).toBe(false);
    expect(validSignature(body, hex, 'shh', 'sha256=')).toBe(false);
  });
});
