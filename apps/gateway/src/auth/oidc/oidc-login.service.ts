import { HttpStatus, Inject, Injectable, type HttpRedirectResponse } from '@nestjs/common';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../../config';
import { grantedScopes } from '../../proxy/route-table';
import { SessionCookie } from '../session-cookie';
import { SessionStore } from '../session-store';
import { type IssuerIdentity, OidcIssuer } from './oidc-issuer';
import { OidcLoginCookie } from './oidc-login-cookie';
import { OidcLoginStore } from './oidc-login-store';
import { RegistryUsers } from './registry-users';
import { returnPathOf } from './return-to';

export const CALLBACK_PATH = '/auth/oidc/callback';

const found = (url: string): HttpRedirectResponse => ({ url, statusCode: HttpStatus.FOUND });

const startAgain = (why: string): ProblemException =>
  new ProblemException('bad_request', `${why}; start again at /auth/oidc/login`);

/**
 * The identity provider's word is taken for an address it says it has verified — or, with
 * OIDC_TRUST_UNVERIFIED_EMAIL (providers that never send email_verified), one it does not say it
 * has not. The address is what finds the registry user, an admin's included.
 */
function verifiedEmailOf(identity: IssuerIdentity, trustUnsaid: boolean): string {
  if (identity.email === undefined)
    throw new ProblemException('unauthorized', 'The identity provider gave no email address for this login');
  const verified = identity.emailVerified === true || (trustUnsaid && identity.emailVerified === undefined);
  if (!verified)
    throw new ProblemException(
      'unauthorized',
      'The identity provider has not said it verified this email address',
    );
  return identity.email;
}

/**
 * Single sign-on: a login starts at the provider with secrets kept server-side under a one-time
 * cookie, and its callback, once the provider's tokens pass, becomes a browser session of the
 * registry user of the verified email (made at first login). The session acts with all its user's
 * rights, which the services still check against the user's role.
 */
@Injectable()
export class OidcLoginService {
  constructor(
    private readonly issuer: OidcIssuer,
    private readonly logins: OidcLoginStore,
    private readonly loginCookie: OidcLoginCookie,
    private readonly users: RegistryUsers,
    private readonly sessions: SessionStore,
    private readonly sessionCookie: SessionCookie,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** Where the browser goes to log in; `returnTo`, a path of the gateway, is where it comes back. */
  async begin(returnTo: unknown, reply: FastifyReply): Promise<HttpRedirectResponse> {
    const request = await this.issuer.authorizationRequest(this.redirectUri());
    const loginId = await this.logins.save({
      ...request.secrets,
      returnTo: returnPathOf(returnTo, this.config.PUBLIC_URL),
    });
    this.loginCookie.set(reply, loginId);
    return found(request.url.href);
  }

  /** The provider's redirect back: the browser's own login, its code redeemed, a session made. */
  async finish(request: FastifyRequest, reply: FastifyReply): Promise<HttpRedirectResponse> {
    const loginId = this.loginCookie.read(request);
    if (loginId === undefined) throw startAgain('This browser has no login under way');
    this.loginCookie.clear(reply);
    const login = await this.logins.take(loginId);
    if (!login) throw startAgain('This login has expired or was already used');
    const callback = this.callbackUrlOf(request);
    if (callback.searchParams.get('state') !== login.state)
      throw startAgain('The callback’s state is not that of this browser’s login');
    const identity = await this.issuer.redeem(callback, login);
    const user = await this.users.ofEmail(
      verifiedEmailOf(identity, this.config.OIDC_TRUST_UNVERIFIED_EMAIL),
      identity.username,
      request,
    );
    if (!user.is_active) throw new ProblemException('forbidden', 'This user is deactivated in the registry');
    const session = await this.sessions.create({
      user: { kind: 'user', id: user.id, email: user.email, role: user.role },
      scopes: grantedScopes([]),
    });
    this.sessionCookie.set(reply, session.id);
    return found(login.returnTo ?? '/');
  }

  private redirectUri(): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}${CALLBACK_PATH}`;
  }

  /** The callback as the provider addressed it: the registered redirect URI with the request's query. */
  private callbackUrlOf(request: FastifyRequest): URL {
    const query = request.url.indexOf('?');
    return new URL(`${this.redirectUri()}${query === -1 ? '' : request.url.slice(query)}`);
  }
}
