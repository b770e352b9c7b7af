import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Forge } from '@slipway/contracts';
import { request } from 'undici';
import type { JobStatus } from '../jobs/job-states';

export type CommitState = 'pending' | 'success' | 'failure' | 'error';

/** How a job's status reads on the forge's commit. */
export const COMMIT_STATE: Record<JobStatus, CommitState> = {
  pending: 'pending',
  running: 'pending',
  success: 'success',
  failed: 'failure',
  cancelled: 'error',
  error: 'error',
};

export interface ForgeEndpoint {
  /** Gitea: its base URL (https://gitea.example.com); GitHub: the API URL (https://api.github.com). */
  baseUrl: string;
  token: string;
}

export interface CommitStatusTarget {
  forge: Forge;
  repository: string;
  sha: string;
}

export interface CommitStatus {
  state: CommitState;
  description: string;
  targetUrl?: string;
  context: string;
}

const RETRIES = 3;

/** The forges with credentials, by name; a forge left out gets no statuses. */
export type ForgeEndpoints = Partial<Record<'gitea' | 'github', ForgeEndpoint>>;
export const FORGE_ENDPOINTS = Symbol('FORGE_ENDPOINTS');
/** First retry delay; tests shorten it. */
export const STATUS_BACKOFF_MS = Symbol('STATUS_BACKOFF_MS');

/** The forges configured with a token. */
export function forgeEndpoints(config: {
  GITEA_URL?: string;
  GITEA_TOKEN?: string;
  GITHUB_API_URL: string;
  GITHUB_TOKEN?: string;
}): ForgeEndpoints {
  return {
    ...(config.GITEA_URL && config.GITEA_TOKEN
      ? { gitea: { baseUrl: config.GITEA_URL, token: config.GITEA_TOKEN } }
      : {}),
    ...(config.GITHUB_TOKEN
      ? { github: { baseUrl: config.GITHUB_API_URL, token: config.GITHUB_TOKEN } }
      : {}),
  };
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reports a job's status on the commit it built, through the Gitea or GitHub statuses API.
 * Forges without configured credentials are skipped; 5xx and network errors are retried with backoff.
 */
@Injectable()
export class CommitStatusReporter {
  constructor(
    @Inject(FORGE_ENDPOINTS) private readonly endpoints: ForgeEndpoints,
    @Optional() @Inject(STATUS_BACKOFF_MS) private readonly backoffMs = 200,
  ) {}

  enabledFor(forge: Forge): boolean {
    return forge !== 'manual' && this.endpoints[forge] !== undefined;
  }

  /** True when the forge accepted the status; false when not configured for it. Throws after the retries. */
  async report(target: CommitStatusTarget, status: CommitStatus): Promise<boolean> {
    if (target.forge === 'manual') return false;
    const endpoint = this.endpoints[target.forge];
    if (!endpoint) return false;
    const [owner, repo] = target.repository.split('/');
    const path = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/statuses/${target.sha}`;
    const url =
      target.forge === 'gitea'
        ? `${endpoint.baseUrl.replace(/\/$/, '')}/api/v1${path}`
        : `${endpoint.baseUrl.replace(/\/$/, '')}${path}`;
    const headers =
      target.forge === 'gitea'
        ? { authorization: `token ${endpoint.token}`, 'content-type': 'application/json' }
        : {
            authorization: `Bearer ${endpoint.token}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'content-type': 'application/json',
          };
    const body = JSON.stringify({
      state: status.state,
      description: status.description.slice(0, 140),
      context: status.context,
      ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
    });
    for (let attempt = 1; ; attempt++) {
      const failure = await request(url, { method: 'POST', headers, body }).then(
        async (response) => {
          await response.body.dump();
          if (response.statusCode < 300) return null;
          return {
            retry: response.statusCode >= 500,
            message: `${target.forge} answered ${response.statusCode}`,
          };
        },
        (error: unknown) => ({
          retry: true,
          message: `${target.forge} unreachable: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
      if (failure === null) return true;
      if (!failure.retry || attempt >= RETRIES) throw new Error(failure.message);
      await sleep(this.backoffMs * 2 ** (attempt - 1));
    }
  }
}
