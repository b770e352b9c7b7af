import { createHmac } from 'node:crypto';
import { TEST_SERVICE_TOKEN as SERVICE_TOKEN, TEST_TELEGRAM_IDS } from '../../src';
import { CaseBuilder, type Case } from './cases';
import { CostApiSeed } from './cost-api';
import { operations, SchemaResolver, type OpenApiDocument, type Operation } from './openapi';
import { Random } from './random';
import type { Outcome, Sender } from './send';
import { GITEA_SECRET, GITHUB_SECRET, type Stack } from './stack';
import { collectionOf, ValidValues, type KnownIds } from './values';

export const SERVICES = ['orchestrator-runs', 'data-api', 'ci-jobs', 'cost-api', 'gateway'] as const;

/** The gateway's document is every service's; its own operations are the /auth routes. */
const ownOperations = (service: string, document: OpenApiDocument): OpenApiDocument =>
  service === 'gateway'
    ? {
        ...document,
        paths: Object.fromEntries(
          Object.entries(document.paths).filter(([path]) => path.startsWith('/auth/')),
        ),
      }
    : document;

const USER_HEADERS = new Set(['x-user-id', 'x-user-email', 'x-telegram-id', 'x-user-role']);

/** The collection a create or list route is of: its last segment (`/api/projects` → `projects`). */
function collectionOfPath(path: string): string | undefined {
  return path
    .split('/')
    .filter((segment) => segment !== '' && !segment.startsWith('{'))
    .pop();
}

/** A list the suite learns a cursor of: cost-api's sit under an organization (and a provider). */
const isList = (op: Operation): boolean =>
  op.method === 'GET' && (op.service === 'cost-api' ? !op.path.endsWith('}') : !op.path.includes('{'));

/**
 * The generated requests for every operation of the services: documents read, one record
 * of each collection seeded (so that ids and cursors name real rows), destructive routes last.
 */
export class BadInputSuite {
  readonly known: KnownIds;
  readonly cursors = new Map<string, string>();
  readonly unseeded: string[] = [];
  private readonly builders = new Map<string, CaseBuilder>();
  private readonly cost: CostApiSeed;

  private constructor(
    private readonly stack: Stack,
    private readonly sender: Sender,
    readonly operations: Operation[],
    private readonly random: Random,
  ) {
    this.known = new Map([['users', Object.values(stack.dataApi.users).map((u) => u.id)]]);
    this.cost = new CostApiSeed(stack, this.known, this.unseeded);
  }

  static async prepare(stack: Stack, sender: Sender, seed: number): Promise<BadInputSuite> {
    const documents = await Promise.all(
      SERVICES.map(async (service) => {
        const response = await fetch(`${stack.urls[service]}/openapi.json`);
        return { service, document: ownOperations(service, (await response.json()) as OpenApiDocument) };
      }),
    );
    const suite = new BadInputSuite(
      stack,
      sender,
      documents.flatMap(({ service, document }) => operations(service, document)),
      new Random(seed),
    );
    for (const { service, document } of documents) suite.addBuilder(service, document);
    await suite.seed();
    await suite.cost.seed();
    await suite.learnCursors();
    return suite;
  }

  /** Sends a case, signed when it is a webhook delivery. */
  send = (item: Case): Promise<Outcome> => this.sender.send(sign(item));

  cases(): Case[] {
    const destructive = (op: Operation) => op.method === 'DELETE' || op.path.endsWith('/cancel');
    const ordered = [
      ...this.operations.filter((op) => !destructive(op)),
      ...this.operations.filter(destructive),
    ];
    return ordered.flatMap((operation) => this.builder(operation).build(operation));
  }

  /**
   * Authenticated requests carry the service token and a user (valid with or without on-behalf-of
   * rules); cost-api's, a key of its own.
   */
  private identity = (operation: Operation): Record<string, string> => {
    const { service } = operation;
    const { admin } = this.stack.dataApi.users;
    if (service === 'cost-api') return this.cost.identity(operation);
    if (service === 'gateway') return { authorization: `Bearer ${this.stack.adminKey}` };
    return service === 'data-api'
      ? {
          'x-service-token': SERVICE_TOKEN,
          'x-user-id': admin.id,
          'x-user-email': 'admin@example.com',
          'x-telegram-id': String(TEST_TELEGRAM_IDS.admin),
        }
      : { 'x-service-token': SERVICE_TOKEN, 'x-user-id': 'alice', 'x-user-email': 'alice@example.com' };
  };

  private addBuilder(service: string, document: OpenApiDocument): void {
    const resolver = new SchemaResolver(document);
    const values = new ValidValues(resolver, this.known, this.random);
    const context = {
      random: this.random,
      resolver,
      values,
      identity: this.identity,
      forwarded: (operation: Operation) =>
        operation.service === 'cost-api' ? this.cost.forwarded() : undefined,
      cursor: (s: string, path: string) => this.cursors.get(`${s} ${path}`),
    };
    const ids = (operation: Operation, name: string): string => {
      const seeded = operation.service === 'cost-api' ? this.cost.param(operation, name) : undefined;
      if (seeded) return seeded;
      const collection =
        name === 'id' ? collectionOfPath(operation.path.split('/{id}')[0]) : collectionOf(name);
      return (collection && this.known.get(collection)?.[0]) ?? values.idFor(name);
    };
    this.builders.set(service, new CaseBuilder(context, ids));
  }

  private builder(operation: Operation): CaseBuilder {
    const found = this.builders.get(operation.service);
    if (!found) throw new Error(`no builder for ${operation.service}`);
    return found;
  }

  /** Two records of every collection (lists then page), ids of earlier ones feeding later creates. */
  private async seed(): Promise<void> {
    // cost-api's records hang off an organization: CostApiSeed makes them.
    const creates = this.operations.filter(
      (op) =>
        op.service !== 'cost-api' &&
        op.method === 'POST' &&
        !op.path.includes('{') &&
        !/\/(bulk|verify)$|^\/(webhook|auth)\//.test(op.path),
    );
    for (let round = 0; round < 3; round++) {
      for (const operation of creates) {
        const collection = collectionOfPath(operation.path);
        if (!collection || (this.known.get(collection)?.length ?? 0) > (collection === 'users' ? 3 : 1))
          continue;
        const outcome = await this.create(operation, collection, round);
        if (round === 2 && outcome && !createdId(outcome))
          this.unseeded.push(`${operation.path} ${outcome.status} ${outcome.snippet.slice(0, 200)}`);
      }
    }
  }

  /** A minimal body, then every field, then every field renamed; as the user, then as the service alone. */
  private async create(
    operation: Operation,
    collection: string,
    round: number,
  ): Promise<Outcome | undefined> {
    const base = this.builder(operation).base(operation);
    const full = this.builder(operation).validBody(operation, true) ?? '{}';
    const bodies = [base.body, full, full.replace(/"valid-value"/g, `"valid-value-${round}"`)];
    // Records only services write (runs, artifacts…) are seeded with the service token alone.
    const serviceOnly = Object.fromEntries(
      Object.entries(base.headers).filter(([name]) => !USER_HEADERS.has(name)),
    );
    let outcome: Outcome | undefined;
    for (const body of bodies) {
      for (const headers of [base.headers, serviceOnly]) {
        outcome = await this.send({ ...base, body, headers });
        const id = createdId(outcome);
        if (id) {
          this.known.set(collection, [...(this.known.get(collection) ?? []), id]);
          return outcome;
        }
      }
    }
    return outcome;
  }

  /** A cursor of every list with two rows, for the cursor mutations. */
  private async learnCursors(): Promise<void> {
    for (const operation of this.operations.filter(isList)) {
      const base = this.builder(operation).base(operation);
      const outcome = await this.send({
        ...base,
        path: `${base.path}${base.path.includes('?') ? '&' : '?'}limit=1`,
      });
      const match = /"next_cursor":"([^"]+)"/.exec(outcome.text);
      if (outcome.status === 200 && match)
        this.cursors.set(`${operation.service} ${operation.path}`, match[1]);
    }
  }
}

const hmac = (secret: string, body: string | Buffer | undefined): string =>
  createHmac('sha256', secret)
    .update(body ?? '')
    .digest('hex');

/** Webhook deliveries carry a valid signature of whatever body they have, so that the body is read. */
function sign(item: Case): Case {
  if (item.service !== 'ci-jobs' || !item.path.startsWith('/webhook/')) return item;
  const headers = { ...item.headers };
  const own = (header: string) => item.label.startsWith(`header ${header}`);
  if (item.path.startsWith('/webhook/gitea')) {
    if (!own('x-gitea-event')) headers['x-gitea-event'] = 'push';
    if (!own('x-gitea-signature')) headers['x-gitea-signature'] = hmac(GITEA_SECRET, item.body);
  } else {
    if (!own('x-github-event')) headers['x-github-event'] = 'push';
    if (!own('x-hub-signature-256'))
      headers['x-hub-signature-256'] = `sha256=${hmac(GITHUB_SECRET, item.body)}`;
  }
  return { ...item, headers };
}

/** The id a successful create answered (`id`, `run_id` or `job_id`). */
function createdId(outcome: Outcome): string | undefined {
  if (outcome.status < 200 || outcome.status > 299) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(outcome.text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const fields = new Map(Object.entries(body));
  for (const key of ['id', 'run_id', 'job_id']) {
    const value = fields.get(key);
    if (typeof value === 'string') return value;
  }
  return undefined;
}
