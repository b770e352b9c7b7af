import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Optional,
  type Type,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { SERVICE_ONLY } from './decorators';
import { subjectKey, type Principal } from './principal';
import { SERVICE_TOKEN_HEADER, ServiceTokenCheck } from './service-token';
import {
  CREDENTIAL_STRATEGIES,
  FORWARDED_USER_STRATEGY,
  type CredentialStrategy,
  type ForwardedUserStrategy,
} from './strategies';

export const SERVICE_TOKEN_CHECK = Symbol('SERVICE_TOKEN_CHECK');

/** What a route's decorators say about who may call it. */
interface RouteAccess {
  isPublic: boolean;
  serviceOnly: boolean;
}

type Handler = ReturnType<ExecutionContext['getHandler']>;

const isPending = <T extends object>(value: T | Promise<T | null> | null): value is Promise<T | null> =>
  value !== null && 'then' in value;

/**
 * The trust boundary of every service. Identity headers count only beside a valid X-Service-Token:
 * with it, the forwarded user (if one is named) is who the request acts for, else the service
 * itself; without it, only an app's own credential strategies (an API key) can identify the caller,
 * and anything else is a 401. Routes marked @Public() skip it; @ServiceOnly() routes refuse users.
 *
 * It runs on every request, so a route's decorators are read once (per controller class and
 * handler), and a caller identified without I/O (the service token, forwarded headers) is
 * answered synchronously, without a promise.
 */
@Injectable()
export class IdentityGuard implements CanActivate {
  private readonly routes = new WeakMap<Type, WeakMap<Handler, RouteAccess>>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(SERVICE_TOKEN_CHECK) private readonly serviceToken: ServiceTokenCheck,
    @Inject(FORWARDED_USER_STRATEGY) private readonly forwarded: ForwardedUserStrategy,
    @Optional() @Inject(CREDENTIAL_STRATEGIES) private readonly credentials: CredentialStrategy[] = [],
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const access = this.accessOf(context.getClass(), context.getHandler());
    if (access.isPublic) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const principal = this.identify(request);
    if (principal instanceof Promise) return principal.then((p) => this.admit(request, p, access));
    return this.admit(request, principal, access);
  }

  private accessOf(controller: Type, handler: Handler): RouteAccess {
    let handlers = this.routes.get(controller);
    if (!handlers) {
      handlers = new WeakMap();
      this.routes.set(controller, handlers);
    }
    let access = handlers.get(handler);
    if (!access) {
      const targets = [handler, controller];
      access = {
        isPublic: this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true,
        serviceOnly: this.reflector.getAllAndOverride<boolean | undefined>(SERVICE_ONLY, targets) === true,
      };
      handlers.set(handler, access);
    }
    return access;
  }

  private admit(request: FastifyRequest, principal: Principal, access: RouteAccess): boolean {
    if (access.serviceOnly && principal.kind !== 'service')
      throw new ProblemException('forbidden', 'Only Slipway services may call this endpoint');
    request.principal = principal;
    request.subject = subjectKey(principal);
    return true;
  }

  private identify(request: FastifyRequest): Principal | Promise<Principal> {
    const token = request.headers[SERVICE_TOKEN_HEADER];
    if (typeof token !== 'string') return this.authenticate(request);
    if (!this.serviceToken.matches(token))
      throw new ProblemException('unauthorized', 'X-Service-Token is not valid');
    const user = this.forwarded.resolve(request);
    if (isPending(user)) return user.then((resolved) => resolved ?? { kind: 'service' });
    return user ?? { kind: 'service' };
  }

  private async authenticate(request: FastifyRequest): Promise<Principal> {
    for (const strategy of this.credentials) {
      const principal = await strategy.authenticate(request);
      if (principal) return principal;
    }
    throw new ProblemException(
      'unauthorized',
      'Authenticate through the gateway; identity headers count only with X-Service-Token',
      [],
      { 'WWW-Authenticate': 'X-Service-Token' },
    );
  }
}
