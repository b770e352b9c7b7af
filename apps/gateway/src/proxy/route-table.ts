import type { HTTPMethods } from 'fastify';

export type Upstream = 'data-api' | 'orchestrator-runs' | 'ci-jobs' | 'cost-api';

/**
 * How a route is limited and timed: `default`; `expensive` (starts LLM work: its own limit and a
 * longer timeout); `stream` (server-sent events: no body timeout, never buffered); `webhook` (a
 * forge, no user: limited per source IP, the body passed byte for byte).
 */
export type RouteClass = 'default' | 'expensive' | 'stream' | 'webhook';

export interface GatewayRoute {
  /** A Fastify route pattern; the most specific pattern wins (static, then parametric, then wildcard). */
  url: string;
  methods: HTTPMethods[];
  upstream: Upstream;
  routeClass: RouteClass;
}

/** OPTIONS is the CORS preflight, answered by the gateway itself. */
const ALL: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
const GET: HTTPMethods[] = ['GET', 'HEAD'];
const POST: HTTPMethods[] = ['POST'];

const route = (
  url: string,
  upstream: Upstream,
  methods = ALL,
  routeClass: RouteClass = 'default',
): GatewayRoute => ({
  url,
  methods,
  upstream,
  routeClass,
});

/** Every path a service serves, under the same path at the gateway (DESIGN §3). */
export const GATEWAY_ROUTES: GatewayRoute[] = [
  route('/api/*', 'data-api'),
  route('/api/v1/*', 'cost-api'),
  route('/runs', 'orchestrator-runs', GET),
  route('/runs', 'orchestrator-runs', POST, 'expensive'),
  route('/runs/*', 'orchestrator-runs'),
  route('/runs/:id/events', 'orchestrator-runs', GET, 'stream'),
  route('/api/planner/*', 'orchestrator-runs'),
  route('/api/planner/generate', 'orchestrator-runs', POST, 'expensive'),
  route('/api/planner/refine', 'orchestrator-runs', POST, 'expensive'),
  route('/api/agent/*', 'orchestrator-runs'),
  route('/api/agent/chat', 'orchestrator-runs', POST, 'expensive'),
  route('/api/tasks/:id/decompose', 'orchestrator-runs', POST, 'expensive'),
  route('/api/tasks/:id/runs', 'orchestrator-runs'),
  route('/jobs', 'ci-jobs'),
  route('/jobs/*', 'ci-jobs'),
  route('/jobs/:id/logs', 'ci-jobs', GET, 'stream'),
  route('/webhook/*', 'ci-jobs', POST, 'webhook'),
];

export type Scope = 'read' | 'write' | 'admin';

/**
 * What a key needs the `admin` scope to change: the registries only admins change, and API keys
 * (a key that may make keys could make itself a wider one).
 */
const ADMIN_PATHS =
  /^\/api\/(users|servers|available_models|agent_configs|cli_agent_configs|api_keys)(\/|\?|$)/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isSafeMethod = (method: string): boolean => SAFE_METHODS.has(method);

/** The path as a service's router will read it: percent-decoded where it decodes. */
const decodedPath = (url: string): string => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};

/** The scope a request needs: reads need `read`, writes `write`, writes to admin registries `admin`. */
export function requiredScope(method: string, url: string): Scope {
  if (isSafeMethod(method)) return 'read';
  return ADMIN_PATHS.test(url) || ADMIN_PATHS.test(decodedPath(url)) ? 'admin' : 'write';
}

const IMPLIED: Record<Scope, Scope[]> = {
  read: ['read'],
  write: ['read', 'write'],
  admin: ['read', 'write', 'admin'],
};

/** `read`, `write`, `admin`, or a finer scope of one of them (`runs:write`): its route class. */
const classOf = (scope: string): Scope | undefined => {
  const level = scope.split(':').pop();
  return level === 'read' || level === 'write' || level === 'admin' ? level : undefined;
};

/**
 * The route-class scopes a key's scope list grants: `admin` implies `write`, `write` implies
 * `read`, and a finer scope counts as its class (`runs:read` reads); a scope of no class grants
 * nothing. A key with no scopes at all acts with all its owner's rights, which the services check.
 */
export function grantedScopes(scopes: readonly string[]): ReadonlySet<Scope> {
  if (scopes.length === 0) return new Set<Scope>(['read', 'write', 'admin']);
  return new Set(
    scopes.flatMap((scope) => {
      const level = classOf(scope);
      return level ? IMPLIED[level] : [];
    }),
  );
}
