import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, map, type Observable } from 'rxjs';
import { subjectOf } from './request-subject';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export interface IdempotentResponse<T> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

/**
 * Idempotency-Key (DESIGN §3): the same key and body within the TTL get the first response again;
 * the same key with another body gets 409. libs/redis provides the implementation.
 */
export abstract class IdempotencyStore {
  /** `scope` is whose keys these are; `body` the request body the key stands for. */
  abstract run<T>(
    scope: string,
    key: string,
    body: unknown,
    execute: () => Promise<{ status: number; body: T }>,
  ): Promise<IdempotentResponse<T>>;
}

/** A create that triggers work answers the first response again for a repeated Idempotency-Key. */
export const Idempotent = () =>
  applyDecorators(
    ApiHeader({
      name: IDEMPOTENCY_HEADER,
      required: false,
      description: 'Same key and body within 24 h → the first answer (Idempotent-Replayed: true)',
    }),
    UseInterceptors(IdempotencyInterceptor),
  );

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string') return next.handle();
    const answer = this.store.run(subjectOf(request), key, request.body ?? null, async () => {
      const body: unknown = await lastValueFrom(next.handle());
      return { status: reply.statusCode, body };
    });
    return from(answer).pipe(
      map((stored) => {
        void reply.status(stored.status);
        if (stored.replayed) void reply.header('idempotent-replayed', 'true');
        return stored.body;
      }),
    );
  }
}
