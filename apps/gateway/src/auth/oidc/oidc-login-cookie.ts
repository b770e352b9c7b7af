import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../../config';
import { LOGIN_TTL_MS } from './oidc-login-store';

export const OIDC_LOGIN_COOKIE = 'slipway_oidc_login';
const PATH = '/auth/oidc';

/**
 * The id of the browser's login under way: HttpOnly, sent only to /auth/oidc, and SameSite=Lax so
 * that it comes back with the identity provider's redirect (a top-level GET) and with nothing else.
 */
@Injectable()
export class OidcLoginCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  set(reply: FastifyReply, loginId: string): void {
    void reply.setCookie(OIDC_LOGIN_COOKIE, loginId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.SESSION_COOKIE_SECURE,
      path: PATH,
      maxAge: LOGIN_TTL_MS / 1000,
    });
  }

  read(request: FastifyRequest): string | undefined {
    return request.cookies[OIDC_LOGIN_COOKIE];
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(OIDC_LOGIN_COOKIE, { path: PATH });
  }
}
