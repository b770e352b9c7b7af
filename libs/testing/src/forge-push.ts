import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgeRepository, type GitDaemon } from './git-forge';
import { WORKSPACE_ROOT } from './service-process';

/** Gitea's own push payload (ci-jobs' fixtures, see their README). */
const GITEA_PUSH = join(WORKSPACE_ROOT, 'apps/ci-jobs/test/fixtures/webhooks/gitea-HookPush.json');

export interface SignedDelivery {
  bytes: Buffer;
  headers: Record<string, string>;
  sha: string;
  repository: string;
  /** The clone URL the payload names: the repository's file:// URL, or its URL on `forge`. */
  cloneUrl: string;
}

/**
 * A Gitea push of a new commit holding `files`, as Gitea delivers it: the real payload with its
 * commit and clone URL pointing at a local bare repository (served by `forge` when given), signed
 * over the exact bytes sent.
 */
export function giteaPush(
  root: string,
  files: Record<string, string>,
  secret: string,
  forge?: GitDaemon,
): SignedDelivery {
  const repo = forgeRepository(root, files);
  const payload = JSON.parse(readFileSync(GITEA_PUSH, 'utf8')) as {
    after: string;
    repository: { full_name: string; clone_url: string };
  };
  payload.after = repo.sha;
  payload.repository.clone_url = forge ? forge.urlOf(repo) : repo.url;
  const bytes = Buffer.from(JSON.stringify(payload, null, 2));
  return {
    bytes,
    sha: repo.sha,
    repository: payload.repository.full_name,
    cloneUrl: payload.repository.clone_url,
    headers: {
      'content-type': 'application/json',
      'x-gitea-event': 'push',
      'x-gitea-delivery': randomUUID(),
      'x-gitea-signature': createHmac('sha256', secret).update(bytes).digest('hex'),
    },
  };
}
