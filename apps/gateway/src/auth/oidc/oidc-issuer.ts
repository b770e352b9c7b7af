import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, ProblemException } from '@slipway/platform';
import * as oidc from 'openid-client';
import type { GatewayConfig } from '../../config';
import type { PendingLogin } from './oidc-login-store';

const SCOPE = 'openid email profile';
/** Seconds each call to the identity provider may take (discovery, token, userinfo). */
const TIMEOUT_S = 10;
/** An OAuth error code as RFC 6749 allows it; anything else is not repeated to the browser. */
const ERROR_CODE = /^[\x20-\x21\x23-\x5b\x5d-\x7e]{1,64}$/;

/** Who the identity provider says logged in: the claims the gateway reads, from the ID token or userinfo. */
export interface IssuerIdentity {
  subject: string;
  email: string | undefined;
  /** undefined when the provider does not say. */
  emailVerified: boolean | undefined;
  /** preferred_username, else name. */
  username: string | undefined;
}

/** A new authorization request: where to send the browser, and the secrets its callback must match. */
export interface AuthorizationRequest {
  url: URL;
  secrets: Pick<PendingLogin, 'state' | 'nonce' | 'codeVerifier'>;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const flag = (value: unknown): boolean | undefined => {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
};

const identityOf = (claims: oidc.IDToken | oidc.UserInfoResponse): IssuerIdentity => ({
  subject: claims.sub,
  email: text(claims.email),
  emailVerified: flag(claims.email_verified),
  username: text(claims.preferred_username) ?? text(claims.name),
});

const unavailable = (): ProblemException =>
  new ProblemException(
    'unavailable',
    'The identity provider cannot be reached right now; try again shortly',
    undefined,
    { 'retry-after': '5' },
  );

/** An error and the causes under it, read by shape: fetch's errors may come from another realm. */
function* chainOf(error: unknown): Generator<{ name?: unknown; message?: unknown; code?: unknown }> {
  let current = error;
  for (let depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    yield current;
    current = 'cause' in current ? current.cause : undefined;
  }
}

/** A failure to talk to the provider at all (refused, reset, timed out), as opposed to an answer. */
const isUnreachable = (error: unknown): boolean =>
  [...chainOf(error)].some(
    ({ name, message, code }) =>
      (name === 'TypeError' && message === 'fetch failed') ||
      name === 'TimeoutError' ||
      code === 'OAUTH_TIMEOUT' ||
      code === 'OAUTH_ABORT',
  );

/** The HTTP status of the answer an error is about (openid-client keeps the Response as the cause). */
const statusOfCause = (error: oidc.ClientError): number | undefined => {
  const cause: unknown = error.cause;
  return typeof cause === 'object' && cause !== null && 'status' in cause && typeof cause.status === 'number'
    ? cause.status
    : undefined;
};

/** ` (access_denied)`: the provider's error code, when it is one RFC 6749 allows. */
const named = (code: string): string => (ERROR_CODE.test(code) ? ` (${code})` : '');

/** For the log: the message and, for a failed connection, the reason underneath (ECONNREFUSED…). */
const explain = (error: unknown): string => {
  const [first, ...causes] = [...chainOf(error)];
  if (!first) return String(error);
  const code = causes.map((cause) => cause.code).find((value) => typeof value === 'string');
  return `${String(first.message)}${typeof code === 'string' ? ` (${code})` : ''}`;
};

/**
 * The OpenID Connect provider of OIDC_ISSUER, through openid-client: authorization code flow with
 * PKCE (S256), state and nonce. Its metadata is discovered at first use and kept; a discovery that
 * failed (the provider down when the gateway started) is tried again by the next login, so the
 * gateway never waits for the provider to boot. Plain http:// issuers are allowed (local use).
 */
@Injectable()
export class OidcIssuer {
  private readonly logger = new Logger('oidc');
  private discovered: Promise<oidc.Configuration> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  /** The URL that sends a browser to log in, with fresh state, nonce and PKCE verifier. */
  async authorizationRequest(redirectUri: string): Promise<AuthorizationRequest> {
    const configuration = await this.configuration();
    const secrets = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: SCOPE,
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, secrets };
  }

  /**
   * Trades the code of a callback (the full callback URL, as the provider redirected to it) for
   * tokens, validates the ID token against the login's nonce, and answers who logged in (userinfo
   * completes an ID token that carries no email). A refusal is a 401 ProblemException; a provider
   * that cannot be reached a 503.
   */
  async redeem(
    callbackUrl: URL,
    login: Pick<PendingLogin, 'state' | 'nonce' | 'codeVerifier'>,
  ): Promise<IssuerIdentity> {
    const configuration = await this.configuration();
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: login.state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new ProblemException('unauthorized', 'The identity provider answered no ID token');
      const identity = identityOf(claims);
      if (identity.email !== undefined) return identity;
      const userinfo = identityOf(await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub));
      return { ...userinfo, username: identity.username ?? userinfo.username };
    } catch (error) {
      throw this.refusal(error);
    }
  }

  private configuration(): Promise<oidc.Configuration> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = undefined;
      throw error;
    });
    return this.discovered;
  }

  private async discover(): Promise<oidc.Configuration> {
    const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: secret } = this.config;
    if (issuer === undefined || clientId === undefined)
      throw new Error('OIDC_ISSUER and OIDC_CLIENT_ID are not set');
    const insecure = new URL(issuer).protocol === 'http:';
    try {
      return await oidc.discovery(
        new URL(issuer),
        clientId,
        secret,
        secret === undefined ? oidc.None() : oidc.ClientSecretBasic(secret),
        { timeout: TIMEOUT_S, ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}) },
      );
    } catch (error) {
      this.logger.warn(`discovery of ${issuer} failed: ${explain(error)}`);
      throw unavailable();
    }
  }

  /** What the browser is told about a callback the provider or its answer did not let through. */
  private refusal(error: unknown): ProblemException {
    if (error instanceof ProblemException) return error;
    if (error instanceof oidc.AuthorizationResponseError)
      return new ProblemException(
        'unauthorized',
        `The identity provider refused the login${named(error.error)}`,
      );
    if (error instanceof oidc.ResponseBodyError) {
      if (error.status >= 500) return this.unreachable(error);
      return new ProblemException(
        'unauthorized',
        `The identity provider did not accept the authorization code${named(error.error)}`,
      );
    }
    if (isUnreachable(error)) return this.unreachable(error);
    if (error instanceof oidc.ClientError) {
      const status = statusOfCause(error);
      if (status !== undefined && status >= 500) return this.unreachable(error);
      this.logger.warn(`a login's tokens failed validation: ${error.message} (${error.code ?? 'no code'})`);
      return new ProblemException(
        'unauthorized',
        `The identity provider's answer failed validation: ${error.message}`,
      );
    }
    this.logger.error(error);
    return new ProblemException('unauthorized', 'The login could not be completed; start again');
  }

  private unreachable(error: unknown): ProblemException {
    this.logger.warn(`the identity provider failed a login: ${explain(error)}`);
    return unavailable();
  }
}
