import { Inject, Injectable } from '@nestjs/common';
import { DataApiClient } from '@slipway/data-client';

/** The repo_url values a project of this repository may have: the clone URL with and without `.git`. */
export function repoUrlsOf(cloneUrl: string): string[] {
  const bare = cloneUrl.replace(/\/+$/, '');
  const other = bare.endsWith('.git') ? bare.slice(0, -'.git'.length) : `${bare}.git`;
  return [...new Set([cloneUrl, bare, other])];
}

/** Who claims a repository: the one organization with its oldest project of it, and every claimant seen. */
export interface RepositoryClaim<O> {
  /** Null when no organization claims it, or several do. */
  claim: { org: O; projectId: string } | null;
  /** The keys of every organization that claims it (more than one: nobody is charged). */
  claimants: string[];
}

/**
 * Which organization a repository belongs to (a CI job's, by its clone URL): the one organization
 * (org_projects) of the live data-api projects whose repo_url it is, with its oldest such project.
 * Claimed by none, or by several (one registering another's repository must neither charge nor
 * block its CI), it belongs to none. How a project maps to its organization is the caller's
 * (`orgOf`, with `keyOf` telling two organizations apart).
 */
@Injectable()
export class RepositoryOrgs {
  constructor(@Inject(DataApiClient) private readonly dataApi: DataApiClient) {}

  async claimOf<O>(
    cloneUrl: string,
    orgOf: (projectId: string) => Promise<O | null>,
    keyOf: (org: O) => string,
  ): Promise<RepositoryClaim<O>> {
    const claims = new Map<string, { org: O; projectId: string }>();
    for (const project of await this.projectsOf(cloneUrl)) {
      const org = await orgOf(project.id);
      if (org !== null && !claims.has(keyOf(org))) claims.set(keyOf(org), { org, projectId: project.id });
    }
    const [only] = claims.values();
    return { claim: claims.size === 1 ? only : null, claimants: [...claims.keys()] };
  }

  /** The live projects whose repo_url is the repository's, oldest first. */
  private async projectsOf(cloneUrl: string): Promise<Array<{ id: string; created_at: string }>> {
    const projects = new Map<string, { id: string; created_at: string }>();
    for (const repoUrl of repoUrlsOf(cloneUrl)) {
      let cursor: string | undefined;
      do {
        const { data } = await this.dataApi.get('/api/projects', {
          params: {
            query: { repo_url: repoUrl, limit: 100, sort: 'created_at', ...(cursor ? { cursor } : {}) },
          },
        });
        for (const project of data.items) projects.set(project.id, project);
        cursor = data.next_cursor ?? undefined;
      } while (cursor);
    }
    return [...projects.values()].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  }
}
