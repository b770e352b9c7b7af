import { Inject, Injectable } from '@nestjs/common';
import { DataApiClient } from '@slipway/data-client';
import { COST_CLIENT_OPTIONS, type CostClientOptions } from './cost-admission.client';

/** Bounds the cache; past it, the oldest answers go first. */
const MAX_CACHED = 10_000;

interface Cached {
  slug: Promise<string | null>;
  expiresAt: number;
}

/**
 * Which organization a data-api project is counted in (data-api's `org_projects`), by the
 * organization's slug — the `{org}` of cost-api's routes — or null for a project of no
 * organization. Answers are believed for `orgCacheTtlMs` (default 30 s; 0, never kept), so a
 * project attached to an organization is admitted within that long; concurrent lookups of one
 * project share one; a failed lookup is not kept.
 */
@Injectable()
export class OrgResolver {
  private readonly cache = new Map<string, Cached>();
  private readonly ttlMs: number;

  constructor(
    @Inject(DataApiClient) private readonly dataApi: DataApiClient,
    @Inject(COST_CLIENT_OPTIONS) options: Pick<CostClientOptions, 'orgCacheTtlMs'>,
  ) {
    this.ttlMs = options.orgCacheTtlMs ?? 30_000;
  }

  slugOf(projectId: string): Promise<string | null> {
    const at = Date.now();
    const cached = this.cache.get(projectId);
    if (cached && cached.expiresAt > at) return cached.slug;
    this.cache.delete(projectId);
    const slug = this.lookup(projectId);
    if (this.ttlMs <= 0) return slug;
    if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(projectId, { slug, expiresAt: at + this.ttlMs });
    slug.catch(() => this.cache.delete(projectId));
    return slug;
  }

  private async lookup(projectId: string): Promise<string | null> {
    const { data } = await this.dataApi.get('/api/org_projects', {
      params: { query: { project_id: projectId, limit: 1 } },
    });
    const link = data.items[0];
    if (!link) return null;
    const { data: org } = await this.dataApi.get('/api/organizations/{id}', {
      params: { path: { id: link.org_id } },
    });
    return org.slug;
  }
}
