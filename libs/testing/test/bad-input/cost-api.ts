import { TEST_SERVICE_TOKEN as SERVICE_TOKEN } from '../../src';
import type { Operation } from './openapi';
import { COST_ROOT_KEY, type Stack } from './stack';
import type { KnownIds } from './values';

const SLUG = 'bad-input';
/** The provider every `{provider}` names: it is priced, subscribed to and integrated. */
const PROVIDER = 'openai';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  text: string;
}

const field = (answer: Answer, name: string): string | undefined => {
  const value = answer.body[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * cost-api's side of the suite. One organization made as an operator makes it (bootstrap, then
 * onboard, which answers the owner's key), with two records of each collection under it so that
 * path parameters and cursors name real ones, all with the root key. Its routes are sent with the
 * owner's key; the admin routes and the validator's (admission, which the suite's services ask
 * for) with the root key, service-only ones with the bare service token; odd user headers beside
 * the service token, forwarding a member who owns the organization.
 */
export class CostApiSeed {
  /** Path parameters by name; `id` by the router it sits under (`hierarchy id`). */
  private readonly params = new Map<string, string>();
  private ownerKey = '';

  constructor(
    private readonly stack: Stack,
    private readonly known: KnownIds,
    private readonly unseeded: string[],
  ) {}

  identity(operation: Operation): Record<string, string> {
    if (operation.access === 'service') return { 'x-service-token': SERVICE_TOKEN };
    const owner = operation.path.includes('{org}') && !operation.path.startsWith('/api/v1/validator/');
    return { 'x-api-key': owner ? this.ownerKey : COST_ROOT_KEY };
  }

  /** The service token with a registry user forwarded, the organization's owner by membership. */
  forwarded(): Record<string, string> {
    const { admin } = this.stack.dataApi.users;
    return { 'x-service-token': SERVICE_TOKEN, 'x-user-id': admin.id, 'x-user-email': 'admin@example.com' };
  }

  param(operation: Operation, name: string): string | undefined {
    return this.params.get(name === 'id' ? `${operation.path.split('/')[3]} id` : name);
  }

  async seed(): Promise<void> {
    const bootstrap = await this.call('POST', '/api/v1/admin/bootstrap');
    if (bootstrap.status !== 200)
      this.unseeded.push(`cost-api bootstrap ${bootstrap.status} ${bootstrap.text.slice(0, 200)}`);
    const onboarded = await this.call('POST', '/api/v1/organizations/onboard', {
      slug: SLUG,
      name: 'Bad input',
      currency: 'USD',
      timezone: 'UTC',
      country: 'US',
      plan: 'enterprise',
    });
    const { organization, api_key: key } = onboarded.body as {
      organization?: { id: string };
      api_key?: { key: string };
    };
    if (!organization || !key) {
      this.unseeded.push(`cost-api organization ${onboarded.status} ${onboarded.text.slice(0, 200)}`);
      return;
    }
    this.ownerKey = key.key;
    this.keep('organizations', organization.id, 'org', SLUG);
    this.params.set('provider', PROVIDER);
    await this.seedOrganization();
    await this.seedHierarchy();
    await this.seedCosts();
    await this.seedPipelines();
  }

  private async seedOrganization(): Promise<void> {
    const org = `/api/v1/organizations/${SLUG}`;
    const key = await this.create('api-keys', `${org}/api-keys`, { name: 'bad input', role: 'viewer' });
    if (key) this.params.set('key_id', key);
    const { users } = this.stack.dataApi;
    // The forwarded user owns it; the other member is the one `{user_id}` names (and DELETE removes).
    for (const [user, role] of [
      [users.admin, 'owner'],
      [users.member, 'member'],
    ] as const) {
      const added = await this.call('POST', `${org}/members`, { user_id: user.id, role });
      const id = field(added, 'user_id');
      if (id) this.keep('members', id, 'user_id', id);
      else this.unseeded.push(`cost-api members ${added.status} ${added.text.slice(0, 200)}`);
    }
  }

  private async seedHierarchy(): Promise<void> {
    const base = `/api/v1/hierarchy/${SLUG}`;
    const levels = (await this.call('GET', `${base}/levels`)).body.levels;
    const level = Array.isArray(levels) && typeof levels[0] === 'string' ? levels[0] : 'department';
    for (const n of [1, 2]) {
      const id = await this.create('nodes', `${base}/nodes`, { code: `seed-${n}`, name: `Seed ${n}`, level });
      if (id && n === 1) this.params.set('hierarchy id', id);
    }
    const node = this.params.get('hierarchy id');
    // The last project: data-api's own org_projects seed takes the first.
    const project = this.known.get('projects')?.slice(-1)[0];
    if (!node || !project) return;
    const attached = await this.call('POST', `${base}/nodes/${node}/projects`, { project_id: project });
    if (field(attached, 'project_id')) this.keep('org projects', project, 'project_id', project);
    else this.unseeded.push(`cost-api org projects ${attached.status} ${attached.text.slice(0, 200)}`);
  }

  /** Price overrides, subscription plans and an integration (stored unchecked: ?validate=false). */
  private async seedCosts(): Promise<void> {
    for (const n of [1, 2]) {
      const model = `bad-input-model-${n}`;
      const id = await this.create('prices', `/api/v1/integrations/${SLUG}/${PROVIDER}/pricing`, {
        model,
        input_per_1m: '1.5',
        output_per_1m: '6',
      });
      if (id && n === 1) this.params.set('price_id', id).set('model', model);
    }
    for (const n of [1, 2]) {
      const id = await this.create('plans', `/api/v1/subscriptions/${SLUG}/providers/${PROVIDER}/plans`, {
        plan_name: `Seed plan ${n}`,
        pricing_model: 'flat',
        unit_price: '20.00',
        billing_period: 'monthly',
        start_date: '2024-05-06',
      });
      if (id && n === 1) this.params.set('subscriptions id', id);
    }
    const setup = await this.call('POST', `/api/v1/integrations/${SLUG}/${PROVIDER}/setup?validate=false`, {
      api_key: 'sk-bad-input-0123456789abcdef',
    });
    if (setup.status === 201) this.keep('integrations', PROVIDER);
    else this.unseeded.push(`cost-api integrations ${setup.status} ${setup.text.slice(0, 200)}`);
  }

  /** Pipelines admitted by the validator: orchestrator runs of the suite's, so that their status proxies. */
  private async seedPipelines(): Promise<void> {
    const runs = this.known.get('runs') ?? [];
    for (const n of [0, 1]) {
      const run = runs[n] ?? `00000000-0000-4000-8000-00000000000${n}`;
      const admitted = await this.call('POST', `/api/v1/validator/validate/${SLUG}`, {
        kind: 'run',
        pipeline_id: run,
      });
      const id = field(admitted, 'pipeline_run_id');
      if (!id) {
        this.unseeded.push(`cost-api pipelines ${admitted.status} ${admitted.text.slice(0, 200)}`);
        continue;
      }
      this.keep('pipelines', id);
      if (n === 0) this.params.set('pipelines id', id).set('run_id', run);
    }
  }

  /** A POST that answers a record with an id, kept as one of `collection`. */
  private async create(collection: string, path: string, body: unknown): Promise<string | undefined> {
    const answer = await this.call('POST', path, body);
    const id = field(answer, 'id');
    if (id) this.keep(collection, id);
    else this.unseeded.push(`cost-api ${collection} ${answer.status} ${answer.text.slice(0, 200)}`);
    return id;
  }

  /** Reports the record as seeded (`cost-api nodes×2`) and names it as a path parameter if asked. */
  private keep(collection: string, id: string, param?: string, value = id): void {
    const name = `cost-api ${collection}`;
    this.known.set(name, [...(this.known.get(name) ?? []), id]);
    if (param) this.params.set(param, value);
  }

  /** Seeds are made with the root key: whatever the routes' role rules, it may make them all. */
  private async call(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(`${this.stack.urls['cost-api']}${path}`, {
      method,
      headers: {
        'x-api-key': COST_ROOT_KEY,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    return { status: response.status, body: record, text };
  }
}
