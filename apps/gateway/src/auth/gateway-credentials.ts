import { Injectable } from '@nestjs/common';
import type { CredentialStrategy, Principal } from '@slipway/identity';
import type { FastifyRequest } from 'fastify';
import { Authenticator } from './authenticator';

/** The gateway's own routes (/auth/…) know callers the way its proxied routes do: key or session, CSRF on writes. */
@Injectable()
export class GatewayCredentials implements CredentialStrategy {
  constructor(private readonly authenticator: Authenticator) {}

  async authenticate(request: FastifyRequest): Promise<Principal | null> {
    const identity = await this.authenticator.authenticate(request);
    if (!identity) return null;
    this.authenticator.checkCsrf(request, identity);
    request.identity = identity;
    return identity.user;
  }
}
