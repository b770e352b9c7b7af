import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { CiJobsConfig } from '../config';

/** A person (forwarded by the gateway as X-User-Id / X-User-Email) or another Slipway service. */
export type Caller = { kind: 'service' } | { kind: 'user'; id: string; email: string };

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Every /jobs route needs X-Service-Token, or X-User-Id with X-User-Email; webhooks prove themselves by signature. */
@Injectable()
export class IdentityGuard implements CanActivate {
  private readonly tokenDigest: Buffer;

  constructor(
    private readonly reflector: Reflector,
    config: CiJobsConfig,
  ) {
    this.tokenDigest = digest(config.SERVICE_TOKEN);
  }

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = request.headers['x-service-token'];
    if (typeof token === 'string') {
      if (!timingSafeEqual(digest(token), this.tokenDigest))
        throw new ProblemException('unauthorized', 'X-Service-Token is not valid');
      request.caller = { kind: 'service' };
      return true;
    }
    const id = request.headers['x-user-id'];
    const email = request.headers['x-user-email'];
    if (typeof id !== 'string' || typeof email !== 'string' || id === '' || !email.includes('@')) {
      throw new ProblemException(
        'unauthorized',
        'Send X-User-Id and X-User-Email (people) or X-Service-Token (services)',
      );
    }
    request.caller = { kind: 'user', id, email };
    return true;
  }
}

export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<FastifyRequest>().caller;
  if (!caller) throw new Error('CurrentCaller used on a route without the identity guard');
  return caller;
});
