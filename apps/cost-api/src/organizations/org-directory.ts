import { Inject, Injectable } from '@nestjs/common';
import { SLUG_PATTERN } from '@slipway/contracts';
import { DataApiClient, DataApiNotFoundError, type Schemas } from '@slipway/data-client';
import type { OrgRole } from '@slipway/identity';
import { APP_CONFIG } from '@slipway/platform';
import { TtlCache } from '../access/ttl-cache';
import type { CostSharedConfig } from '../config';

export type Organization = Schemas['OrganizationRecordDto'];

/**
 * Organizations and memberships as data-api keeps them, believed for ORG_CACHE_TTL_MS: every
 * org-scoped request asks who the org is and whether the caller belongs to it. A change made
 * through this replica forgets what it believed at once.
 */
@Injectable()
export class OrgDirectory {
  private readonly orgs: TtlCache<Organization | null>;
  private readonly roles: TtlCache<OrgRole | null>;
  private readonly ids: TtlCache<Organization | null>;

  constructor(
    private readonly data: DataApiClient,
    @Inject(APP_CONFIG) config: CostSharedConfig,
  ) {
    this.orgs = new TtlCache(config.ORG_CACHE_TTL_MS);
    this.roles = new TtlCache(config.ORG_CACHE_TTL_MS);
    this.ids = new TtlCache(config.ORG_CACHE_TTL_MS);
  }

  /** A slug off SLUG_PATTERN (a NUL, upper case, too long) names no organization: data-api is not asked. */
  bySlug(slug: string): Promise<Organization | null> {
    if (!SLUG_PATTERN.test(slug)) return Promise.resolve(null);
    return this.orgs.get(slug, async () => {
      const { data } = await this.data.get('/api/organizations', {
        params: { query: { slug, limit: 1 } },
      });
      return data.items[0] ?? null;
    });
  }

  /** The organization of an id (a ledger row's, say), or null when there is none. */
  byId(orgId: string): Promise<Organization | null> {
    return this.ids.get(orgId, async () => {
      try {
        const { data } = await this.data.get('/api/organizations/{id}', { params: { path: { id: orgId } } });
        return data;
      } catch (error) {
        if (error instanceof DataApiNotFoundError) return null;
        throw error;
      }
    });
  }

  /** The role a registry user holds in an organization, or null when not a member. */
  roleOf(orgId: string, userId: string): Promise<OrgRole | null> {
    return this.roles.get(`${orgId}:${userId}`, async () => {
      const { data } = await this.data.get('/api/org_members', {
        params: { query: { org_id: orgId, user_id: userId, limit: 1 } },
      });
      const member = data.items[0];
      return member ? (member.role as OrgRole) : null;
    });
  }

  forgetOrg(slug: string): void {
    this.orgs.delete(slug);
  }

  forgetMember(orgId: string, userId: string): void {
    this.roles.delete(`${orgId}:${userId}`);
  }
}
