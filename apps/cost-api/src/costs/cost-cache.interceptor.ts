import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { AppLogger, Clock } from '@slipway/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { from, mergeMap, type Observable, of } from 'rxjs';
import { OrgCalendar } from '../quota/org-calendar';
import { CostCacheStore } from './cost-cache.store';

export const CACHE_HEADER = 'x-cache';

/**
 * What an answer is filed under in its organization's cache: the route, the query (parameters
 * sorted by name, repeated ones in their order) and what of the organization the answer shows
 * (its currency and time zone). Hashed: the query is the caller's and may be long.
 */
export function answerKey(request: FastifyRequest, org: { currency: string; timezone: string }): string {
  const query = new URLSearchParams(request.url.split('?')[1] ?? '');
  const sorted = [...query.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const text = JSON.stringify([request.routeOptions.url, org.currency, org.timezone, sorted]);
  return createHash('sha256').update(text).digest('base64url').slice(0, 32);
}

/**
 * Serves an organization's cost answer from its cache while the cost-api generation it was computed
 * at holds and its day has not ended in the org's time zone; otherwise computes it and keeps it
 * (`X-Cache: hit|miss`). Runs after the org guard (it needs the org) and before validation: a
 * refused query is never kept. Redis failing leaves the answer uncached, never refused.
 */
@Injectable()
export class CostCacheInterceptor implements NestInterceptor {
  private readonly logger: AppLogger;

  constructor(
    private readonly store: CostCacheStore,
    private readonly clock: Clock,
    logger: AppLogger,
  ) {
    this.logger = logger.child({ context: 'cost-cache' });
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const org = request.org;
    if (!org) throw new Error('@CostCached used on a route without @OrgRole');
    if (this.store.capacity === 0) return next.handle();
    const started = this.clock.now();
    const key = answerKey(request, org);
    const cached = await this.lookup(org.id, key, started.getTime());
    if (cached.body !== null) {
      void reply.header(CACHE_HEADER, 'hit').header('content-type', 'application/json; charset=utf-8');
      return of(cached.body);
    }
    void reply.header(CACHE_HEADER, 'miss');
    if (cached.generation === null) return next.handle();
    const generation = cached.generation;
    // The answer's day is the one the request started in: it is kept until that day ends.
    const expiresAt = new OrgCalendar(org.timezone).nextDayStart(started).getTime();
    return next
      .handle()
      .pipe(
        mergeMap((answer: unknown) =>
          from(this.keep(org.id, generation, key, answer, expiresAt).then(() => answer)),
        ),
      );
  }

  private async lookup(
    orgId: string,
    key: string,
    nowMs: number,
  ): Promise<{ generation: number | null; body: string | null }> {
    try {
      return await this.store.lookup(orgId, key, nowMs);
    } catch (error) {
      this.logger.warn({ err: error, org_id: orgId }, 'cost cache unreadable; answering uncached');
      return { generation: null, body: null };
    }
  }

  private async keep(orgId: string, generation: number, key: string, answer: unknown, expiresAt: number) {
    try {
      await this.store.put(
        orgId,
        generation,
        key,
        JSON.stringify(answer),
        this.clock.now().getTime(),
        expiresAt,
      );
    } catch (error) {
      this.logger.warn({ err: error, org_id: orgId }, 'cost answer not cached');
    }
  }
}

/** The route's answers are cached per organization (see CostCacheInterceptor). */
export const CostCached = () => applyDecorators(UseInterceptors(CostCacheInterceptor));
