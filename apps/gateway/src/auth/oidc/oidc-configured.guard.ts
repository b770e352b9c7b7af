import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import { type GatewayConfig, oidcEnabled } from '../../config';

/** Without OIDC_ISSUER and OIDC_CLIENT_ID the single sign-on routes answer like routes that do not exist. */
@Injectable()
export class OidcConfiguredGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  canActivate(context: ExecutionContext): boolean {
    if (oidcEnabled(this.config)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    throw new ProblemException(
      'route_not_found',
      `No endpoint answers ${request.method} ${request.url.split('?')[0]}: single sign-on is not configured`,
    );
  }
}
