import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, ProblemException, RateLimitStore } from '@slipway/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { limitSubject } from '../auth/identity';
import type { GatewayConfig } from '../config';
import { GatewayMetrics } from '../metrics';
import type { RouteClass } from '../proxy/route-table';

const MINUTE = 60_000;

/**
 * Per-caller limits of each route class, counted in Redis so every replica shares them: a key or a
 * session user (IP when anonymous); webhooks per source IP. Expensive routes count in their own
 * bucket besides the default one. The RateLimit headers describe the tightest limit that applied.
 */
@Injectable()
export class RouteLimits {
  constructor(
    private readonly counter: RateLimitStore,
    private readonly metrics: GatewayMetrics,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async admit(routeClass: RouteClass, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    try {
      const subject = routeClass === 'webhook' ? `ip:${request.ip}` : limitSubject(request);
      const bucket = routeClass === 'webhook' ? 'webhook' : 'default';
      const limit =
        routeClass === 'webhook'
          ? this.config.RATE_LIMIT_WEBHOOK_PER_MIN
          : this.config.RATE_LIMIT_DEFAULT_PER_MIN;
      let state = await this.counter.consume(bucket, subject, limit, MINUTE);
      if (routeClass === 'expensive')
        state = await this.counter.consume(
          'expensive',
          subject,
          this.config.RATE_LIMIT_EXPENSIVE_PER_MIN,
          MINUTE,
        );
      void reply
        .header('ratelimit-limit', String(state.limit))
        .header('ratelimit-remaining', String(state.remaining))
        .header('ratelimit-reset', String(state.resetSeconds));
    } catch (error) {
      if (!(error instanceof ProblemException)) {
        // Like Kong's fault-tolerant limits: Redis being away does not take the API down with it.
        request.log.warn({ err: error }, 'rate limits unavailable; request admitted uncounted');
        return;
      }
      if (error.code === 'rate_limited') this.metrics.rateLimited.inc({ route_class: routeClass });
      throw error;
    }
  }

  /**
   * Per source IP, every key data-api must be asked about (one not in the verdict cache: a login,
   * a new key, a guess) and every single sign-on start: guessing keys is slow, and refusals — never
   * cached — cannot flood data-api. Counted before the question is asked.
   */
  async admitLogin(request: FastifyRequest): Promise<void> {
    try {
      await this.counter.consume('login', `ip:${request.ip}`, this.config.RATE_LIMIT_LOGIN_PER_MIN, MINUTE);
    } catch (error) {
      if (error instanceof ProblemException) {
        this.metrics.rateLimited.inc({ route_class: 'login' });
        throw error;
      }
      request.log.warn({ err: error }, 'rate limits unavailable; login admitted uncounted');
    }
  }
}
