import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataApiClient, DataApiError } from '@slipway/data-client';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import type { FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config';
import { grantedScopes, isSafeMethod } from '../proxy/route-table';
import { ApiKeyVerifier } from './api-key-verifier';
import { type GatewayIdentity, requestIdHeader } from './identity';
import { type Session, SessionStore } from './session-store';

export const SESSION_COOKIE = 'slipway_session';
export const CSRF_HEADER = 'x-csrf-token';

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Who a request to the gateway is: a bearer API key, else the session cookie. A session is
 * confirmed with data-api every AUTH_CACHE_TTL_MS (its user still active, its role current, the
 * key it logged in with not revoked), so revocation reaches sessions within the same bound as keys.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly keys: ApiKeyVerifier,
    private readonly sessions: SessionStore,
    private readonly dataApi: DataApiClient,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** The request's identity, or null when it presents none; a 401 ProblemException for a bad one. */
  async authenticate(request: FastifyRequest): Promise<GatewayIdentity | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const [scheme, credential, ...rest] = authorization.trim().split(/\s+/);
      if (scheme.toLowerCase() !== 'bearer' || !credential || rest.length > 0)
        throw new ProblemException('unauthorized', 'Authorization must be "Bearer <API key>"');
      return this.keys.verify(credential, request);
    }
    const cookie = request.cookies?.[SESSION_COOKIE];
    if (!cookie) return null;
    const session = await this.sessions.find(cookie);
    if (!session) throw new ProblemException('unauthorized', 'The session has ended; log in again');
    return this.confirmed(session, request);
  }

  /** Unsafe methods under a session need the session's CSRF token in X-CSRF-Token. */
  checkCsrf(request: FastifyRequest, identity: GatewayIdentity): void {
    if (identity.via !== 'session' || isSafeMethod(request.method)) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !identity.csrfToken || !sameText(sent, identity.csrfToken))
      throw new ProblemException(
        'forbidden',
        'A session needs X-CSRF-Token (from GET /auth/me) to change anything',
      );
  }

  private async confirmed(session: Session, request: FastifyRequest): Promise<GatewayIdentity> {
    if (session.checkedAt + this.config.AUTH_CACHE_TTL_MS > Date.now()) return session.identity;
    const ended = new ProblemException('unauthorized', 'The session has ended; log in again');
    try {
      const { data: user } = await this.dataApi.get('/api/users/{id}', {
        params: { path: { id: session.identity.user.id } },
        headers: requestIdHeader(request),
      });
      if (!user.is_active) throw ended;
      let scopes = session.identity.scopes;
      if (session.identity.keyId) {
        const { data: key } = await this.dataApi.get('/api/api_keys/{id}', {
          params: { path: { id: session.identity.keyId } },
          headers: requestIdHeader(request),
        });
        if (key.revoked_at !== null || (key.expires_at !== null && Date.parse(key.expires_at) <= Date.now()))
          throw ended;
        scopes = grantedScopes(key.scopes);
      }
      const current = {
        ...session.identity.user,
        email: user.email,
        role: user.role === 'admin' ? 'admin' : 'member',
      } as const;
      await this.sessions.confirm(session, current, scopes);
      return { ...session.identity, user: current, scopes };
    } catch (error) {
      if (error === ended || (error instanceof DataApiError && error.status === 404)) {
        await this.sessions.destroy(session.id);
        throw ended;
      }
      throw new ProblemException(
        'upstream_unavailable',
        'The session cannot be confirmed right now; try again shortly',
      );
    }
  }
}
