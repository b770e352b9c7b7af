import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Provider, { type ClaimSet, type InteractionResult } from 'oidc-provider';

/** A person at the identity provider: the claims it asserts about them. */
export interface StandInAccount {
  sub: string;
  email?: string;
  /** What the provider says of the address; `'omitted'` sends no email_verified claim at all (default true). */
  email_verified?: boolean | 'omitted';
  preferred_username?: string;
  name?: string;
}

export interface StandInOptions {
  port: number;
  client: { id: string; secret: string; redirectUri: string };
  /** true: the ID token carries the profile and email claims; false: only userinfo does (the spec's default). */
  claimsInIdToken: boolean;
}

/** The account's claims, its address verified unless it says otherwise. */
function claimsOf(account: StandInAccount): ClaimSet {
  const { email_verified: verified = true, ...claims } = account;
  return verified === 'omitted' || claims.email === undefined
    ? claims
    : { ...claims, email_verified: verified };
}

/**
 * A real OpenID Connect provider (oidc-provider) on a local port: discovery, JWKS with a fresh RS256
 * key, PKCE required, a confidential client. Its login page is replaced by an interaction that logs
 * in whoever `signInAs` named and consents to what the client asked, so a test drives it by
 * following redirects.
 */
export class OidcStandIn {
  /** Who logs in next; `denied`: the person refuses at the provider. */
  private account: StandInAccount | 'denied' | undefined;
  private readonly server: Server;

  private constructor(
    readonly issuer: string,
    private readonly provider: Provider,
    private readonly accounts: Map<string, StandInAccount>,
  ) {
    const callback = provider.callback();
    this.server = createServer((request, response) => {
      if (request.url?.startsWith('/interaction/')) void this.interact(request, response);
      else callback(request, response);
    });
  }

  static async start(options: StandInOptions): Promise<OidcStandIn> {
    const issuer = `http://127.0.0.1:${options.port}`;
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const accounts = new Map<string, StandInAccount>();
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: options.client.id,
          client_secret: options.client.secret,
          redirect_uris: [options.client.redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: {
        keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' }],
      },
      cookies: { keys: [randomUUID()] },
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['name', 'preferred_username'],
      },
      conformIdTokenClaims: !options.claimsInIdToken,
      features: { devInteractions: { enabled: false } },
      pkce: { required: () => true },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      findAccount: async (_context, sub) => {
        const account = accounts.get(sub);
        return account && { accountId: sub, claims: () => claimsOf(account) };
      },
    });
    const standIn = new OidcStandIn(issuer, provider, accounts);
    await new Promise<void>((resolve) => standIn.server.listen(options.port, '127.0.0.1', resolve));
    return standIn;
  }

  /** Who the next login at the provider is. */
  signInAs(account: StandInAccount): void {
    this.accounts.set(account.sub, account);
    this.account = account;
  }

  /** The next login is refused at the provider (the person said no): its callback carries access_denied. */
  denyNext(): void {
    this.account = 'denied';
  }

  /** Stops answering (a second call does nothing). */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private async interact(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const details = await this.provider.interactionDetails(request, response);
      let result: InteractionResult;
      if (this.account === 'denied') {
        result = { error: 'access_denied', error_description: 'The person declined to log in' };
      } else if (details.prompt.name === 'login') {
        if (!this.account) throw new Error('signInAs names nobody');
        result = { login: { accountId: this.account.sub } };
      } else {
        const grant = new this.provider.Grant({
          accountId: details.session?.accountId ?? '',
          clientId: String(details.params.client_id),
        });
        grant.addOIDCScope(String(details.params.scope));
        result = { consent: { grantId: await grant.save() } };
      }
      await this.provider.interactionFinished(request, response, result, {
        mergeWithLastSubmission: !('error' in result),
      });
    } catch (error) {
      response.statusCode = 500;
      response.end(error instanceof Error ? error.message : String(error));
    }
  }
}
