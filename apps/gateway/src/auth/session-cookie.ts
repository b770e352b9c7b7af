import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '@slipway/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config';
import { SESSION_COOKIE } from './authenticator';

/** The session cookie: HttpOnly, SameSite=Lax, Secure when configured, scoped to the whole gateway. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  set(reply: FastifyReply, sessionId: string): void {
    void reply.setCookie(SESSION_COOKIE, sessionId, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.SESSION_COOKIE_SECURE,
      path: '/',
      maxAge: Math.floor(this.config.SESSION_ABSOLUTE_MS / 1000),
    });
  }

  read(request: FastifyRequest): string | undefined {
    return request.cookies[SESSION_COOKIE];
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
