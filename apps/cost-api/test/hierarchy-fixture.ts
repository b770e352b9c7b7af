import type { HierarchyNodeDto } from '@slipway/contracts';
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
