import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { SERVICE_ONLY } from './decorators';
import type { Principal } from './principal';
import { SERVICE_TOKEN_HEADER, ServiceTokenCheck } from './service-token';
import {
  CREDENTIAL_STRATEGIES,
  FORWARDED_USER_STRATEGY,
  type CredentialStrategy,
  type ForwardedUserStrategy,
} from './strategies';

export const SERVICE_TOKEN_CHECK = Symbol('SERVICE_TOKEN_CHECK');

/**
 * The trust boundary of every service. Identity headers count only beside a valid X-Service-Token:
 * with it, the forwarded user (if one is named) is who the request acts for, else the service
 * itself; without it, only an app's own credential strategies (an API key) can identify the caller,
 * and anything else is a 401. Routes marked @Public() skip it; @ServiceOnly() routes refuse users.
 */
@Injectable()
export class IdentityGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SERVICE_TOKEN_CHECK) private readonly serviceToken: ServiceTokenCheck,
    @Inject(FORWARDED_USER_STRATEGY) private readonly forwarded: ForwardedUserStrategy,
    @Optional() @Inject(CREDENTIAL_STRATEGIES) private readonly credentials: CredentialStrategy[] = [],
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const principal = await this.identify(request);
    if (this.reflector.getAllAndOverride<boolean>(SERVICE_ONLY, targets) && principal.kind !== 'service')
      throw new ProblemException('forbidden', 'Only Slipway services may call this endpoint');
    request.principal = principal;
    return true;
  }

  private async identify(request: FastifyRequest): Promise<Principal> {
    const token = request.headers[SERVICE_TOKEN_HEADER];
    if (typeof token === 'string') {
      if (!this.serviceToken.matches(token))
        throw new ProblemException('unauthorized', 'X-Service-Token is not valid');
      return (await this.forwarded.resolve(request)) ?? { kind: 'service' };
    }
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
