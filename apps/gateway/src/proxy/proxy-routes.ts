import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import replyFrom from '@fastify/reply-from';
import { APP_CONFIG, ProblemException, sendProblem } from '@slipway/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Authenticator } from '../auth/authenticator';
import type { GatewayConfig } from '../config';
import { RouteLimits } from '../limits/route-limits';
import { GatewayMetrics } from '../metrics';
import { dropIdentityClaims, forwardedHeaders } from './forwarded-headers';
import {
  GATEWAY_ROUTES,
  type GatewayRoute,
  requiredScope,
  type RouteClass,
  type Upstream,
} from './route-table';
import { assertCanonicalPath } from './canonical-path';
import { upstreamProblem } from './upstream-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    gateway?: Pick<GatewayRoute, 'upstream' | 'routeClass'>;
  }
}

/** Upstream base URLs from the configuration; undefined where a service is not configured. */
export const upstreamUrls = (config: GatewayConfig): Record<Upstream, string | undefined> => ({
  'data-api': config.DATA_API_URL,
  'orchestrator-runs': config.ORCHESTRATOR_URL,
  'ci-jobs': config.CI_JOBS_URL,
  'cost-api': config.COST_API_URL,
});

const STREAM_HEADERS = { 'x-accel-buffering': 'no', 'cache-control': 'no-cache, no-transform' };

/**
 * The proxied routes (route-table.ts), as Fastify routes beside the gateway's own: bodies stream
 * through unparsed in both directions (a webhook's bytes arrive as the forge signed them), each
 * upstream has its own keep-alive pool, and every request is authenticated, scoped, limited and
 * stripped of client-claimed identity before it leaves.
 */
@Injectable()
export class ProxyRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly authenticator: Authenticator,
    private readonly limits: RouteLimits,
    private readonly metrics: GatewayMetrics,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    // Every route of the gateway, its own and the proxied ones: identity is what it verifies.
    fastify.addHook('onRequest', (request, _reply, next) => {
      dropIdentityClaims(request.headers);
      next();
    });
    void fastify.register((scope, _options, done) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', (_request, payload, parsed) => parsed(null, payload));
      scope.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
      scope.addHook('onRequest', (request, reply) => this.admit(request, reply));
      scope.addHook('onResponse', (request, reply, next) => {
        const route = request.routeOptions.config.gateway;
        if (route)
          this.metrics.observe(route.routeClass, route.upstream, reply.statusCode, reply.elapsedTime / 1000);
        next();
      });
      for (const [upstream, base] of Object.entries(upstreamUrls(this.config)) as [
        Upstream,
        string | undefined,
      ][])
        void scope.register(async (child) => this.upstream(child, upstream, base));
      done();
    });
  }

  /**
   * Authenticates, checks scope and CSRF, counts the request against its limits. Webhooks act for
   * nobody (their signature is their credential), and so does a cost-api request carrying only an
   * organization's key (X-API-Key, no gateway credential): cost-api verifies that key itself.
   */
  private async admit(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const route = request.routeOptions.config.gateway;
    if (!route) return;
    assertCanonicalPath(request.url);
    if (route.routeClass !== 'webhook' && !carriesOnlyOrgKey(request, route.upstream)) {
      const identity = await this.authenticator.authenticate(request);
      if (!identity)
        throw new ProblemException(
          'unauthorized',
          'Present an API key (Authorization: Bearer slw_…) or log in',
        );
      const scope = requiredScope(request.method, request.url);
      if (!identity.scopes.has(scope))
        throw new ProblemException('forbidden', `This key lacks the ${scope} scope this request needs`);
      this.authenticator.checkCsrf(request, identity);
      request.identity = identity;
    }
    await this.limits.admit(route.routeClass, request, reply);
  }

  private async upstream(
    child: FastifyInstance,
    upstream: Upstream,
    base: string | undefined,
  ): Promise<void> {
    const routes = GATEWAY_ROUTES.filter((route) => route.upstream === upstream);
    if (base === undefined) {
      for (const route of routes)
        child.route({
          method: route.methods,
          url: route.url,
          config: { gateway: route },
          handler: async () => {
            throw new ProblemException(
              'upstream_unavailable',
              `${upstream} is not configured on this gateway`,
            );
          },
        });
      return;
    }
    // Event streams hold their connection for as long as the client stays: they get a pool of
    // their own, unbounded, so open streams never starve ordinary requests of connections.
    const streams = routes.filter((route) => route.routeClass === 'stream');
    await child.register(async (pool) => this.pooled(pool, upstream, base, streams, null));
    await child.register(async (pool) =>
      this.pooled(
        pool,
        upstream,
        base,
        routes.filter((route) => route.routeClass !== 'stream'),
        this.config.UPSTREAM_CONNECTIONS,
      ),
    );
  }

  private async pooled(
    pool: FastifyInstance,
    upstream: Upstream,
    base: string,
    routes: GatewayRoute[],
    connections: number | null,
  ): Promise<void> {
    if (routes.length === 0) return;
    await pool.register(replyFrom, {
      base,
      disableRequestLogging: true,
      retryMethods: ['GET', 'HEAD'],
      undici: {
        connections,
        pipelining: 1,
        keepAliveTimeout: 30_000,
        connect: { timeout: this.config.UPSTREAM_CONNECT_TIMEOUT_MS },
        // A stream must answer its headers in time like any request; its body then has no limit.
        headersTimeout: this.config.UPSTREAM_TIMEOUT_MS,
        bodyTimeout: connections === null ? 0 : this.config.UPSTREAM_TIMEOUT_MS,
      },
    });
    for (const route of routes)
      pool.route({
        method: route.methods,
        url: route.url,
        config: { gateway: route },
        handler: (request, reply) => this.forward(request, reply, upstream, route.routeClass),
      });
  }

  private forward(
    request: FastifyRequest,
    reply: FastifyReply,
    upstream: Upstream,
    routeClass: RouteClass,
  ): FastifyReply {
    return reply.from(request.url, {
      ...(routeClass === 'stream' ? {} : { timeout: this.timeoutOf(routeClass) }),
      retriesCount: request.method === 'GET' || request.method === 'HEAD' ? 1 : 0,
      rewriteRequestHeaders: (_request, headers) =>
        forwardedHeaders(headers, {
          requestId: String(request.id),
          // request.ips: the socket's address, then those of X-Forwarded-For that trusted proxies vouch for.
          forwardedFor: [...(request.ips ?? [request.ip])].reverse().join(', '),
          protocol: request.protocol,
          host: request.headers.host,
          serviceToken: this.config.SERVICE_TOKEN,
          user: request.identity?.user,
          readsOrgKeys: upstream === 'cost-api',
        }),
      rewriteHeaders: (headers) =>
        routeClass === 'stream' && String(headers['content-type']).startsWith('text/event-stream')
          ? { ...headers, ...STREAM_HEADERS }
          : headers,
      onError: (_failed, { error }) => {
        const problem = upstreamProblem(upstream, error);
        this.metrics.upstreamErrors.inc({ upstream, code: problem.code });
        request.log.warn({ err: error, upstream }, 'upstream failed');
        sendProblem(problem, request, reply);
      },
    });
  }

  /** Ordinary and expensive requests are bounded by class; streams by their pool (headers only). */
  private timeoutOf(routeClass: Exclude<RouteClass, 'stream'>): number {
    return routeClass === 'expensive'
      ? this.config.UPSTREAM_EXPENSIVE_TIMEOUT_MS
      : this.config.UPSTREAM_TIMEOUT_MS;
  }
}

/** A request for cost-api authenticated by an organization's key alone: no bearer key, no session cookie. */
const carriesOnlyOrgKey = (request: FastifyRequest, upstream: Upstream): boolean =>
  upstream === 'cost-api' &&
  typeof request.headers['x-api-key'] === 'string' &&
  request.headers.authorization === undefined &&
  request.headers.cookie === undefined;
