import { Injectable } from '@nestjs/common';
import {
  allPages,
  DataApiClient,
  DataApiNotFoundError,
  type paths,
  type Schemas,
} from '@slipway/data-client';
import { ProblemException } from '@slipway/platform';

export type NodeRecord = Schemas['HierarchyNodeRecordDto'];
export type NewNodeRecord = Schemas['CreateHierarchyNodeRecordDto'];
type NodeChange = Schemas['UpdateHierarchyNodeRecordDto'];
export type OrgProjectRecord = Schemas['OrgProjectRecordDto'];
type NodeQuery = NonNullable<paths['/api/hierarchy_nodes']['get']['parameters']['query']>;
type ProjectQuery = NonNullable<paths['/api/org_projects']['get']['parameters']['query']>;

const PAGE = 100;

const ifMatch = (record: { version: number }) => ({ 'if-match': DataApiClient.ifMatch(record.version) });

/**
 * hierarchy_nodes and org_projects in data-api, as the hierarchy reads and writes them. Every
 * change is conditional on the version read (a concurrent change is a 412 from data-api, which the
 * caller sees as a 409). A node of another organization is not found, as one that does not exist.
 */
@Injectable()
export class HierarchyRecords {
  constructor(private readonly data: DataApiClient) {}

  /** Every node of the organization (the rules need the whole tree). */
  allNodes(orgId: string): Promise<NodeRecord[]> {
    return allPages((cursor) =>
      this.data.get('/api/hierarchy_nodes', {
        params: { query: { org_id: orgId, limit: PAGE, sort: 'depth,code', ...(cursor ? { cursor } : {}) } },
      }),
    );
  }

  async listNodes(
    query: NodeQuery,
  ): Promise<{ items: NodeRecord[]; next_cursor: string | null; total?: number }> {
    const { data } = await this.data.get('/api/hierarchy_nodes', { params: { query } });
    return data;
  }

  async node(orgId: string, id: string): Promise<NodeRecord> {
    const row = await this.data
      .get('/api/hierarchy_nodes/{id}', { params: { path: { id } } })
      .then(({ data }) => data)
      .catch(notFoundAs(null));
    if (!row || row.org_id !== orgId) throw ProblemException.notFound(`Hierarchy node ${id}`);
    return row;
  }

  async create(body: NewNodeRecord): Promise<NodeRecord> {
    const { data } = await this.data.post('/api/hierarchy_nodes', { body });
    return data;
  }

  /** All the rows or none (data-api's bulk create: one transaction, at most 500 rows). */
  async createMany(body: NewNodeRecord[]): Promise<NodeRecord[]> {
    const { data } = await this.data.post('/api/hierarchy_nodes/bulk', { body });
    return data;
  }

  async update(record: NodeRecord, body: NodeChange): Promise<NodeRecord> {
    const { data } = await this.data.patch('/api/hierarchy_nodes/{id}', {
      params: { path: { id: record.id }, header: ifMatch(record) },
      body,
    });
    return data;
  }

  async remove(record: NodeRecord): Promise<void> {
    await this.data.delete('/api/hierarchy_nodes/{id}', {
      params: { path: { id: record.id }, header: ifMatch(record) },
    });
  }

  /** The projects under any of `nodeIds` (a subtree's, for a cascade). */
  async projectsUnder(orgId: string, nodeIds: readonly string[]): Promise<OrgProjectRecord[]> {
    const pages = await Promise.all(nodeIds.map((nodeId) => this.projectPage(orgId, nodeId)));
    return pages.flat();
  }

  projectPage(orgId: string, nodeId: string): Promise<OrgProjectRecord[]> {
    return allPages((cursor) =>
      this.data.get('/api/org_projects', {
        params: { query: { org_id: orgId, node_id: nodeId, limit: PAGE, ...(cursor ? { cursor } : {}) } },
      }),
    );
  }

  async listProjects(
    query: ProjectQuery,
  ): Promise<{ items: OrgProjectRecord[]; next_cursor: string | null; total?: number }> {
    const { data } = await this.data.get('/api/org_projects', { params: { query } });
    return data;
  }

  /** The organization a registry project is counted in, if any. */
  async projectMembership(projectId: string): Promise<OrgProjectRecord | null> {
    const { data } = await this.data.get('/api/org_projects', {
      params: { query: { project_id: projectId, limit: 1 } },
    });
    return data.items[0] ?? null;
  }

  /** The owner of a registry project (data-api's projects, deleted ones excluded), or null for no project. */
  async projectOwner(projectId: string): Promise<string | null> {
    return this.data
      .get('/api/projects/{id}', { params: { path: { id: projectId } } })
      .then(({ data }) => data.owner_id)
      .catch(notFoundAs(null));
  }

  async addProject(body: Schemas['CreateOrgProjectRecordDto']): Promise<OrgProjectRecord> {
    const { data } = await this.data.post('/api/org_projects', { body });
    return data;
  }

  async placeProject(record: OrgProjectRecord, nodeId: string | null): Promise<OrgProjectRecord> {
    const { data } = await this.data.patch('/api/org_projects/{id}', {
      params: { path: { id: record.id }, header: ifMatch(record) },
      body: { node_id: nodeId },
    });
    return data;
  }

  /** The organization's levels as data-api holds them now (the org directory may be a moment behind). */
  async levels(orgId: string): Promise<{ levels: string[]; version: number }> {
    const { data } = await this.data.get('/api/organizations/{id}', { params: { path: { id: orgId } } });
    return { levels: data.hierarchy_levels, version: data.version };
  }

  async setLevels(orgId: string, version: number, levels: string[]): Promise<void> {
    await this.data.patch('/api/organizations/{id}', {
      params: { path: { id: orgId }, header: ifMatch({ version }) },
      body: { hierarchy_levels: levels },
    });
  }
}

/** A 404 of data-api read as `value`; anything else rethrown. */
const notFoundAs =
  <T>(value: T) =>
  (error: unknown): T => {
    if (error instanceof DataApiNotFoundError) return value;
    throw error;
  };
