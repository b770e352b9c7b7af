import { Inject, Injectable } from '@nestjs/common';
import { DataApiClient, DataApiNotFoundError } from '@slipway/data-client';
import { APP_CONFIG } from '@slipway/platform';
import { TtlCache } from '../access/ttl-cache';
import type { CostSharedConfig } from '../config';
import type { Organization } from '../organizations/org-directory';
import { OrgCalendar } from '../quota/org-calendar';

/** An organization as the ledger needs it: its id, and its days in its own time zone. */
export interface SpendOrg {
  readonly id: string;
  readonly slug: string;
  readonly calendar: OrgCalendar;
  /** The local day (YYYY-MM-DD) of an instant. */
  dayOf(at: Date): string;
}

/** Every time zone's offset since 1972 is a whole number of quarter hours: a quarter hour of UTC lies in one local day. */
const QUARTER_HOUR_MS = 15 * 60 * 1000;
const REMEMBERED_QUARTERS = 1024;

/** The local days of instants, remembered per quarter hour (ingesting thousands of calls a second asks for few). */
function daysOf(calendar: OrgCalendar): (at: Date) => string {
  const days = new Map<number, string>();
  return (at) => {
    const quarter = Math.floor(at.getTime() / QUARTER_HOUR_MS);
    let day = days.get(quarter);
    if (day === undefined) {
      day = calendar.day(at);
      if (days.size >= REMEMBERED_QUARTERS) days.clear();
      days.set(quarter, day);
    }
    return day;
  };
}

/** Where a project's spend is charged: its organization (org_projects) and its hierarchy node, if any. */
export interface SpendScope {
  readonly org: SpendOrg;
  readonly nodeId: string | null;
  readonly projectId: string;
}

export function spendOrgOf(org: Pick<Organization, 'id' | 'slug' | 'timezone'>): SpendOrg {
  const calendar = new OrgCalendar(org.timezone);
  return { id: org.id, slug: org.slug, calendar, dayOf: daysOf(calendar) };
}

/**
 * Which organization and hierarchy node a project's spend belongs to, from data-api's org_projects
 * link (as libs/cost-client's OrgResolver finds a project's organization) and the organization's
 * profile for its time zone; both believed for ORG_CACHE_TTL_MS, so ingesting thousands of events
 * a second asks data-api about each project and organization about once per TTL.
 */
@Injectable()
export class SpendScopes {
  private readonly projects: TtlCache<SpendScope | null>;
  private readonly orgs: TtlCache<SpendOrg | null>;

  constructor(
    private readonly data: DataApiClient,
    @Inject(APP_CONFIG) config: CostSharedConfig,
  ) {
    this.projects = new TtlCache(config.ORG_CACHE_TTL_MS);
    this.orgs = new TtlCache(config.ORG_CACHE_TTL_MS);
  }

  /** The project's organization and node; null for a project of no organization. */
  ofProject(projectId: string): Promise<SpendScope | null> {
    return this.projects.get(projectId, async () => {
      const { data } = await this.data.get('/api/org_projects', {
        params: { query: { project_id: projectId, limit: 1 } },
      });
      const link = data.items[0];
      if (!link) return null;
      const org = await this.org(link.org_id);
      return org === null ? null : { org, nodeId: link.node_id, projectId };
    });
  }

  org(orgId: string): Promise<SpendOrg | null> {
    return this.orgs.get(orgId, async () => {
      try {
        const { data } = await this.data.get('/api/organizations/{id}', { params: { path: { id: orgId } } });
        return spendOrgOf(data);
      } catch (error) {
        if (error instanceof DataApiNotFoundError) return null;
        throw error;
      }
    });
  }
}
