import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';

/** The person a request acts for, as the gateway forwards them (X-User-Id, X-User-Email, X-User-Role). */
export interface Caller {
  id: string;
  email: string;
  admin: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

const USER_ID = /^[A-Za-z0-9._:@-]{1,200}$/;

/**
 * Every /runs route needs X-User-Id and X-User-Email (seed); `X-User-Role: admin` sees every run.
 * The gateway strips these headers from what clients send and sets them from a verified key.
 */
@Injectable()
export class CallerGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const id = request.headers['x-user-id'];
    const email = request.headers['x-user-email'];
    if (typeof id !== 'string' || typeof email !== 'string' || !USER_ID.test(id) || !email.includes('@')) {
      throw new ProblemException('unauthorized', 'Send X-User-Id and X-User-Email');
    }
    const role = request.headers['x-user-role'];
    request.caller = { id, email, admin: typeof role === 'string' && role.split(',').includes('admin') };
    return true;
  }
}

export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<FastifyRequest>().caller;
  if (!caller) throw new Error('CurrentCaller used on a route without the caller guard');
  return caller;
});
