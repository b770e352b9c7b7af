import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import type { BaseConfig } from './config';
import { APP_CONFIG } from './platform.module';
import { subjectOf } from './request-subject';

/** Where a limit stands after counting one request (IETF RateLimit header fields). */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until a slot frees. */
  resetSeconds: number;
}

/**
 * Counts requests per bucket and subject in a window shared by every replica; refuses with 429
 * `rate_limited` (Retry-After and RateLimit headers) when the limit is reached. Refused requests do
 * not count. libs/redis provides the implementation.
 */
export abstract class RateLimitStore {
  abstract consume(bucket: string, subject: string, limit: number, windowMs: number): Promise<RateLimitState>;
}

export interface RateLimitOptions<C extends BaseConfig> {
  /** What is limited, e.g. `runs.create`; each bucket counts apart. */
  bucket: string;
  /** Requests allowed per window, read from the app's configuration. */
  limit: (config: C) => number;
  windowMs: number;
}

const RATE_LIMIT = 'slipway:rate-limit';

/** Limits how often one caller may call the route (after authentication: the caller is its subject). */
export const RateLimit = <C extends BaseConfig>(options: RateLimitOptions<C>) =>
  applyDecorators(SetMetadata(RATE_LIMIT, options), UseInterceptors(RateLimitInterceptor));

@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: BaseConfig,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const options = this.reflector.get<RateLimitOptions<BaseConfig>>(RATE_LIMIT, context.getHandler());
    const http = context.switchToHttp();
    const state = await this.store.consume(
      options.bucket,
      subjectOf(http.getRequest<FastifyRequest>()),
      options.limit(this.config),
      options.windowMs,
    );
    void http
      .getResponse<FastifyReply>()
      .header('ratelimit-limit', String(state.limit))
      .header('ratelimit-remaining', String(state.remaining))
      .header('ratelimit-reset', String(state.resetSeconds));
    return next.handle();
  }
}
