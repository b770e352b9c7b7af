import { forgeRepository, WORKSPACE_ROOT } from '@slipway/testing';
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Gitea's own push payload (ci-jobs' fixtures, see their README). */
const GITEA_PUSH = join(WORKSPACE_ROOT, 'apps/ci-jobs/test/fixtures/webhooks/gitea-HookPush.json');

export interface SignedDelivery {
  bytes: Buffer;
  headers: Record<string, string>;
  sha: string;
  repository: string;
}

/**
 * A Gitea push of a new commit holding `files`, as Gitea delivers it: the real payload with its
 * commit and clone URL pointing at a local bare repository, signed over the exact bytes sent.
 */
export function giteaPush(root: string, files: Record<string, string>, secret: string): SignedDelivery {
  const repo = forgeRepository(root, files);
  const payload = JSON.parse(readFileSync(GITEA_PUSH, 'utf8')) as {
    after: string;
    repository: { full_name: string; clone_url: string };
  };
  payload.after = repo.sha;
  payload.repository.clone_url = repo.url;
  const bytes = Buffer.from(JSON.stringify(payload, null, 2));
  return {
    bytes,
    sha: repo.sha,
    repository: payload.repository.full_name,
    headers: {
      'content-type': 'application/json',
      'x-gitea-event': 'push',
      'x-gitea-delivery': randomUUID(),
      'x-gitea-signature': createHmac('sha256', secret).update(bytes).digest('hex'),
    },
  };
}
