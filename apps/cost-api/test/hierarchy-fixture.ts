import type { HierarchyNodeDto, HierarchyProjectDto, ProblemDto } from '@slipway/contracts';
import type { OrgRole } from '@slipway/identity';
import type { Caller, CostHarness, Reply, TestOrg } from './harness';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the Hierarchy router of one organization, by default with its admin key. */
export class HierarchyCaller {
  constructor(
    private readonly harness: CostHarness,
    readonly org: TestOrg,
  ) {}

  call<T = unknown>(
    method: Method,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> } = {},
    as: Caller = { key: this.org.key },
  ): Promise<Reply<T>> {
    return this.harness.request<T>(method, `/api/v1/hierarchy/${this.org.slug}${path}`, as, options);
  }

  /** A node named `<code> name`, under `parent` or at the top. */
  async create(code: string, level: string, parent?: HierarchyNodeDto): Promise<HierarchyNodeDto> {
    const reply = await this.call<HierarchyNodeDto>('POST', '/nodes', {
      body: { code, name: `${code} name`, level, ...(parent ? { parent_id: parent.id } : {}) },
    });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  /** data-api's member as the gateway forwards them: the owner of the projects `project` makes. */
  get owner(): Caller {
    return { user: { id: this.harness.dataApi.users.member.id, email: 'member@example.com' } };
  }

  /** `userId` made a member of the organization with `role`, straight into data-api. */
  async addMember(userId: string, role: OrgRole): Promise<void> {
    await this.harness.client.post('/api/org_members', {
      body: { org_id: this.org.id, user_id: userId, role },
    });
  }

  /** A registry project of data-api's member (who may attach it once an admin of the organization). */
  async project(name: string): Promise<string> {
    const { data } = await this.harness.client.post('/api/projects', {
      body: { name, modules: [], owner_id: this.harness.dataApi.users.member.id },
    });
    return data.id;
  }

  /** Puts the project under the node, by default as its owner does: forwarded by the gateway. */
  attach(
    nodeId: string,
    projectId: string,
    as: Caller = this.owner,
  ): Promise<Reply<HierarchyProjectDto & ProblemDto>> {
    return this.call('POST', `/nodes/${nodeId}/projects`, { body: { project_id: projectId } }, as);
  }

  /** The organization's audit rows of one action, newest first. */
  async audited(
    action: string,
  ): Promise<Array<{ target_id: string | null; before: unknown; after: unknown }>> {
    const { data } = await this.harness.client.get('/api/org_audit_logs', {
      params: { query: { org_id: this.org.id, action, limit: 100 } },
    });
    return data.items;
  }
}
