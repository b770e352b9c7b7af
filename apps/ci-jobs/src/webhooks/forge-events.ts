import type { JobTriggerDto } from '@slipway/contracts';

export type ForgeEventResult = { kind: 'job'; trigger: JobTriggerDto } | { kind: 'ignored'; reason: string };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a string at a dotted path of a webhook payload, or undefined. */
function text(payload: Json, path: string): string | undefined {
  let node: unknown = payload;
  for (const key of path.split('.')) node = isObject(node) ? node[key] : undefined;
  return typeof node === 'string' && node !== '' ? node : undefined;
}

function count(payload: Json, path: string): number | undefined {
  let node: unknown = payload;
  for (const key of path.split('.')) node = isObject(node) ? node[key] : undefined;
  return typeof node === 'number' && Number.isInteger(node) ? node : undefined;
}

const ignored = (reason: string): ForgeEventResult => ({ kind: 'ignored', reason });
const ZERO_SHA = /^0+$/;
const PR_ACTIONS = new Set(['opened', 'synchronize', 'synchronized', 'reopened']);

/** Fields every trigger needs; a payload missing one is not a job. */
function base(
  payload: Json,
  forge: 'gitea' | 'github',
  event: string,
): Pick<JobTriggerDto, 'forge' | 'event' | 'repository' | 'clone_url'> | string {
  const repository = text(payload, 'repository.full_name');
  const cloneUrl = text(payload, 'repository.clone_url');
  if (!repository || !cloneUrl) return 'payload has no repository.full_name or repository.clone_url';
  return { forge, event, repository, clone_url: cloneUrl };
}

function push(payload: Json, forge: 'gitea' | 'github', event: string): ForgeEventResult {
  const common = base(payload, forge, event);
  if (typeof common === 'string') return ignored(common);
  const ref = text(payload, 'ref');
  const sha = text(payload, 'after');
  if (!ref || !sha) return ignored('push without ref or after');
  if (ZERO_SHA.test(sha) || payload.deleted === true) return ignored('ref deleted');
  const author =
    text(payload, 'head_commit.author.username') ??
    text(payload, 'pusher.username') ??
    text(payload, 'pusher.login') ??
    text(payload, 'pusher.name') ??
    text(payload, 'sender.login');
  if (ref.startsWith('refs/tags/'))
    return { kind: 'job', trigger: { ...common, ref, ref_kind: 'tag', tag: ref.slice(10), sha, author } };
  if (ref.startsWith('refs/heads/'))
    return {
      kind: 'job',
      trigger: { ...common, ref, ref_kind: 'branch', branch: ref.slice(11), sha, author },
    };
  return ignored(`push to ${ref} is neither a branch nor a tag`);
}

function pullRequest(payload: Json, forge: 'gitea' | 'github', event: string): ForgeEventResult {
  const common = base(payload, forge, event);
  if (typeof common === 'string') return ignored(common);
  const action = text(payload, 'action') ?? '';
  if (!PR_ACTIONS.has(action))
    return ignored(`pull_request action ${action || '(none)'} does not start a job`);
  const number = count(payload, 'number') ?? count(payload, 'pull_request.number');
  const sha = text(payload, 'pull_request.head.sha');
  const branch = text(payload, 'pull_request.head.ref');
  if (!number || !sha || !branch) return ignored('pull_request without number, head.sha or head.ref');
  const ref = `refs/pull/${number}/head`;
  const author = text(payload, 'pull_request.user.login') ?? text(payload, 'sender.login');
  return {
    kind: 'job',
    trigger: { ...common, ref, ref_kind: 'pull_request', branch, sha, author, pull_request: number },
  };
}

/** A Gitea event (X-Gitea-Event) → a job trigger, or why it starts none. */
export function fromGitea(event: string, payload: unknown): ForgeEventResult {
  if (!isObject(payload)) return ignored('payload is not a JSON object');
  switch (event) {
    case 'push':
      return push(payload, 'gitea', event);
    case 'create': {
      if (text(payload, 'ref_type') !== 'tag') return ignored('create of something other than a tag');
      const common = base(payload, 'gitea', event);
      if (typeof common === 'string') return ignored(common);
      const tag = text(payload, 'ref');
      const sha = text(payload, 'sha');
      if (!tag || !sha) return ignored('tag creation without ref or sha');
      return {
        kind: 'job',
        trigger: {
          ...common,
          ref: `refs/tags/${tag}`,
          ref_kind: 'tag',
          tag,
          sha,
          author: text(payload, 'sender.login'),
        },
      };
    }
    case 'pull_request':
      return pullRequest(payload, 'gitea', event);
    default:
      return ignored(`event ${event} does not start a job`);
  }
}

/** A GitHub event (X-GitHub-Event) → a job trigger, or why it starts none (ping is answered by the controller). */
export function fromGithub(event: string, payload: unknown): ForgeEventResult {
  if (!isObject(payload)) return ignored('payload is not a JSON object');
  switch (event) {
    case 'push':
      return push(payload, 'github', event);
    case 'pull_request':
      return pullRequest(payload, 'github', event);
    default:
      return ignored(`event ${event} does not start a job`);
  }
}
